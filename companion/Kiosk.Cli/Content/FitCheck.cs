using System.CommandLine;
using Kiosk.Content;
using Kiosk.Content.Compilation;
using Kiosk.Typesetting;

namespace Kiosk.Cli.Content;

/// <summary>The lint's fit check: the compiler's own layout on every profile, nothing encoded.</summary>
internal static class FitCheck
{
    /// <summary>KC051 findings; null (after printing why) when the profiles cannot be found.</summary>
    public static IReadOnlyList<Diagnostic>? Run(ParseResult parse, string root, string? profilesOption)
    {
        var profilesRoot = ProfileLocation.Resolve(profilesOption, root);
        if (profilesRoot is null)
        {
            parse.InvocationConfiguration.Error.WriteLine("error: no display profiles found for the fit check. Pass --profiles <folder> or --no-fit.");
            return null;
        }
        var loadDiagnostics = new List<Diagnostic>();
        var curriculum = CurriculumLoader.Load(root, loadDiagnostics);
        using var fonts = FontSet.LoadDefault();
        // Placeholder values change lengths a little; the demo deployment's are typical.
        return new CurriculumCompiler(curriculum, fonts, CurriculumCompiler.LoadProfiles(profilesRoot), DeploymentOptions.Demo).CheckFit();
    }
}
