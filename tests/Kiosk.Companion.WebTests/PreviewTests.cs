using System.Text.Json;
using Kiosk.Companion.Web.Preview;
using Kiosk.Companion.WebTests.Infrastructure;
using Kiosk.Firmware.Screens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kiosk.Companion.WebTests;

[Collection(WebCollection.Name)]
public sealed class PreviewTests(WebCompanion companion)
{
    // Colour statistics of the canvas as the browser shows it: how many colours, how many pixels
    // differ from the most common one (the background), and a hash of every pixel.
    private const string CanvasStats = """
        canvas => {
          const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
          const counts = new Map();
          let hash = 0x811c9dc5;
          for (let i = 0; i < data.length; i += 4) {
            const colour = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
            counts.set(colour, (counts.get(colour) || 0) + 1);
            hash = Math.imul(hash ^ colour, 16777619) >>> 0;
          }
          let background = 0;
          for (const count of counts.values()) { background = Math.max(background, count); }
          return { colours: counts.size, inked: data.length / 4 - background, hash: hash };
        }
        """;

    [Fact]
    public async Task A_thai_lesson_previews_on_a_320x240_kiosk_and_clicks_turn_pages_and_answer_the_quiz()
    {
        var (page, session) = await OpenPreviewAsync("age9to12.private-eye", "th", "320x240");
        await WalkThroughAsync(page, session, 320, 240, "preview-thai");
        // Left to right: "next" is on the right half of the screen.
        Assert.True(await TargetXAsync(session, TargetAction.Next) > 160);
    }

    [Fact]
    public async Task An_arabic_lesson_previews_on_a_480x320_kiosk_mirrored_right_to_left()
    {
        var (page, session) = await OpenPreviewAsync("age13to17.say-no", "ar", "480x320");
        // Right to left: "next" is on the left half, so the page turns below come from clicks on the left.
        Assert.True(await TargetXAsync(session, TargetAction.Next) < 240);
        Assert.Equal("rtl", await page.Locator("#preview-screen").GetAttributeAsync("dir"));
        await WalkThroughAsync(page, session, 480, 320, "preview-arabic");
    }

    [Fact]
    public async Task Previews_are_bounded_in_number_and_an_ended_one_frees_its_folder_and_answers_404()
    {
        var sessions = companion.Services.GetRequiredService<PreviewSessions>();
        var started = new List<PreviewSession>();
        for (var i = 0; i < 5; i++)
        {
            started.Add(await sessions.StartAsync("bounded-user", "under9.right-to-play", "en", "320x240", CancellationToken.None));
        }
        Assert.True(sessions.Count <= 4, $"{sessions.Count} previews running");
        Assert.Null(sessions.Find(started[0].Id, "bounded-user"));
        Assert.False(Directory.Exists(started[0].Folder));
        Assert.NotNull(sessions.Find(started[4].Id, "bounded-user"));
        // Nobody else may use a running preview, even knowing its address.
        Assert.Null(sessions.Find(started[4].Id, WebCompanion.StaffUser));

        var page = await companion.SignedInPageAsync(WebCompanion.StaffUser, WebCompanion.StaffPassword);
        var screen = await page.APIRequest.GetAsync($"/preview/{started[4].Id}/screen.png");
        Assert.Equal(404, screen.Status);
        var response = await page.GotoAsync($"/preview/{started[0].Id}");
        Assert.Equal(404, response!.Status);
        Assert.Equal(0, await page.Locator("#preview-screen").CountAsync());
    }

    [Fact]
    public async Task A_teacher_cannot_open_previews()
    {
        await companion.CreateSchoolAsync("preview-school", "Preview School");
        var teacher = await companion.CreateTeacherAsync("preview-school");
        var sessions = companion.Services.GetRequiredService<PreviewSessions>();
        var session = await sessions.StartAsync(teacher, "under9.right-to-play", "en", "320x240", CancellationToken.None);
        var page = await companion.SignedInPageAsync(teacher, WebCompanion.TeacherPassword("preview-school"));
        var screen = await page.APIRequest.GetAsync($"/preview/{session.Id}/screen.png", new() { MaxRedirects = 0 });
        Assert.NotEqual(200, screen.Status);
        await page.GotoAsync($"/preview/{session.Id}");
        Assert.Equal(0, await page.Locator("#preview-screen").CountAsync());
    }

