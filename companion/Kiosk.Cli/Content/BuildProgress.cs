using System.CommandLine;
using Kiosk.Content;
using Kiosk.Content.Compilation;
using Kiosk.Content.Packaging;
using Kiosk.Signing;
using Spectre.Console;

namespace Kiosk.Cli.Content;

/// <summary>
/// Runs the compiler under a Spectre.Console progress bar (one tick per bundle) and prints
/// compile errors with file and line. The console writes to the command's output, so tests and
/// pipes see plain text.
/// </summary>
internal static class BuildProgress
{
    public static IReadOnlyList<CompiledBundle>? Run(ParseResult parse, CurriculumCompiler compiler, IReadOnlyList<(Language Language, DisplayProfile Profile)> targets, ProgramKey key, uint version, int jobs)
    {
        var console = Console(parse);
        try
        {
            return console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask($"Building {targets.Count} bundle(s)", maxValue: targets.Count);
                    return compiler.CompileAll(key, version, targets, jobs, _ => task.Increment(1));
                });
        }
        catch (CompilationException failure)
        {
            var error = parse.InvocationConfiguration.Error;
            foreach (var diagnostic in failure.Diagnostics)
            {
                error.WriteLine(diagnostic.ToString());
            }
            error.WriteLine($"error: the build stopped with {failure.Diagnostics.Count} error(s); 'kiosk content lint' lists them too.");
            return null;
        }
    }

    public static IAnsiConsole Console(ParseResult parse) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(parse.InvocationConfiguration.Output),
    });
}
