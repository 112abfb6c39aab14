using Kiosk.Companion.Fleet;
using Kiosk.Companion.Web.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kiosk.Companion.Web.Pages;

/// <summary>Admins add staff and teachers; a teacher must belong to a school.</summary>
public sealed class UsersModel(StaffUserStore users, GroupStore groups) : PageModel
{
    public IReadOnlyList<StaffUser> Users { get; private set; } = [];

    public IReadOnlyList<KioskGroup> Schools { get; private set; } = [];

    public string? Error { get; private set; }

    [TempData]
    public string? Created { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string? userName, string? password, string? role, string? groupId, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var valid = userName is { Length: >= 3 and <= 64 }
            && password is { Length: >= StaffUserStore.MinPasswordLength }
            && role is not null && StaffRole.All.Contains(role)
            && (role != StaffRole.Teacher || Schools.Any(s => s.Id == groupId));
        if (!valid)
        {
            Error = "UserInvalid";
            return Page();
        }
        if (await users.FindByNameAsync(userName!, cancellationToken) is not null)
        {
            Error = "UserExists";
            return Page();
        }
        await users.CreateAsync(userName!, password!, role!, groupId, cancellationToken);
        Created = userName;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Users = await users.ListAsync(cancellationToken);
        Schools = (await groups.ListAsync(cancellationToken)).Where(g => g.Kind == nameof(GroupKind.School)).ToList();
    }
}
