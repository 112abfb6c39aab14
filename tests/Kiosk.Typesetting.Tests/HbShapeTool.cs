using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Kiosk.Typesetting.Tests;

/// <summary>
/// Runs HarfBuzz's own command-line shaper (Debian's libharfbuzz-bin) as a separate process: an
/// implementation of shaping that shares no code path with HarfBuzzSharp's bindings.
/// </summary>
internal static class HbShapeTool
{
    public static IReadOnlyList<HbShapeGlyph> Shape(
        string fontFile, string text, string before, string after, bool rightToLeft, string script, string language)
    {
        var info = new ProcessStartInfo("hb-shape")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("--font-file=" + fontFile);
        info.ArgumentList.Add("--output-format=json");
        info.ArgumentList.Add("--no-glyph-names");
        info.ArgumentList.Add("--direction=" + (rightToLeft ? "rtl" : "ltr"));
        info.ArgumentList.Add("--script=" + script);
        info.ArgumentList.Add("--language=" + language);
        if (before.Length > 0)
        {
            info.ArgumentList.Add("--unicodes-before=" + Hex(before));
        }
        if (after.Length > 0)
        {
            info.ArgumentList.Add("--unicodes-after=" + Hex(after));
        }
        info.ArgumentList.Add("--unicodes=" + Hex(text));
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("hb-shape did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("hb-shape is missing: apt-get install libharfbuzz-bin", e);
        }
        using (process)
        {
            string output = process.StandardOutput.ReadToEnd();
            string errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"hb-shape failed: {errors}");
            using var json = JsonDocument.Parse(output);
            return json.RootElement.EnumerateArray().Select(g => new HbShapeGlyph(
                g.GetProperty("g").GetInt32(),
                g.GetProperty("cl").GetInt32(),
                g.GetProperty("dx").GetInt32(),
                g.GetProperty("dy").GetInt32(),
                g.GetProperty("ax").GetInt32(),
                g.GetProperty("ay").GetInt32())).ToList();
        }
    }

    // hb-shape's cluster values count code points from the start of the shaped text.
    public static int[] CodePointToUtf16(string text)
    {
        var map = new List<int>();
        for (int i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            map.Add(i);
        }
        map.Add(text.Length);
        return map.ToArray();
    }

    private static string Hex(string text)
    {
        var codes = new List<string>();
        foreach (var rune in text.EnumerateRunes())
        {
            codes.Add(rune.Value.ToString("X4"));
        }
        return string.Join(",", codes);
    }
}
