using System.Net.Http.Headers;
using System.Net.Http.Json;
using Kiosk.Companion.Fleet;
using Kiosk.Companion.Provisioning;
using Kiosk.Companion.Web.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kiosk.Companion.WebTests.Infrastructure;

/// <summary>
/// One companion (SQLite in a temp folder, embedded broker, Kestrel on a free loopback port) and
/// one headless Debian chromium, shared by every browser test: starting them is the slow part.
/// Tests keep to their own schools and kiosks so they do not see each other's data.
/// </summary>
public sealed class WebCompanion : IAsyncLifetime
{
    public const string AdminToken = "kc_web-test-admin-token";
    public const string AdminUser = "admin";
    public const string AdminPassword = "admin-password-for-tests";
    public const string StaffUser = "program-staff";
    public const string StaffPassword = "staff-password-for-tests";

    private readonly string _folder = Directory.CreateTempSubdirectory("kiosk-webui-").FullName;
    private CompanionHost? _host;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public int MqttPort { get; private set; }

    public HttpClient Api { get; private set; } = null!;

    public IServiceProvider Services => _host!.Services;

    /// <summary>Where the tests leave screenshots of every page for people to look at.</summary>
    public string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        MqttPort = FreePort.Next();
        var httpPort = FreePort.Next();
        var settings = new Dictionary<string, string>
        {
            ["Storage:DataFolder"] = Path.Combine(_folder, "data"),
            ["Signing:KeyPath"] = Path.Combine(_folder, "program-key.pem"),
            ["Api:AdminToken"] = AdminToken,
            ["Web:AdminUserName"] = AdminUser,
            ["Web:AdminPassword"] = AdminPassword,
            ["Web:CurriculumFolder"] = TestCurriculum.Write(_folder),
            ["Provisioning:PinIterations"] = "50",
            ["Provisioning:MqttHost"] = "127.0.0.1",
            ["Mqtt:Port"] = MqttPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        _host = new CompanionHost(settings);
        _host.UseKestrel(httpPort);
        _host.StartServer();
        BaseUrl = $"http://127.0.0.1:{httpPort}";
        Api = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        Api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
        await Services.GetRequiredService<StaffUserStore>().CreateAsync(StaffUser, StaffPassword, StaffRole.ProgramStaff, null, CancellationToken.None);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser profile (no cookies) at a desktop or phone size.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 860 },
            DeviceScaleFactor = phone ? 2 : 1,
            IsMobile = phone,
            HasTouch = phone,
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(10_000);
        return await context.NewPageAsync();
    }

    public async Task<IPage> SignedInPageAsync(string user, string password, bool phone = false)
    {
        var page = await NewPageAsync(phone);
        await page.GotoAsync("/signin");
        await page.FillAsync("#userName", user);
        await page.FillAsync("#password", password);
        await page.ClickAsync("form.stack button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
        return page;
    }

    public async Task<string> CreateTeacherAsync(string groupId)
    {
        var name = "teacher-" + groupId;
        await Services.GetRequiredService<StaffUserStore>().CreateAsync(name, TeacherPassword(groupId), StaffRole.Teacher, groupId, CancellationToken.None);
        return name;
    }

    public static string TeacherPassword(string groupId) => "password-of-" + groupId;

    public async Task CreateSchoolAsync(string groupId, string name)
    {
        var response = await Api.PostAsJsonAsync("/api/groups", new CreateGroupRequest(groupId, name, GroupKind.School, null));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Provisions a kiosk through the API and connects it to the broker as the kiosk would.</summary>
    public async Task<TestKiosk> ConnectKioskAsync(string kioskId, string groupId)
    {
        var response = await Api.PostAsJsonAsync("/api/kiosks", new CreateKioskRequest(kioskId, groupId, null));
        response.EnsureSuccessStatusCode();
        var provisioned = (await response.Content.ReadFromJsonAsync<ProvisionedKiosk>())!;
        var kiosk = new TestKiosk(provisioned.ProvisioningFile);
        await kiosk.ConnectAsync();
        return kiosk;
    }

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        Api?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
