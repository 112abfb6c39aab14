using System.Diagnostics;

namespace Kiosk.Cli.Tests.Server;

/// <summary>
/// Runs the built <c>kiosk</c> tool as its own process, as staff run it: the server commands print
/// through the console (Spectre tables, progress), which only a separate process captures cleanly.
/// </summary>
internal static class CliProcess
{
    public static async Task<CliRun> RunAsync(string workingFolder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kiosk.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // Wide enough that table cells are not wrapped; no colours or cursor moves in the text.
        start.Environment["COLUMNS"] = "240";
        start.Environment["NO_COLOR"] = "1";
        start.Environment.Remove("KIOSK_SERVER");
        start.Environment.Remove("KIOSK_TOKEN");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new CliRun(process.ExitCode, await output, await error);
    }
}
