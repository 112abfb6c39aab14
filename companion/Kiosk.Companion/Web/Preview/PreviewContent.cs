using Kiosk.Companion.Content;
using Kiosk.Companion.Web.Modules;
using Kiosk.Content;
using Kiosk.Content.Compilation;
using Kiosk.Signing;
using Kiosk.Typesetting;

namespace Kiosk.Companion.Web.Preview;

/// <summary>
/// What a lesson preview runs on: the curriculum sources the content builds compile (found by
/// <see cref="CurriculumLocator"/>), compiled for one language and display profile on demand
/// and signed with a key made for this process only, so a preview bundle can never be installed
/// on a real kiosk. Nothing is stored or published; a few compiled bundles are kept in memory.
/// </summary>
public sealed class PreviewContent : IDisposable
{
    private const int CachedBundles = 4;

    private readonly CurriculumLocator _locator;
    private readonly ProgramKey _key = ProgramKey.Generate();
    private readonly Lazy<Curriculum?> _curriculum;
    private readonly SemaphoreSlim _oneCompile = new(1, 1);
    private readonly List<(string Language, string Profile, byte[] Bundle)> _cache = [];

    public PreviewContent(CurriculumLocator locator)
    {
        _locator = locator;
        _curriculum = new Lazy<Curriculum?>(() => locator.CurriculumRoot is { } root ? CurriculumLoader.Load(root) : null);
    }

    /// <summary>The key that signed the preview bundles; the preview kiosks trust only it.</summary>
    public byte[] PublicKey => _key.PublicKey;

    /// <summary>The lessons with the ids the compiler gives them in bundles ({audience}.{folder}, as in <see cref="ModuleCatalog"/>).</summary>
    public IReadOnlyList<CurriculumModule> Lessons =>
        _curriculum.Value?.Modules.Select((m, i) => new CurriculumModule($"{m.Audience}.{m.Id}", m.Audience, m.Lesson.Title.Text, i)).ToList() ?? [];

    public IReadOnlyList<Language> Languages => _curriculum.Value?.Languages ?? [];

    public IReadOnlyList<string> Profiles => _locator.ProfilesRoot is { } root
        ? CurriculumCompiler.LoadProfiles(root).Select(p => p.Id).Order(StringComparer.Ordinal).ToList()
        : [];

    /// <summary>The signed bundle of one language on one profile; <see cref="ArgumentException"/> for ones the curriculum lacks.</summary>
    public async Task<byte[]> BundleAsync(string language, string profile, CancellationToken cancellationToken)
    {
        var curriculum = _curriculum.Value ?? throw new ArgumentException("No curriculum found; set Content:CurriculumPath.");
        await _oneCompile.WaitAsync(cancellationToken);
        try
        {
            var cached = _cache.FirstOrDefault(c => c.Language == language && c.Profile == profile);
            if (cached.Bundle is not null)
            {
                return cached.Bundle;
            }
            var bytes = await Task.Run(() => Compile(curriculum, language, profile), cancellationToken);
            if (_cache.Count == CachedBundles)
            {
                _cache.RemoveAt(0);
            }
            _cache.Add((language, profile, bytes));
            return bytes;
        }
        finally
        {
            _oneCompile.Release();
        }
    }

    public void Dispose()
    {
        _key.Dispose();
        _oneCompile.Dispose();
    }

    private byte[] Compile(Curriculum curriculum, string language, string profile)
    {
        using var fonts = FontSet.LoadDefault();
        var compiler = new CurriculumCompiler(curriculum, fonts, CurriculumCompiler.LoadProfiles(_locator.ProfilesRoot!), DeploymentOptions.Demo);
        var (target, display) = compiler.Targets([language], [profile]).Single();
        return compiler.Compile(target, display, _key, 1).Bytes;
    }
}
