using Kiosk.Companion.Content;
using Kiosk.Companion.Fleet;
using Kiosk.Companion.Rollout;
using Kiosk.Companion.Web.Fleet;
using Kiosk.Companion.Web.Modules;
using Kiosk.Companion.Web.Preview;
using Kiosk.Content.Compilation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kiosk.Companion.Web.Pages;

/// <summary>
/// Content on the fleet: stored releases, staged rollouts with halt/resume, pinning a group to a
/// release, the versions kiosks report, and the curriculum's lessons. Actions go through the
/// rollout and catalog services the HTTP API uses.
/// </summary>
public sealed class ContentModel(
    KioskRegistry registry,
    ModuleCatalog catalog,
    BundleStore bundles,
    RolloutStore rollouts,
    RolloutTracker tracker,
    CatalogPublisher catalogs,
    GroupStore groups,
    PreviewContent preview,
    PreviewSessions previews) : PageModel
{
    public IReadOnlyList<(InstalledBundleView Bundle, int Kiosks)> Versions { get; private set; } = [];

    public IReadOnlyList<long> Releases { get; private set; } = [];

    public IReadOnlyList<RolloutProgress> Rollouts { get; private set; } = [];

    public IReadOnlyList<KioskGroup> Groups { get; private set; } = [];

    public IReadOnlyList<CurriculumModule> Lessons => catalog.All;

    /// <summary>The lessons, languages and display profiles a preview can be compiled for.</summary>
    public PreviewContent PreviewChoices => preview;

    public string? Error { get; private set; }

    [TempData]
    public string? Done { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    /// <summary>Stages come one a line, groups separated by commas; the first line is the canary.</summary>
    public async Task<IActionResult> OnPostStartAsync(long version, string? stages, long? failurePercent, CancellationToken cancellationToken)
    {
        var parsed = (stages ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => (IReadOnlyList<string>)line.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList())
            .ToList();
        return await RunAsync(async () =>
        {
            var rollout = await tracker.StartAsync(new StartRolloutRequest(version, parsed, failurePercent), cancellationToken);
            Done = $"v{rollout.Version}";
        }, cancellationToken);
    }

    public Task<IActionResult> OnPostHaltAsync(string id, CancellationToken cancellationToken) =>
        RunAsync(async () => Done = (await tracker.HaltAsync(id, $"halted by {User.Identity!.Name}", cancellationToken))?.Id, cancellationToken);

    public Task<IActionResult> OnPostResumeAsync(string id, CancellationToken cancellationToken) =>
        RunAsync(async () => Done = (await tracker.ResumeAsync(id, cancellationToken))?.Id, cancellationToken);

    public async Task<IActionResult> OnPostPinAsync(string groupId, long version, CancellationToken cancellationToken)
    {
        if (await groups.FindAsync(groupId, cancellationToken) is null || (await bundles.ListAsync(version, cancellationToken)).Count == 0)
        {
            Error = "PinInvalid";
            await LoadAsync(cancellationToken);
            return Page();
        }
        await catalogs.PublishAsync(groupId, version, pinned: true, cancellationToken);
        Done = $"{groupId} v{version}";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPreviewAsync(string module, string language, string profile, CancellationToken cancellationToken)
    {
        try
        {
            var session = await previews.StartAsync(User.Identity!.Name!, module, language, profile, cancellationToken);
            return RedirectToPage("/Preview", new { id = session.Id });
        }
        catch (Exception error) when (error is ArgumentException or CompilationException)
        {
            Error = error.Message;
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task<IActionResult> RunAsync(Func<Task> action, CancellationToken cancellationToken)
    {
        try
        {
            await action();
            return RedirectToPage();
        }
        catch (RolloutException error)
        {
            Error = error.Message;
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var kiosks = await registry.ListAsync(null, null, cancellationToken);
        Versions = kiosks
            .SelectMany(k => KioskView.From(k).InstalledBundles)
            .GroupBy(b => b)
            .Select(g => (g.Key, g.Count()))
            .OrderBy(v => v.Key.BundleId, StringComparer.Ordinal)
            .ThenByDescending(v => v.Key.Version)
            .ToList();
        Releases = (await bundles.ListAsync(null, cancellationToken)).Select(b => b.Version).Distinct().OrderDescending().ToList();
        var progress = new List<RolloutProgress>();
        foreach (var rollout in await rollouts.ListAsync(cancellationToken))
        {
            progress.Add(RolloutProgress.Of(rollout, await rollouts.KiosksAsync(rollout.Id, cancellationToken)));
        }
        Rollouts = progress;
        Groups = await groups.ListAsync(cancellationToken);
    }
}
