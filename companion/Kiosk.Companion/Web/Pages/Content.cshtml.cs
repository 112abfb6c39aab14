using Kiosk.Companion.Fleet;
using Kiosk.Companion.Web.Modules;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kiosk.Companion.Web.Pages;

/// <summary>Content on the fleet: which bundle versions kiosks report, and the curriculum's lessons.</summary>
public sealed class ContentModel(KioskRegistry registry, ModuleCatalog catalog) : PageModel
{
    public IReadOnlyList<(InstalledBundleView Bundle, int Kiosks)> Versions { get; private set; } = [];

    public IReadOnlyList<CurriculumModule> Lessons => catalog.All;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var kiosks = await registry.ListAsync(null, null, cancellationToken);
        Versions = kiosks
            .SelectMany(k => KioskView.From(k).InstalledBundles)
            .GroupBy(b => b)
            .Select(g => (g.Key, g.Count()))
            .OrderBy(v => v.Key.BundleId, StringComparer.Ordinal)
            .ThenByDescending(v => v.Key.Version)
            .ToList();
    }
}
