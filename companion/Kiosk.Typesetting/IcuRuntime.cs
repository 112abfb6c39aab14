namespace Kiosk.Typesetting;

/// <summary>
/// Loads the system ICU once. icu.net finds the installed libicuuc/libicui18n and their versioned
/// symbol suffix (e.g. _72 on Debian 12) itself, so no ICU version is written down here.
/// </summary>
internal static class IcuRuntime
{
    private static readonly Lazy<bool> Loaded = new(() =>
    {
        Icu.Wrapper.Init();
        return true;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void EnsureLoaded() => _ = Loaded.Value;
}
