using System.Diagnostics;
using Kiosk.Content.Packaging;
using Kiosk.Signing;
using Kiosk.Typesetting;

namespace Kiosk.Content.Compilation;

/// <summary>
/// Builds signed content bundles, one per language and display profile, from the curriculum:
/// <code>
/// using var fonts = FontSet.LoadDefault();
/// var compiler = new CurriculumCompiler(curriculum, fonts, profiles, DeploymentOptions.Demo);
/// IReadOnlyList&lt;CompiledBundle&gt; bundles = compiler.CompileAll(key, version: 1);
/// </code>
/// Bundles build in parallel (fonts and illustration rasters are shared, read-only or behind a
/// concurrent cache) and come back in a fixed order; the same sources give the same bytes.
/// </summary>
public sealed class CurriculumCompiler
{
    /// <summary>The label (in the index) a draft bundle carries for the kiosk to show staff.</summary>
    public const string DraftNoticeLabel = BundleComposer.DraftNoticeId;

    /// <summary>The label holding the Get help screen's title.</summary>
    public const string HelpTitleLabel = BundleComposer.HelpTitleId;

    private readonly Curriculum _curriculum;
    private readonly TextLayout _layout;
    private readonly IReadOnlyList<DisplayProfile> _profiles;
    private readonly DeploymentOptions _deployment;
    private readonly ArtCache _art = new();
    private readonly Lock _signing = new();

    public CurriculumCompiler(Curriculum curriculum, FontSet fonts, IReadOnlyList<DisplayProfile> profiles, DeploymentOptions deployment)
    {
        _curriculum = curriculum;
        _layout = new TextLayout(fonts);
        _profiles = profiles;
        _deployment = deployment;
    }

    public IReadOnlyList<DisplayProfile> Profiles => _profiles;

    /// <summary>
    /// Hears every paragraph as it goes into a bundle (text, language, lines), for previews and
    /// for tests that check line breaks; called from the building threads.
    /// </summary>
    public Action<LaidOutText>? LaidOut { get; set; }

    /// <summary>The display profiles in a folder (hardware/profiles/*.json), ordered by id.</summary>
    public static IReadOnlyList<DisplayProfile> LoadProfiles(string directory) =>
        [.. Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).Select(DisplayProfile.Load)];

    /// <summary>Every language x profile pair, languages in languages.yaml order.</summary>
    public IReadOnlyList<(Language Language, DisplayProfile Profile)> Targets(IEnumerable<string>? languages = null, IEnumerable<string>? profiles = null)
    {
        var wantedLanguages = languages?.ToHashSet(StringComparer.Ordinal);
        var wantedProfiles = profiles?.ToHashSet(StringComparer.Ordinal);
        foreach (var code in wantedLanguages ?? [])
        {
            if (_curriculum.Languages.All(l => l.Code != code))
            {
                throw new ArgumentException($"'{code}' is not listed in {CurriculumLoader.LanguagesFile}.", nameof(languages));
            }
        }
        foreach (var id in wantedProfiles ?? [])
        {
            if (_profiles.All(p => p.Id != id))
            {
                throw new ArgumentException($"No display profile '{id}' (have {string.Join(", ", _profiles.Select(p => p.Id))}).", nameof(profiles));
            }
        }
        return [.. _curriculum.Languages.Where(l => wantedLanguages?.Contains(l.Code) ?? true)
            .SelectMany(l => _profiles.Where(p => wantedProfiles?.Contains(p.Id) ?? true).Select(p => (l, p)))];
    }

    /// <summary>
    /// Builds the given targets (default: all) with up to <paramref name="parallelism"/> at once.
    /// <paramref name="built"/> hears about each bundle as it finishes, from the building thread.
    /// Throws <see cref="CompilationException"/> with every error found when any target fails.
    /// </summary>
    public IReadOnlyList<CompiledBundle> CompileAll(ProgramKey key, uint version, IReadOnlyList<(Language Language, DisplayProfile Profile)>? targets = null, int parallelism = 2, Action<CompiledBundle>? built = null)
    {
        targets ??= Targets();
        var results = new CompiledBundle?[targets.Count];
        var failures = new List<Diagnostic>[targets.Count];
        Parallel.For(0, targets.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
        {
            try
            {
                results[i] = Compile(targets[i].Language, targets[i].Profile, key, version);
                built?.Invoke(results[i]!);
            }
            catch (CompilationException failure)
            {
                failures[i] = [.. failure.Diagnostics];
            }
        });
        var errors = failures.Where(f => f is not null).SelectMany(f => f).ToList();
        if (errors.Count > 0)
        {
            throw new CompilationException(errors);
        }
        return [.. results.Select(r => r!)];
    }

    /// <summary>Builds and signs one bundle.</summary>
    public CompiledBundle Compile(Language language, DisplayProfile profile, ProgramKey key, uint version)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new List<Diagnostic>();
        var composer = new BundleComposer(_curriculum, language, profile, _layout, _art, _deployment, encode: true, diagnostics, LaidOut);
        composer.Compose();
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new CompilationException(errors);
        }
        var writer = composer.Writer!;
        string id = CompiledBundle.IdFor(language.Code, profile.Id);
        var builder = writer.AddSectionsTo(new BundleBuilder(id, version, language.Code, profile.Id) { Draft = composer.IsDraft });
        byte[] bytes;
        lock (_signing)
        {
            bytes = builder.Build(key);
        }
        var sections = writer.Sections().ToDictionary(s => s.Key, s => s.Value.Length);
        return new CompiledBundle(id, language.Code, profile.Id, version, composer.IsDraft, bytes, composer.Lessons, sections, composer.PageCount, clock.Elapsed);
    }

    /// <summary>
    /// The fit check (KC051): lays out every text of every language on every profile as the build
    /// would, without encoding, and reports text that cannot fit its box.
    /// </summary>
    public IReadOnlyList<Diagnostic> CheckFit(IEnumerable<string>? languages = null, int parallelism = 2)
    {
        var targets = Targets(languages);
        var found = new List<Diagnostic>[targets.Count];
        Parallel.For(0, targets.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
        {
            found[i] = [];
            new BundleComposer(_curriculum, targets[i].Language, targets[i].Profile, _layout, _art, _deployment, encode: false, found[i], null).Compose();
        });
        return [.. found.SelectMany(f => f)
            .OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Message, StringComparer.Ordinal)];
    }
}
