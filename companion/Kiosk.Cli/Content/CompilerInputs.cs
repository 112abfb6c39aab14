using System.CommandLine;
using Kiosk.Content;
using Kiosk.Content.Compilation;
using Kiosk.Content.Packaging;
using Kiosk.Signing;

namespace Kiosk.Cli.Content;

/// <summary>
/// The options every compiling command shares (curriculum, profiles, deployment, languages,
/// profiles to build) and their loading, with one clear error line per problem.
/// </summary>
internal sealed class CompilerInputs
{
    public Option<string?> Curriculum { get; } = CurriculumLocation.CreateOption();

    public Option<string?> Profiles { get; } = ProfileLocation.CreateOption();

    public Option<string?> Deployment { get; } = new("--deployment", "-d")
    {
        Description = "Deployment JSON with the help screen's helplines (docs/compiler.md). Default: the demo deployment (116 111, 112).",
    };

    public Option<string[]> Languages { get; } = new("--lang", "-l")
    {
        Description = "Languages to build (default: all in languages.yaml).",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<string[]> ProfileIds { get; } = new("--profile", "-p")
    {
        Description = "Display profiles to build, e.g. 320x240 (default: all).",
        AllowMultipleArgumentsPerToken = true,
    };

    public Option<int> Jobs { get; } = new("--jobs", "-j")
    {
        Description = "Bundles built at once (default 2).",
        DefaultValueFactory = _ => 2,
    };

    public void AddTo(Command command)
    {
        command.Add(Curriculum);
        command.Add(Profiles);
        command.Add(Deployment);
        command.Add(Languages);
        command.Add(ProfileIds);
        command.Add(Jobs);
    }

    /// <summary>Loads everything; null (after printing why) when something is missing or wrong.</summary>
    public Loaded? Load(ParseResult parse)
    {
        var error = parse.InvocationConfiguration.Error;
        var root = CurriculumLocation.Resolve(parse.GetValue(Curriculum));
        if (root is null || !File.Exists(Path.Combine(root, CurriculumLoader.LanguagesFile)))
        {
            error.WriteLine($"error: no curriculum found{(root is null ? "" : $" at '{root}'")}. Pass --curriculum <folder with {CurriculumLoader.LanguagesFile}>.");
            return null;
        }
        var profilesRoot = ProfileLocation.Resolve(parse.GetValue(Profiles), root);
        if (profilesRoot is null)
        {
            error.WriteLine("error: no display profiles found. Pass --profiles <folder with *.json> (hardware/profiles).");
            return null;
        }
        DeploymentOptions deployment;
        IReadOnlyList<DisplayProfile> profiles;
        try
        {
            deployment = parse.GetValue(Deployment) is { } file ? DeploymentOptions.Load(file) : DeploymentOptions.Demo;
            profiles = CurriculumCompiler.LoadProfiles(profilesRoot);
        }
        catch (Exception failure) when (failure is InvalidDataException or IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            error.WriteLine($"error: {failure.Message}");
            return null;
        }
        var diagnostics = CurriculumLinter.Lint(root).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (diagnostics.Count > 0)
        {
            foreach (var diagnostic in diagnostics)
            {
                error.WriteLine(diagnostic.ToString());
            }
            error.WriteLine("error: fix the sources first (kiosk content lint).");
            return null;
        }
        return new Loaded(root, CurriculumLoader.Load(root), profiles, deployment);
    }

    /// <summary>The language x profile pairs asked for; null (after printing why) for unknown names.</summary>
    public IReadOnlyList<(Language Language, DisplayProfile Profile)>? Targets(ParseResult parse, CurriculumCompiler compiler)
    {
        try
        {
            var languages = parse.GetValue(Languages) is { Length: > 0 } l ? l : null;
            var profiles = parse.GetValue(ProfileIds) is { Length: > 0 } p ? p : null;
            return compiler.Targets(languages, profiles);
        }
        catch (ArgumentException failure)
        {
            parse.InvocationConfiguration.Error.WriteLine($"error: {failure.Message.Split(" (Parameter", 2)[0]}");
            return null;
        }
    }

    /// <summary>The program key option shared with <c>kiosk keys</c>.</summary>
    public static Option<string> KeyOption() => new("--key", "-k")
    {
        Description = "The program key that signs bundles. Default: $KIOSK_PROGRAM_KEY or ./program-key.pem.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("KIOSK_PROGRAM_KEY") ?? "program-key.pem",
    };

    public static ProgramKey? LoadKey(ParseResult parse, Option<string> key)
    {
        var path = parse.GetValue(key)!;
        try
        {
            return ProgramKey.Load(path);
        }
        catch (Exception failure) when (failure is FileNotFoundException or DirectoryNotFoundException or InvalidDataException or UnauthorizedAccessException)
        {
            parse.InvocationConfiguration.Error.WriteLine($"error: {failure.Message} (program key given by --key or $KIOSK_PROGRAM_KEY: '{path}')");
            return null;
        }
    }

    public sealed record Loaded(string Root, Kiosk.Content.Curriculum Curriculum, IReadOnlyList<DisplayProfile> Profiles, DeploymentOptions Deployment);
}
