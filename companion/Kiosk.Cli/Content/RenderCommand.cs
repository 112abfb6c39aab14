using System.CommandLine;
using Kiosk.Content.Compilation;
using Kiosk.Protocol.Bundles;
using Kiosk.Protocol.Content;
using Kiosk.Signing;
using Kiosk.Typesetting;
using SkiaSharp;

namespace Kiosk.Cli.Content;

/// <summary>
/// <c>kiosk content render</c>: PNGs of one language on one profile as kiosks will show them,
/// drawn by the device renderer from a freshly compiled (and verified) bundle.
/// </summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var inputs = new CompilerInputs();
        var modules = new Option<string[]>("--module", "-m")
        {
            Description = "Modules to draw, e.g. age9to12.private-eye (default: every module and the help screen).",
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Folder for the pictures. Default: ./previews.",
            DefaultValueFactory = _ => "previews",
        };
        var command = new Command("render", "Write PNGs of the pages of one language and profile, drawn by the kiosk's own renderer.") { modules, output };
        inputs.AddTo(command);
        command.SetAction(parse =>
        {
            var loaded = inputs.Load(parse);
            if (loaded is null)
            {
                return 1;
            }
            var wanted = parse.GetValue(modules) is { Length: > 0 } given ? given : null;
            var known = loaded.Curriculum.Modules.Select(m => $"{m.Audience}.{m.Id}").ToHashSet(StringComparer.Ordinal);
            if (wanted?.FirstOrDefault(id => !known.Contains(id)) is { } unknown)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: no module '{unknown}' (ids look like age9to12.private-eye).");
                return 1;
            }
            using var fonts = FontSet.LoadDefault();
            var compiler = new CurriculumCompiler(loaded.Curriculum, fonts, loaded.Profiles, loaded.Deployment);
            var targets = inputs.Targets(parse, compiler);
            if (targets is null)
            {
                return 1;
            }
            using var key = ProgramKey.Generate();
            var bundles = BuildProgress.Run(parse, compiler, targets, key, 1, parse.GetValue(inputs.Jobs));
            if (bundles is null)
            {
                return 1;
            }
            var folder = parse.GetValue(output)!;
            int written = 0;
            foreach (var (bundle, (_, profile)) in bundles.Zip(targets))
            {
                var content = ContentBundle.Open(Bundle.Open(new ByteArrayStorage(bundle.Bytes), key.PublicKey));
                written += Write(new ScreenPreview(content, profile), content, Path.Combine(folder, bundle.BundleId), wanted);
            }
            parse.InvocationConfiguration.Output.WriteLine($"wrote {written} picture(s) under {folder}");
            return 0;
        });
        return command;
    }

    private static int Write(ScreenPreview preview, ContentBundle content, string folder, string[]? wanted)
    {
        int written = 0;
        void Save(string path, int page, int title, (int, int)? question = null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var bitmap = preview.Render(page, title, question);
            using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(path, data.ToArray());
            written++;
        }

        foreach (var module in content.Index.Modules.Where(m => wanted?.Contains(m.Id) ?? true))
        {
            string moduleFolder = Path.Combine(folder, module.Id);
            for (int p = 0; p < module.Pages.Length; p++)
            {
                Save(Path.Combine(moduleFolder, $"page-{p + 1:00}.png"), module.Pages[p], module.TitleBlock);
            }
            for (int q = 0; q < module.Questions.Length; q++)
            {
                var question = module.Questions[q];
                Save(Path.Combine(moduleFolder, $"question-{q + 1}.png"), question.Page, module.TitleBlock, (q + 1, module.Questions.Length));
                for (int c = 0; c < question.Choices.Length; c++)
                {
                    Save(Path.Combine(moduleFolder, $"question-{q + 1}-answer-{c + 1}{(question.Choices[c].Correct ? "-correct" : "")}.png"), question.Choices[c].FeedbackPage, module.TitleBlock);
                }
            }
        }
        if (wanted is null)
        {
            content.Index.TryGetLabel(CurriculumCompiler.HelpTitleLabel, out int helpTitle);
            for (int page = content.Index.HelpPage; page < content.Pages.Count; page++)
            {
                Save(Path.Combine(folder, "help", $"page-{page - content.Index.HelpPage + 1:00}.png"), page, helpTitle);
            }
        }
        return written;
    }
}
