namespace Kiosk.Typesetting.Tests;

/// <summary>One FontSet for the whole test run: loading it per test would only cost time.</summary>
internal static class TestFonts
{
    public static readonly FontSet Set = FontSet.LoadDefault();

    public static readonly TextLayout Layout = new(Set);
}
