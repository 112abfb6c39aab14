using System.CommandLine;
using System.Diagnostics;
using Kiosk.Content.Compilation;
using Kiosk.Signing;
using Kiosk.Typesetting;
using Spectre.Console;

namespace Kiosk.Cli.Content;

/// <summary>
/// <c>kiosk content stats</c>: build in memory and print bundle sizes, the largest lesson per
/// bundle, budget checks and the build time. Signs with a throw-away key (signatures are always
/// 64 bytes, so sizes are those of a real build). Exit code 1 when a budget is exceeded.
/// </summary>
internal static class StatsCommand
{
    public const int LessonBudget = 40 * 1024;
    public const int LanguageBudget = 1024 * 1024;

    public static Command Create()
    {
        var inputs = new CompilerInputs();
        var lessons = new Option<bool>("--lessons") { Description = "Also list every lesson's size." };
        var command = new Command("stats", "Build in memory; print bundle and lesson sizes against their budgets, and the build time.") { lessons };
        inputs.AddTo(command);
        command.SetAction(parse =>
        {
            var loaded = inputs.Load(parse);
            if (loaded is null)
            {
                return 1;
            }
            using var fonts = FontSet.LoadDefault();
            using var key = ProgramKey.Generate();
            var compiler = new CurriculumCompiler(loaded.Curriculum, fonts, loaded.Profiles, loaded.Deployment);
            var targets = inputs.Targets(parse, compiler);
            if (targets is null)
            {
                return 1;
            }
            int jobs = parse.GetValue(inputs.Jobs);
            var clock = Stopwatch.StartNew();
            var bundles = BuildProgress.Run(parse, compiler, targets, key, 1, jobs);
            clock.Stop();
            if (bundles is null)
            {
                return 1;
            }
            var console = BuildProgress.Console(parse);
            var table = new Table().AddColumns("bundle", "bytes", "pages", "largest lesson", "lesson bytes", "draft");
            bool overBudget = false;
            foreach (var bundle in bundles)
            {
                var largest = bundle.Lessons.MaxBy(l => l.Bytes)!;
                overBudget |= bundle.Bytes.Length > LanguageBudget || largest.Bytes > LessonBudget;
                table.AddRow(bundle.BundleId, Mark(bundle.Bytes.Length, LanguageBudget), bundle.PageCount.ToString(), largest.ModuleId, Mark(largest.Bytes, LessonBudget), bundle.Draft ? "yes" : "");
            }
            console.Write(table);
            if (parse.GetValue(lessons))
            {
                var detail = new Table().AddColumns("bundle", "lesson", "bytes", "screens");
                foreach (var bundle in bundles)
                {
                    foreach (var lesson in bundle.Lessons)
                    {
                        detail.AddRow(bundle.BundleId, lesson.ModuleId, lesson.Bytes.ToString("N0"), lesson.Screens.ToString());
                    }
                }
                console.Write(detail);
            }
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine($"total {bundles.Sum(b => (long)b.Bytes.Length):N0} bytes in {bundles.Count} bundle(s); largest bundle {bundles.Max(b => b.Bytes.Length):N0} bytes (budget {LanguageBudget:N0}); largest lesson {bundles.SelectMany(b => b.Lessons).Max(l => l.Bytes):N0} bytes (budget {LessonBudget:N0})");
            output.WriteLine($"build time {clock.Elapsed.TotalSeconds:F1} s with {jobs} job(s) on {Environment.ProcessorCount} core(s)");
            if (overBudget)
            {
                parse.InvocationConfiguration.Error.WriteLine("error: a bundle or lesson is over its size budget (marked !).");
            }
            return overBudget ? 1 : 0;
        });
        return command;
    }

    private static string Mark(int bytes, int budget) => bytes > budget ? $"{bytes:N0} !" : bytes.ToString("N0");
}
