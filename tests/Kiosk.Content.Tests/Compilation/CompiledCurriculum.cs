using System.Collections.Concurrent;
using System.Diagnostics;
using Kiosk.Content.Compilation;
using Kiosk.Content.Packaging;
using Kiosk.Signing;
using Kiosk.Typesetting;

namespace Kiosk.Content.Tests.Compilation;

/// <summary>
/// The shipped curriculum compiled once for every test of the class: all eight languages on
/// both profiles when KIOSK_LONG_TESTS=1, otherwise a representative set (English, Thai, Arabic
/// and Khmer: Latin, dictionary-broken and right-to-left scripts) to keep the default run short.
/// </summary>
public sealed class CompiledCurriculum : IDisposable
{
    public CompiledCurriculum()
    {
        Curriculum = CurriculumLoader.Load(CurriculumPaths.ShippedRoot);
        Profiles = CurriculumCompiler.LoadProfiles(ProfilesRoot);
        Fonts = FontSet.LoadDefault();
        Key = ProgramKey.Generate();
        Compiler = new CurriculumCompiler(Curriculum, Fonts, Profiles, DeploymentOptions.Demo)
        {
            LaidOut = text => LaidOut.Add(text),
        };
        bool everything = Environment.GetEnvironmentVariable("KIOSK_LONG_TESTS") == "1";
        Languages = everything ? [.. Curriculum.Languages.Select(l => l.Code)] : ["en", "th", "ar", "km"];
        var clock = Stopwatch.StartNew();
        Bundles = Compiler.CompileAll(Key, 7, Compiler.Targets(Languages));
        Elapsed = clock.Elapsed;
    }

    public static string ProfilesRoot => Path.Combine(CurriculumPaths.ShippedRoot, "..", "..", "hardware", "profiles");

    public Curriculum Curriculum { get; }

    public IReadOnlyList<DisplayProfile> Profiles { get; }

    public FontSet Fonts { get; }

    public ProgramKey Key { get; }

    public CurriculumCompiler Compiler { get; }

    public IReadOnlyList<string> Languages { get; }

    public IReadOnlyList<CompiledBundle> Bundles { get; }

    public TimeSpan Elapsed { get; }

    /// <summary>Every paragraph that went into the bundles above.</summary>
    public ConcurrentBag<LaidOutText> LaidOut { get; } = [];

    public CompiledBundle Bundle(string language, string profile) =>
        Bundles.Single(b => b.Language == language && b.ProfileId == profile);

    public DisplayProfile Profile(string id) => Profiles.Single(p => p.Id == id);

    public void Dispose()
    {
        Key.Dispose();
        Fonts.Dispose();
    }
}
