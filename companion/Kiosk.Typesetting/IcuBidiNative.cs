using System.Runtime.InteropServices;

namespace Kiosk.Typesetting;

/// <summary>
/// The few ubidi functions of the system's libicuuc, bound at run time. ICU suffixes its C symbols
/// with its major version (ubidi_open_72 on Debian 12), so the version is found by probing the
/// installed library rather than written down. icu.net wraps ubidi too, but its line objects
/// crash here: ubidi keeps a pointer to the text, which this class owns for as long as ICU needs it.
/// </summary>
internal static class IcuBidiNative
{
    private const int OldestIcu = 50;
    private const int NewestIcu = 99;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate IntPtr OpenFn();

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate void CloseFn(IntPtr bidi);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate void SetParaFn(IntPtr bidi, IntPtr text, int length, byte paraLevel, IntPtr embeddingLevels, ref int error);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate IntPtr GetLevelsFn(IntPtr bidi, ref int error);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate void SetLineFn(IntPtr paraBidi, int start, int limit, IntPtr lineBidi, ref int error);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate int CountRunsFn(IntPtr bidi, ref int error);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    public delegate int GetVisualRunFn(IntPtr bidi, int runIndex, out int logicalStart, out int length);

    private static readonly Lazy<Functions> Bound = new(Bind, LazyThreadSafetyMode.ExecutionAndPublication);

    public static Functions Api => Bound.Value;

    /// <summary>Throws when an ICU call reports a failure (error codes above zero).</summary>
    public static void Check(int error, string call)
    {
        if (error > 0)
        {
            throw new InvalidOperationException($"ICU {call} failed with error {error}.");
        }
    }

    private static Functions Bind()
    {
        var (library, suffix) = Load();
        T Get<T>(string name) where T : Delegate =>
            Marshal.GetDelegateForFunctionPointer<T>(NativeLibrary.GetExport(library, name + suffix));
        return new Functions(
            Get<OpenFn>("ubidi_open"),
            Get<CloseFn>("ubidi_close"),
            Get<SetParaFn>("ubidi_setPara"),
            Get<GetLevelsFn>("ubidi_getLevels"),
            Get<SetLineFn>("ubidi_setLine"),
            Get<CountRunsFn>("ubidi_countRuns"),
            Get<GetVisualRunFn>("ubidi_getVisualRun"));
    }

    private static (IntPtr Library, string Suffix) Load()
    {
        for (int version = NewestIcu; version >= OldestIcu; version--)
        {
            if (NativeLibrary.TryLoad($"libicuuc.so.{version}", out var library))
            {
                return (library, SuffixOf(library, version));
            }
        }
        if (NativeLibrary.TryLoad("libicuuc.so", out var unversioned))
        {
            for (int version = NewestIcu; version >= OldestIcu; version--)
            {
                if (NativeLibrary.TryGetExport(unversioned, $"ubidi_open_{version}", out _))
                {
                    return (unversioned, $"_{version}");
                }
            }
            return (unversioned, "");
        }
        throw new DllNotFoundException("No system ICU (libicuuc.so.NN) found; install libicu (Debian: libicu72).");
    }

    // Builds configured with --disable-renaming export plain names.
    private static string SuffixOf(IntPtr library, int version) =>
        NativeLibrary.TryGetExport(library, $"ubidi_open_{version}", out _) ? $"_{version}" : "";

    public sealed record Functions(
        OpenFn Open,
        CloseFn Close,
        SetParaFn SetPara,
        GetLevelsFn GetLevels,
        SetLineFn SetLine,
        CountRunsFn CountRuns,
        GetVisualRunFn GetVisualRun);
}
