using Kiosk.Companion.Fleet;
using Kiosk.Companion.Provisioning;
using Kiosk.Companion.Web.Auth;
using Kiosk.Companion.Web.Modules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Kiosk.Companion.Web.Pages;

/// <summary>
/// Which modules a school's kiosks offer. Saving stores the choice, raises the kiosks' config
/// serial and publishes their newly signed configs; the list below shows which kiosks applied it.
/// </summary>
public sealed class ModulesModel(
    ModuleCatalog catalog,
    SchoolModuleStore schools,
    SchoolConfigPublisher publisher,
    GroupStore groups,
    KioskRegistry registry,
    IOptions<ProvisioningOptions> provisioning) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Group { get; set; }

    public IReadOnlyList<KioskGroup> Schools { get; private set; } = [];

    public KioskGroup? School { get; private set; }

    public IReadOnlyList<CurriculumModule> Catalog => catalog.All;

    public IReadOnlySet<string> Enabled { get; private set; } = new HashSet<string>();

    public SchoolModules? Choice { get; private set; }

    public IReadOnlyList<KioskRecord> Kiosks { get; private set; } = [];

    [TempData]
    public int? PublishedTo { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string[]? modules, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || School is null)
        {
            return NotFound();
        }
        var chosen = (modules ?? []).Where(id => catalog.Find(id) is not null).Distinct().ToList();
        var before = Enabled;
        var added = chosen.Where(id => !before.Contains(id)).ToList();
        var removed = before.Where(id => !chosen.Contains(id)).ToList();
        var summary = $"modules on: {chosen.Count}; added: {(added.Count == 0 ? "-" : string.Join(", ", added))}; removed: {(removed.Count == 0 ? "-" : string.Join(", ", removed))}";
        await schools.SaveAsync(School.Id, chosen, User.Identity!.Name!, summary, cancellationToken);
        PublishedTo = await publisher.PublishAsync(School.Id, cancellationToken);
        return RedirectToPage(new { group = School.Id });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var all = await groups.ListAsync(cancellationToken);
        Schools = all.Where(g => User.MaySee(g.Id)).ToList();
        var wanted = User.SchoolScope() ?? Group;
        School = wanted is null ? Schools.FirstOrDefault() : Schools.FirstOrDefault(g => g.Id == wanted);
        if (wanted is not null && School is null)
        {
            return false;
        }
        if (School is null)
        {
            return true;
        }
        Choice = await schools.GetAsync(School.Id, cancellationToken);
        var defaults = provisioning.Value.EnabledModuleIds;
        // No choice yet: the deployment default applies, and an empty default offers everything.
        Enabled = (Choice.Modules ?? (defaults.Count == 0 ? catalog.All.Select(m => m.Id).ToList() : defaults)).ToHashSet();
        Kiosks = await registry.ListAsync(School.Id, null, cancellationToken);
        return true;
    }
}
