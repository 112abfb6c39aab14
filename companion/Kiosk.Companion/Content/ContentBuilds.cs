using System.Collections.Concurrent;
using System.Security.Cryptography;
using Kiosk.Content;
using Kiosk.Content.Compilation;
using Kiosk.Content.Packaging;
using Kiosk.Signing;
using Kiosk.Typesetting;

namespace Kiosk.Companion.Content;

/// <summary>
/// Compiles the curriculum with the colleague's <see cref="CurriculumCompiler"/> in the
/// background, signs with the program key, checks each bundle like an import and stores it.
/// Builds run one at a time (the compiler already uses both cores); their progress lives in memory.
/// </summary>
public sealed class ContentBuilds(
    CurriculumLocator locator,
    BundleStore store,
    ProgramKey key,
    TimeProvider clock,
    ILogger<ContentBuilds> logger)
{
    private readonly ConcurrentDictionary<string, ContentBuild> _builds = new();
    private readonly SemaphoreSlim _one = new(1, 1);

    public IReadOnlyList<ContentBuild> List() => [.. _builds.Values.OrderByDescending(b => b.StartedAt)];

    public ContentBuild? Find(string id) => _builds.GetValueOrDefault(id);

    /// <summary>Starts a build; throws <see cref="ArgumentException"/> for unknown languages or profiles or a missing curriculum.</summary>
    public async Task<ContentBuild> StartAsync(StartBuildRequest request, CancellationToken cancellationToken)
    {
        var root = locator.CurriculumRoot ?? throw new ArgumentException("No curriculum found; set Content:CurriculumPath.");
        var profilesRoot = locator.ProfilesRoot ?? throw new ArgumentException("No display profiles found; set Content:ProfilesPath.");
        var curriculum = CurriculumLoader.Load(root);
        var profiles = Directory.GetFiles(profilesRoot, "*.json").Order(StringComparer.Ordinal).Select(DisplayProfile.Load).ToList();
        var fonts = FontSet.LoadDefault();
        var compiler = new CurriculumCompiler(curriculum, fonts, profiles, DeploymentOptions.Demo);
        var targets = compiler.Targets(request.Languages is { Count: > 0 } l ? l : null, request.Profiles is { Count: > 0 } p ? p : null);
        var version = request.Version ?? await store.LatestVersionAsync(cancellationToken) + 1;
        if (version is < 1 or > uint.MaxValue)
        {
            fonts.Dispose();
            throw new ArgumentException("The version must be a positive 32-bit number.");
        }

        var build = new ContentBuild("b-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant(),
            version, ContentBuildState.Running, 0, targets.Count, null, clock.GetUtcNow(), null);
        _builds[build.Id] = build;
        _ = Task.Run(() => RunAsync(build, compiler, fonts, targets), CancellationToken.None);
        return build;
    }

    /// <summary>Waits for a build to finish (tests and the demo); returns its final record.</summary>
    public async Task<ContentBuild> WaitAsync(string id, CancellationToken cancellationToken)
    {
        while (_builds[id].State == ContentBuildState.Running)
        {
            await Task.Delay(100, cancellationToken);
        }
        return _builds[id];
    }

    private async Task RunAsync(ContentBuild build, CurriculumCompiler compiler, FontSet fonts, IReadOnlyList<(Language Language, DisplayProfile Profile)> targets)
    {
        await _one.WaitAsync();
        try
        {
            var done = 0;
            compiler.CompileAll(key, (uint)build.Version, targets, parallelism: 2, built: compiled =>
            {
                var stored = BundleInspector.Inspect(compiled.Bytes, key.PublicKey, "build", clock.GetUtcNow());
                store.InsertAsync(stored, compiled.Bytes, CancellationToken.None).GetAwaiter().GetResult();
                lock (_builds)
                {
                    done++;
                    _builds[build.Id] = _builds[build.Id] with { BundlesDone = done };
                }
            });
            _builds[build.Id] = _builds[build.Id] with { State = ContentBuildState.Succeeded, FinishedAt = clock.GetUtcNow() };
            logger.LogInformation("Content build {BuildId}: {Count} bundles of version {Version}", build.Id, targets.Count, build.Version);
        }
        catch (Exception error)
        {
            var message = error is CompilationException failure ? string.Join("; ", failure.Diagnostics.Take(5)) : error.Message;
            _builds[build.Id] = _builds[build.Id] with { State = ContentBuildState.Failed, Error = message, FinishedAt = clock.GetUtcNow() };
            logger.LogError(error, "Content build {BuildId} failed", build.Id);
        }
        finally
        {
            fonts.Dispose();
            _one.Release();
        }
    }
}