    private async Task<(IPage Page, PreviewSession Session)> OpenPreviewAsync(string module, string language, string profile)
    {
        var page = await companion.SignedInPageAsync(WebCompanion.StaffUser, WebCompanion.StaffPassword);
        await page.GotoAsync("/content");
        await page.SelectOptionAsync("#preview-module", module);
        await page.SelectOptionAsync("#preview-language", language);
        await page.SelectOptionAsync("#preview-profile", profile);
        await page.ClickAsync("#preview-form button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("/preview/", StringComparison.Ordinal), new() { Timeout = 60_000 });
        var id = new Uri(page.Url).Segments[^1];
        var session = companion.Services.GetRequiredService<PreviewSessions>().Find(id, WebCompanion.StaffUser);
        Assert.NotNull(session);
        Assert.Equal(module, session.ModuleId);
        return (page, session);
    }

    /// <summary>Turns a page, goes on to the quiz, answers, opens help and comes back, all by clicks on the canvas.</summary>
    private async Task WalkThroughAsync(IPage page, PreviewSession session, int width, int height, string screenshot)
    {
        var canvas = page.Locator("#preview-screen");
        Assert.Equal(width.ToString(System.Globalization.CultureInfo.InvariantCulture), await canvas.GetAttributeAsync("width"));
        Assert.Equal(height.ToString(System.Globalization.CultureInfo.InvariantCulture), await canvas.GetAttributeAsync("height"));
        var box = (await canvas.BoundingBoxAsync())!;
        Assert.Equal(width, box.Width, 1.0);
        await Assertions.Expect(canvas).ToHaveAttributeAsync("data-screen", "Lesson");
        var first = await StatsAsync(canvas);
        Assert.True(first.Colours > 8, $"{first.Colours} colours on the lesson page");
        Assert.True(first.Inked > width * height / 50, $"{first.Inked} pixels off the background");
        await companion.ScreenshotAsync(page, screenshot + "-lesson");

        await ClickTargetAsync(page, session, TargetAction.Next);
        Assert.True(await Eventually.TrueAsync(() => Task.FromResult(Read(session, ui => ui.Session.Page) == 1)), "the click did not turn the page");
        Assert.True(await Eventually.TrueAsync(async () => (await StatsAsync(canvas)).Hash != first.Hash), "the canvas still shows the first page");

        for (var i = 0; i < 20 && Read(session, ui => ui.Screen) == ScreenKind.Lesson; i++)
        {
            var pageNumber = Read(session, ui => ui.Session.Page);
            await ClickTargetAsync(page, session, TargetAction.Next);
            await Eventually.TrueAsync(() => Task.FromResult(Read(session, ui => ui.Screen != ScreenKind.Lesson || ui.Session.Page != pageNumber)));
        }
        await Assertions.Expect(canvas).ToHaveAttributeAsync("data-screen", "Question");
        var question = await StatsAsync(canvas);
        await companion.ScreenshotAsync(page, screenshot + "-question");

        await ClickTargetAsync(page, session, TargetAction.Choice);
        await Assertions.Expect(canvas).ToHaveAttributeAsync("data-screen", "Feedback");
        Assert.True(await Eventually.TrueAsync(async () => (await StatsAsync(canvas)).Hash != question.Hash), "the answer's feedback is not on the canvas");
        await companion.ScreenshotAsync(page, screenshot + "-feedback");

        await ClickTargetAsync(page, session, TargetAction.Help);
        await Assertions.Expect(canvas).ToHaveAttributeAsync("data-screen", "Help");
        await companion.ScreenshotAsync(page, screenshot + "-help");
        await ClickTargetAsync(page, session, TargetAction.Back);
        await Assertions.Expect(canvas).ToHaveAttributeAsync("data-screen", "Feedback");

        // The preview counted nothing: its kiosk's usage ledger is empty after a lesson, an answer and help.
        Assert.Equal(0, session.Kiosk.Invoke(node => node.Usage.OpenCellCount + node.Usage.PendingCount));
    }

    private static T Read<T>(PreviewSession session, Func<KioskUi, T> read)
    {
        lock (session.Kiosk.Sync)
        {
            return read(session.Kiosk.Ui);
        }
    }

    private static Task<int> TargetXAsync(PreviewSession session, TargetAction action) =>
        Task.FromResult(Read(session, ui => ui.Targets.CentreX(ui.Targets.IndexOf(action, -1))));

    /// <summary>Clicks the canvas where the kiosk's screen has <paramref name="action"/>'s button, as staff would.</summary>
    private static async Task ClickTargetAsync(IPage page, PreviewSession session, TargetAction action)
    {
        var (x, y) = Read(session, ui =>
        {
            int target = ui.Targets.IndexOf(action, -1);
            Assert.True(target >= 0, $"no {action} button on the {ui.Screen} screen");
            return (ui.Targets.CentreX(target), ui.Targets.CentreY(target));
        });
        await page.Locator("#preview-screen").ClickAsync(new() { Position = new() { X = x + 0.5f, Y = y + 0.5f } });
    }

    private static async Task<(int Colours, int Inked, long Hash)> StatsAsync(ILocator canvas)
    {
        var stats = await canvas.EvaluateAsync<JsonElement>(CanvasStats);
        return (stats.GetProperty("colours").GetInt32(), stats.GetProperty("inked").GetInt32(), stats.GetProperty("hash").GetInt64());
    }
}
