using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Kiosk.Content;
using Kiosk.Content.Compilation;
using Kiosk.Content.Packaging;
using Kiosk.Signing;
using Kiosk.Typesetting;

namespace Kiosk.Benchmarks.Compilation;

/// <summary>
/// The content build budget (DESIGN.md section 6): the whole curriculum, every language on every
/// display profile, signed, on two build threads. Each run starts a new compiler, so illustration
/// rasters are not reused between runs; the fonts are loaded once, as a long-running server does.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CompileBenchmarks
{
    private Curriculum _curriculum = null!;
    private IReadOnlyList<DisplayProfile> _profiles = [];
    private FontSet _fonts = null!;
    private ProgramKey _key = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot();
        _curriculum = CurriculumLoader.Load(Path.Combine(root, "companion", "curriculum"));
        _profiles = CurriculumCompiler.LoadProfiles(Path.Combine(root, "hardware", "profiles"));
        _fonts = FontSet.FromDirectory(Path.Combine(root, "companion", "fonts"));
        _key = ProgramKey.Generate();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _key.Dispose();
        _fonts.Dispose();
    }

    [Benchmark(Description = "all languages x all profiles, 2 jobs")]
    public int CompileAll() =>
        new CurriculumCompiler(_curriculum, _fonts, _profiles, DeploymentOptions.Demo).CompileAll(_key, 1, parallelism: 2).Sum(b => b.Bytes.Length);

    [Benchmark(Description = "one bundle (th-320x240)")]
    public int CompileOne()
    {
        var compiler = new CurriculumCompiler(_curriculum, _fonts, _profiles, DeploymentOptions.Demo);
        var (language, profile) = compiler.Targets(["th"], ["320x240"]).Single();
        return compiler.Compile(language, profile, _key, 1).Bytes.Length;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Kiosk.sln")))
            {
                return folder.FullName;
            }
        }
        throw new DirectoryNotFoundException("Kiosk.sln not found above the benchmark.");
    }
}
