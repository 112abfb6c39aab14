using System.CommandLine;
using Kiosk.Content.Compilation;
using Kiosk.Typesetting;

namespace Kiosk.Cli.Content;

/// <summary><c>kiosk content build</c>: compile and sign one bundle per language and display profile.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var inputs = new CompilerInputs();
        var key = CompilerInputs.KeyOption();
        var version = new Option<uint>("--version", "-v")
        {
            Description = "Bundle version (uint32). Kiosks only install a higher version than they have, so raise it with every release; the same sources and version give byte-identical bundles. Default 1.",
            DefaultValueFactory = _ => 1,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Folder for the bundles (<lang>-<profile>.kbdl). Default: ./bundles.",
            DefaultValueFactory = _ => "bundles",
        };
        var command = new Command("build", "Compile the curriculum into signed bundles, one per language and display profile.") { key, version, output };
        inputs.AddTo(command);
        command.SetAction(parse =>
        {
            var loaded = inputs.Load(parse);
            if (loaded is null)
            {
                return 1;
            }
            using var programKey = CompilerInputs.LoadKey(parse, key);
            if (programKey is null)
            {
                return 1;
            }
            using var fonts = FontSet.LoadDefault();
            var compiler = new CurriculumCompiler(loaded.Curriculum, fonts, loaded.Profiles, loaded.Deployment);
            var targets = inputs.Targets(parse, compiler);
            if (targets is null)
            {
                return 1;
            }
            var bundles = BuildProgress.Run(parse, compiler, targets, programKey, parse.GetValue(version), parse.GetValue(inputs.Jobs));
            if (bundles is null)
            {
                return 1;
            }
            var folder = parse.GetValue(output)!;
            Directory.CreateDirectory(folder);
            var console = parse.InvocationConfiguration.Output;
            foreach (var bundle in bundles)
            {
                var path = Path.Combine(folder, bundle.FileName);
                File.WriteAllBytes(path, bundle.Bytes);
                console.WriteLine($"{path}  {bundle.Bytes.Length,9:N0} bytes  {bundle.PageCount,5} pages{(bundle.Draft ? "  draft" : "")}");
            }
            console.WriteLine($"{bundles.Count} bundle(s), version {parse.GetValue(version)}, key id {Convert.ToHexStringLower(programKey.KeyId)}");
            return 0;
        });
        return command;
    }
}
