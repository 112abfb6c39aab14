using Kiosk.Companion.Web.Modules;
using Kiosk.Companion.Web.Preview;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kiosk.Companion.Web.Pages;

/// <summary>One running lesson preview: the virtual kiosk's screen at its real size, touched by clicks (wwwroot/js/preview.js).</summary>
public sealed class PreviewModel(PreviewSessions sessions, PreviewContent content) : PageModel
{
    public PreviewSession? Session { get; private set; }

    public CurriculumModule? Lesson { get; private set; }

    public (int Width, int Height) Size { get; private set; }

    public bool RightToLeft { get; private set; }

    public IActionResult OnGet(string id)
    {
        Session = sessions.Find(id, User.Identity!.Name!);
        if (Session is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Lesson = content.Lessons.FirstOrDefault(l => l.Id == Session.ModuleId);
        RightToLeft = content.Languages.FirstOrDefault(l => l.Code == Session.Language)?.IsRightToLeft ?? false;
        Size = (Session.Kiosk.Display.Width, Session.Kiosk.Display.Height);
        return Page();
    }
}
