using Kiosk.Companion.Fleet;
using Kiosk.Companion.Web.Auth;
using Kiosk.Companion.Web.Fleet;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kiosk.Companion.Web.Pages;

/// <summary>One kiosk: its last status and its history. A teacher gets "not found" for other schools' kiosks.</summary>
public sealed class KioskModel(KioskRegistry registry, GroupStore groups, KioskHistory history, KioskEnrolments enrolments) : PageModel
{
    public FleetRow Row { get; private set; } = null!;

    /// <summary>The open rollout the kiosk is enrolled in, if any.</summary>
    public KioskEnrolment? Enrolment { get; private set; }

    public IReadOnlyList<KioskHistoryEntry> History { get; private set; } = [];

    /// <summary>No such kiosk, or not one the user may see: the page says so with a 404.</summary>
    public bool Missing { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var kiosk = await registry.FindAsync(id, cancellationToken);
        if (kiosk is null || !User.MaySee(kiosk.GroupId))
        {
            Missing = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        var group = await groups.FindAsync(kiosk.GroupId, cancellationToken);
        Row = new FleetRow(KioskView.From(kiosk), group?.Name ?? kiosk.GroupId);
        History = await history.ReadAsync(kiosk, cancellationToken);
        Enrolment = await enrolments.FindAsync(kiosk.Id, cancellationToken);
        return Page();
    }
}
