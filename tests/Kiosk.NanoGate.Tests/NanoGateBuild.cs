using System.Diagnostics;

namespace Kiosk.NanoGate.Tests;

/// <summary>Builds the gate project with one extra probe source, the way the solution build does.</summary>
internal static class NanoGateBuild
{
    public static (int ExitCode, string Output) WithProbe(string probeFileName)
    {
        var root = RepositoryRoot();
        var gate = Path.Combine(root, "firmware", "Kiosk.NanoGate", "Kiosk.NanoGate.csproj");
        var probeSource = Path.Combine(AppContext.BaseDirectory, "Probes", probeFileName);
        // A private copy as .cs and a private output folder, so parallel runs and the normal
        // build never share intermediate files.
        var work = Directory.CreateTempSubdirectory("nanogate-");
        try
        {
            var probe = Path.Combine(work.FullName, Path.GetFileNameWithoutExtension(probeFileName));
            File.Copy(probeSource, probe);
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "build", gate, "-nologo", "-v", "q", "--no-restore",
                $"-p:GateProbe={probe}",
                $"-p:BaseIntermediateOutputPath={work.FullName}/obj/",
                $"-p:IntermediateOutputPath={work.FullName}/obj/",
                $"-p:OutputPath={work.FullName}/bin/",
                $"-p:MSBuildProjectExtensionsPath={RestoredAssetsFolder(gate)}",
            })
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result + stderr.Result);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string RestoredAssetsFolder(string gate) =>
        Path.Combine(Path.GetDirectoryName(gate)!, "obj") + Path.DirectorySeparatorChar;

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Kiosk.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Kiosk.sln not found above the test folder.");
    }
}
