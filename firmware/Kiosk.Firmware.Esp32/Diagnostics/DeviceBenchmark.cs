using System;
using Kiosk.Firmware.Content;
using Kiosk.Firmware.Platform;
using Kiosk.Firmware.Screens;
using nanoFramework.Hardware.Esp32;

namespace Kiosk.Firmware.Esp32.Diagnostics;

/// <summary>
/// Benchmark mode (switched on by a file named "benchmark" on the internal drive): logs over
/// serial how long the display takes to take a full screen of strips, how long the core takes to
/// draw real screens (attract, pickers, lesson pages, a question and its feedback) in full, how
/// much managed heap is free before and after, and how long each active bundle takes to verify.
/// Lines start with "bench:" so a script can pick them out of the log (format in docs/device.md).
/// </summary>
public sealed class DeviceBenchmark
{
    public const string SwitchFile = "benchmark";

    /// <summary>Rows per strip: 320 x 16 x 2 bytes = 10 KB, well inside a no-PSRAM heap.</summary>
    private const int StripRows = 16;
    private const int Rounds = 5;

    /// <summary>Screens drawn on the tour: enough to pass the pickers and reach several lesson pages and a quiz.</summary>
    private const int TourScreens = 16;

    private readonly IDisplay _display;
    private readonly ushort[] _strip;

    public DeviceBenchmark(IDisplay display)
    {
        _display = display;
        _strip = new ushort[display.Width * StripRows];
    }

    public void Run(ContentStore store, KioskUi ui)
    {
        SerialLog.Line("bench: heap-free-bytes=" + FreeHeap() + " psram-free-bytes=" + FreePsram());
        for (int round = 0; round < Rounds; round++)
        {
            SerialLog.Line("bench: display-write-ms=" + TimeDisplayWrite(round) + " round=" + round);
        }

        TimeScreens(ui);
        SerialLog.Line("bench: heap-free-bytes=" + FreeHeap() + " after=render");
        ActiveBundle[] active = store.Active;
        for (int i = 0; i < active.Length; i++)
        {
            long start = Environment.TickCount64;
            active[i].Bundle.VerifyAllChunks();
            SerialLog.Line("bench: bundle-verify-ms=" + (Environment.TickCount64 - start)
                + " language=" + active[i].Language + " bundle=" + active[i].BundleId
                + " chunks=" + active[i].Bundle.Manifest.ChunkCount);
        }

        SerialLog.Line("bench: heap-free-bytes=" + FreeHeap() + " after=verify");
    }

    // The whole draw of each screen: layout, glyphs and images through the strip renderer and
    // the display write. The first visit of a screen pays the glyph cache's misses.
    private static void TimeScreens(KioskUi ui)
    {
        if (ui.Languages.Length == 0)
        {
            SerialLog.Line("bench: page-render skipped, no content installed");
            return;
        }

        var tour = new ScreenTour(ui);
        for (int step = 0; step < TourScreens; step++)
        {
            long start = Environment.TickCount64;
            ui.Redraw();
            SerialLog.Line("bench: page-render-ms=" + (Environment.TickCount64 - start)
                + " screen=" + ScreenName(ui.Screen) + " language=" + ui.View.Language + " step=" + step);
            if (!tour.Step())
            {
                break;
            }
        }

        ui.EndSession();
        ui.Redraw();
    }

    // Enum names are not kept in a nanoFramework image (ToString gives the number).
    private static string ScreenName(ScreenKind screen)
    {
        switch (screen)
        {
            case ScreenKind.Attract: return "attract";
            case ScreenKind.Language: return "language";
            case ScreenKind.Role: return "role";
            case ScreenKind.AgeBand: return "age";
            case ScreenKind.Modules: return "modules";
            case ScreenKind.Lesson: return "lesson";
            case ScreenKind.Question: return "question";
            case ScreenKind.Feedback: return "feedback";
            case ScreenKind.Completion: return "completion";
            default: return ((int)screen).ToString();
        }
    }

    // A page reaches the screen as a column of strips; this times that path with a flat colour
    // per round, which is the floor under any page the renderer produces.
    private long TimeDisplayWrite(int round)
    {
        ushort colour = (ushort)(round * 0x1863);
        for (int i = 0; i < _strip.Length; i++)
        {
            _strip[i] = colour;
        }

        long start = Environment.TickCount64;
        for (int y = 0; y < _display.Height; y += StripRows)
        {
            int rows = _display.Height - y < StripRows ? _display.Height - y : StripRows;
            _display.Write(0, y, _display.Width, rows, _strip);
        }

        return Environment.TickCount64 - start;
    }

    private static uint FreeHeap()
    {
        // Run(false) collects without compacting and returns the free managed heap in bytes.
        return nanoFramework.Runtime.Native.GC.Run(false);
    }

    private static uint FreePsram()
    {
        uint total;
        uint free;
        uint largest;
        NativeMemory.GetMemoryInfo(NativeMemory.MemoryType.SpiRam, out total, out free, out largest);
        return free;
    }
}
