using Kiosk.Companion.Fleet;
using Kiosk.Companion.Web.Auth;
using Kiosk.Companion.Web.Fleet;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kiosk.Companion.Web.Pages;

/// <summary>The fleet: every kiosk the user may see, with its state, versions and last contact.</summary>
public sealed class IndexModel(KioskRegistry registry, GroupStore groups, KioskEnrolments enrolments) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Group { get; set; }

    [BindProperty(SupportsGet = true)]
    public FleetState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<KioskGroup> Groups { get; private set; } = [];

    /// <summary>Every kiosk in the user's scope, for the counts at the top.</summary>
    public IReadOnlyList<FleetRow> All { get; private set; } = [];

    public IReadOnlyList<FleetRow> Rows { get; private set; } = [];

    /// <summary>Shown kiosks that are enrolled in an open rollout: "v5 Installed" and the like.</summary>
    public IReadOnlyDictionary<string, string> RolloutStates { get; private set; } = new Dictionary<string, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var school = User.SchoolScope();
        if (school is not null)
        {
            // A teacher's list is their school; a group in the address changes nothing.
            Group = null;
        }
        var allGroups = await groups.ListAsync(cancellationToken);
        Groups = allGroups.Where(g => User.MaySee(g.Id)).ToList();
        var names = allGroups.ToDictionary(g => g.Id, g => g.Name);
        var kiosks = await registry.ListAsync(school, null, cancellationToken);
        All = kiosks.Select(k => new FleetRow(KioskView.From(k), names.GetValueOrDefault(k.GroupId, k.GroupId))).ToList();
        Rows = All
            .Where(r => string.IsNullOrEmpty(Group) || r.Kiosk.GroupId == Group)
            .Where(r => State is null || r.State == State)
            .Where(r => r.Matches(Q))
            .ToList();
        var states = new Dictionary<string, string>();
        foreach (var row in Rows)
        {
            if (await enrolments.FindAsync(row.Kiosk.Id, cancellationToken) is { } enrolment)
            {
                states[row.Kiosk.Id] = enrolment.Summary;
            }
        }
        RolloutStates = states;
    }
}
