using System;
using Kiosk.Firmware.Content;
using Kiosk.Firmware.Platform;
using nanoFramework.Hardware.Esp32;

namespace Kiosk.Firmware.Esp32.Diagnostics;

/// <summary>
/// Benchmark mode (switched on by a file named "benchmark" on the internal drive): logs over
/// serial how long a full page takes to reach the screen, how much managed heap is free before
/// and after, and how long each active bundle takes to verify. Lines start with "bench:" so a
/// script can pick them out of the log (format in docs/device.md).
/// </summary>
public sealed class DeviceBenchmark
{
    public const string SwitchFile = "benchmark";

    /// <summary>Rows per strip: 320 x 16 x 2 bytes = 10 KB, well inside a no-PSRAM heap.</summary>
    private const int StripRows = 16;
    private const int Rounds = 5;

    private readonly IDisplay _display;
    private readonly ushort[] _strip;

    public DeviceBenchmark(IDisplay display)
    {
        _display = display;
        _strip = new ushort[display.Width * StripRows];
    }

    public void Run(ContentStore store)
    {
        SerialLog.Line("bench: heap-free-bytes=" + FreeHeap() + " psram-free-bytes=" + FreePsram());
        for (int round = 0; round < Rounds; round++)
        {
            SerialLog.Line("bench: page-render-ms=" + TimePage(round) + " round=" + round);
        }

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

    // A page reaches the screen as a column of strips; this times that path with a flat colour
    // per round, which is the floor under any page the renderer produces.
    private long TimePage(int round)
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
