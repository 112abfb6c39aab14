using System.CommandLine;
using System.Text;
using Kiosk.Content;

namespace Kiosk.Cli.Content;

/// <summary>
/// <c>kiosk content ...</c>: check the curriculum sources, move translations in and out of
/// gettext PO files, and compile, measure and preview the signed bundles.
/// </summary>
public static class ContentCommand
{
    public static Command Create()
    {
        var content = new Command("content", "Check lesson sources, exchange translations with translators, build and preview bundles.");
        content.Add(CreateLint());
        content.Add(BuildCommand.Create());
        content.Add(StatsCommand.Create());
        content.Add(CreateExportPo());
        content.Add(CreateImportPo());
        content.Add(RenderCommand.Create());
        return content;
    }

    private static Command CreateLint()
    {
        var curriculum = CurriculumLocation.CreateOption();
        var warnings = new Option<bool>("--warnings", "-w") { Description = "Also print warnings (missing translations, ...)." };
        var profiles = ProfileLocation.CreateOption();
        var noFit = new Option<bool>("--no-fit") { Description = "Skip the fit check (KC051), which lays every text out on every display profile." };
        var command = new Command("lint", "Check the curriculum: schema, quiz answers, translations, terminology, text budgets, and that every text fits its box on every display profile. Exit code 1 on errors.")
        {
            curriculum,
            warnings,
            profiles,
            noFit,
        };
        command.SetAction(parse =>
        {
            var root = RequireRoot(parse, curriculum);
            if (root is null)
            {
                return 2;
            }
            var diagnostics = CurriculumLinter.Lint(root);
            // The fit check lays out what the build would; on broken sources it would only add noise.
            bool sourcesSound = diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
            if (!parse.GetValue(noFit) && !sourcesSound)
            {
                parse.InvocationConfiguration.Output.WriteLine("note: the fit check (KC051) runs once the errors below are fixed.");
            }
            if (!parse.GetValue(noFit) && sourcesSound)
            {
                var fit = FitCheck.Run(parse, root, parse.GetValue(profiles));
                if (fit is null)
                {
                    return 2;
                }
                diagnostics = [.. diagnostics.Concat(fit).OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)];
            }
            var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
            var warningCount = diagnostics.Count - errors;
            var output = parse.InvocationConfiguration.Output;
            foreach (var diagnostic in diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error || parse.GetValue(warnings)))
            {
                output.WriteLine(diagnostic.ToString());
            }
            output.WriteLine($"{errors} error(s), {warningCount} warning(s) in {root}");
            return errors == 0 ? 0 : 1;
        });
        return command;
    }

    private static Command CreateExportPo()
    {
        var curriculum = CurriculumLocation.CreateOption();
        var languages = new Option<string[]>("--lang", "-l")
        {
            Description = "Languages to export (default: every language but English).",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("export-po", "Write translations/<lang>.po with every current English source; keeps existing translations and marks changed sources fuzzy.")
        {
            curriculum,
            languages,
        };
        command.SetAction(parse =>
        {
            var root = RequireRoot(parse, curriculum);
            if (root is null)
            {
                return 2;
            }
            var loaded = Load(parse, root);
            if (loaded is null)
            {
                return 1;
            }
            var wanted = parse.GetValue(languages) is { Length: > 0 } given
                ? given
                : loaded.Languages.Select(language => language.Code).Where(code => code != Curriculum.SourceLanguage).ToArray();
            foreach (var code in wanted)
            {
                if (loaded.Languages.All(language => language.Code != code))
                {
                    parse.InvocationConfiguration.Error.WriteLine($"error: '{code}' is not listed in {CurriculumLoader.LanguagesFile}.");
                    return 1;
                }
                var catalog = PoExporter.ExportFile(loaded, code);
                var live = catalog.Entries.Where(entry => !entry.IsObsolete).ToList();
                parse.InvocationConfiguration.Output.WriteLine(
                    $"{PoExporter.TranslationPath(code)}: {live.Count(e => e.Translation.Length > 0)} of {live.Count} translated, {live.Count(e => e.IsFuzzy)} to revise");
            }
            return 0;
        });
        return command;
    }

    private static Command CreateImportPo()
    {
        var curriculum = CurriculumLocation.CreateOption();
        var file = new Argument<string>("file") { Description = "The PO file a translator returned." };
        var command = new Command("import-po", "Take a translator's PO file into translations/<lang>.po (language from its header), then lint that language.")
        {
            file,
            curriculum,
        };
        command.SetAction(parse =>
        {
            var root = RequireRoot(parse, curriculum);
            if (root is null)
            {
                return 2;
            }
            var error = parse.InvocationConfiguration.Error;
            var path = parse.GetValue(file)!;
            PoCatalog returned;
            try
            {
                returned = PoImporter.ReadFile(path, path);
            }
            catch (Exception failure) when (failure is PoSyntaxException or IOException)
            {
                error.WriteLine($"error: {failure.Message}");
                return 1;
            }
            var loaded = Load(parse, root);
            if (loaded is null)
            {
                return 1;
            }
            var code = returned.Language;
            if (code is null || loaded.Languages.All(language => language.Code != code) || code == Curriculum.SourceLanguage)
            {
                error.WriteLine($"error: {path}: the header's Language ('{code}') is not one of the curriculum's translated languages.");
                return 1;
            }
            var unknown = returned.Entries.Where(entry => !entry.IsObsolete && loaded.Messages().All(message => message.Key != entry.Context)).ToList();
            foreach (var entry in unknown)
            {
                error.WriteLine($"warning: {path}:{entry.Line}: '{entry.Context}' is not a current source; kept as obsolete.");
            }
            var merged = PoExporter.Update(loaded, code, returned);
            var target = Path.Combine(root, PoExporter.TranslationPath(code));
            File.WriteAllText(target, PoExporter.Write(merged), new UTF8Encoding(false));

            var errors = CurriculumLinter.Lint(root)
                .Where(d => d.Severity == DiagnosticSeverity.Error && d.File == PoExporter.TranslationPath(code))
                .ToList();
            foreach (var diagnostic in errors)
            {
                parse.InvocationConfiguration.Output.WriteLine(diagnostic.ToString());
            }
            var live = merged.Entries.Where(entry => !entry.IsObsolete).ToList();
            parse.InvocationConfiguration.Output.WriteLine(
                $"{PoExporter.TranslationPath(code)}: {live.Count(e => e.Translation.Length > 0)} of {live.Count} translated, {errors.Count} error(s)");
            return errors.Count == 0 ? 0 : 1;
        });
        return command;
    }

    private static string? RequireRoot(ParseResult parse, Option<string?> curriculum)
    {
        var root = CurriculumLocation.Resolve(parse.GetValue(curriculum));
        if (root is null || !File.Exists(Path.Combine(root, CurriculumLoader.LanguagesFile)))
        {
            parse.InvocationConfiguration.Error.WriteLine(
                $"error: no curriculum found{(root is null ? "" : $" at '{root}'")}. Pass --curriculum <folder with {CurriculumLoader.LanguagesFile}>.");
            return null;
        }
        return root;
    }

    private static Curriculum? Load(ParseResult parse, string root)
    {
        var diagnostics = new List<Diagnostic>();
        var curriculum = CurriculumLoader.Load(root, diagnostics);
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count == 0)
        {
            return curriculum;
        }
        foreach (var diagnostic in errors)
        {
            parse.InvocationConfiguration.Error.WriteLine(diagnostic.ToString());
        }
        parse.InvocationConfiguration.Error.WriteLine("error: fix the sources first (kiosk content lint).");
        return null;
    }
}
