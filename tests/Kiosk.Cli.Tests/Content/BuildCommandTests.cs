using Kiosk.Protocol.Bundles;
using Kiosk.Protocol.Content;
using Kiosk.Signing;
using SkiaSharp;

namespace Kiosk.Cli.Tests.Content;

public sealed class BuildCommandTests : IDisposable
{
    private readonly CurriculumCopy _curriculum = new();
    private readonly string _work = Directory.CreateTempSubdirectory("kiosk-build-").FullName;

    private string KeyPath => Path.Combine(_work, "program-key.pem");

    private string Out => Path.Combine(_work, "bundles");

    [Fact]
    public void Build_writes_signed_bundles_that_open_with_the_public_key()
    {
        Assert.Equal(0, CliRun.Invoke("keys", "new", "--key", KeyPath).ExitCode);

        var result = CliRun.Invoke("content", "build", "--curriculum", _curriculum.Root, "--key", KeyPath,
            "--lang", "en", "th", "--profile", "320x240", "--version", "42", "--out", Out);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(["en-320x240.kbdl", "th-320x240.kbdl"], Directory.GetFiles(Out).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var key = ProgramKey.Load(KeyPath);
        foreach (var (file, draft) in new[] { ("en-320x240.kbdl", false), ("th-320x240.kbdl", true) })
        {
            var bundle = Bundle.Open(new ByteArrayStorage(File.ReadAllBytes(Path.Combine(Out, file))), key.PublicKey);
            bundle.VerifyAllChunks();
            Assert.Equal(42u, bundle.Manifest.Version);
            Assert.Equal(draft, bundle.Manifest.Draft);
            Assert.NotEmpty(ContentBundle.Open(bundle).Index.Modules);
        }
        Assert.Contains("th-320x240.kbdl", result.Output);
    }

    [Fact]
    public void Build_without_a_key_says_where_it_looked()
    {
        var missing = Path.Combine(_work, "no-such-key.pem");

        var result = CliRun.Invoke("content", "build", "--curriculum", _curriculum.Root, "--key", missing, "--lang", "en", "--out", Out);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(missing, result.Error);
        Assert.Contains("kiosk keys new", result.Error);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Build_refuses_a_bad_deployment_file_with_the_reason()
    {
        Assert.Equal(0, CliRun.Invoke("keys", "new", "--key", KeyPath).ExitCode);
        var deployment = Path.Combine(_work, "deployment.json");
        File.WriteAllText(deployment, """{ "helplines": [ { "name": "Childline", "number": "0800 1111", "kind": "helpline" } ] }""");

        var result = CliRun.Invoke("content", "build", "--curriculum", _curriculum.Root, "--key", KeyPath, "--deployment", deployment, "--out", Out);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(deployment, result.Error);
        Assert.Contains("hotline", result.Error);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Build_names_an_unknown_language()
    {
        Assert.Equal(0, CliRun.Invoke("keys", "new", "--key", KeyPath).ExitCode);

        var result = CliRun.Invoke("content", "build", "--curriculum", _curriculum.Root, "--key", KeyPath, "--lang", "xx", "--out", Out);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'xx'", result.Error);
    }

    [Fact]
    public void Stats_prints_sizes_budgets_and_the_build_time()
    {
        var result = CliRun.Invoke("content", "stats", "--curriculum", _curriculum.Root, "--lang", "km", "--profile", "480x320", "--lessons");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("km-480x320", result.Output);
        Assert.Contains("age9to12.private-eye", result.Output);
        Assert.Contains("build time", result.Output);
        Assert.Contains("budget 1,048,576", result.Output.Replace('\u00A0', ','));
    }

    [Fact]
    public void Render_draws_pages_through_the_device_renderer_into_pngs()
    {
        var previews = Path.Combine(_work, "previews");

        var result = CliRun.Invoke("content", "render", "--curriculum", _curriculum.Root, "--lang", "ar", "--profile", "320x240",
            "--module", "under9.screen-time", "--out", previews);

        Assert.True(result.ExitCode == 0, result.Error);
        var folder = Path.Combine(previews, "ar-320x240", "under9.screen-time");
        var files = Directory.GetFiles(folder, "*.png").Select(Path.GetFileName).ToList();
        Assert.Contains("page-01.png", files);
        Assert.Contains("question-1.png", files);
        Assert.Single(files, f => f!.EndsWith("-correct.png", StringComparison.Ordinal));
        using var picture = SKBitmap.Decode(Path.Combine(folder, "question-1.png"));
        Assert.Equal((320, 240), (picture.Width, picture.Height));
        // Drawn, not blank: the page has text and buttons in several colours.
        var colours = new HashSet<SKColor>();
        for (int y = 0; y < picture.Height; y += 2)
        {
            for (int x = 0; x < picture.Width; x += 2)
            {
                colours.Add(picture.GetPixel(x, y));
            }
        }
        Assert.True(colours.Count > 8, $"only {colours.Count} colours");
    }

    [Fact]
    public void Render_names_an_unknown_module()
    {
        var result = CliRun.Invoke("content", "render", "--curriculum", _curriculum.Root, "--lang", "en", "--profile", "320x240",
            "--module", "age9to12.no-such-lesson", "--out", Path.Combine(_work, "previews"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("age9to12.no-such-lesson", result.Error);
    }

    public void Dispose()
    {
        _curriculum.Dispose();
        Directory.Delete(_work, recursive: true);
    }
}
