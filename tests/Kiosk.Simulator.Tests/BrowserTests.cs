using Kiosk.Simulator.Devices;
using Kiosk.Simulator.Hosting;
using Kiosk.Simulator.Tests.Fixtures;
using Kiosk.Simulator.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Kiosk.Simulator.Tests;

/// <summary>The simulator page in Debian's headless Chromium: a kiosk canvas that answers a click.</summary>
public sealed class BrowserTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Clicking_touch_to_start_shows_the_language_screen()
    {
        Assert.True(File.Exists(Chromium), "the chromium package is needed (apt-get install chromium)");
        string folder = Path.Combine(Path.GetTempPath(), "kiosk-web-" + Guid.NewGuid().ToString("N"));
        using var fleet = new KioskFleet(TextWriter.Null);
        var kiosk = new VirtualKiosk(new VirtualKioskOptions
        {
            Provisioning = new Firmware.Node.KioskProvisioning
            {
                KioskId = "web-kiosk",
                GroupId = "demo",
                ProgramKey = SampleContent.PublicKey,
                ProfileId = "320x240",
                BoardProfileId = "simulator",
                FirmwareVersion = "test",
            },
            Folder = folder,
            Clock = SimulatedClock.RealTime(),
        });
        kiosk.Start(SampleContent.Shelf, TextWriter.Null);
        fleet.Add(kiosk, null);
        fleet.Start();
        var app = SimulatorApi.Create(fleet, 0);
        await app.StartAsync();
        try
        {
            string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
            });
            var page = await browser.NewPageAsync();
            // The whole suite shares two cores with the other test projects; give the page time.
            page.SetDefaultTimeout(90_000);
            await page.GotoAsync(address + "/");
            var canvas = page.Locator("canvas[data-kiosk='web-kiosk']");
            await page.WaitForFunctionAsync("() => document.querySelector(\"canvas[data-kiosk='web-kiosk']\")?.dataset.screen === 'Attract'");
            Assert.Equal("320", await canvas.GetAttributeAsync("width"));
            Assert.Equal("240", await canvas.GetAttributeAsync("height"));
            string folderOut = ScreenshotTests.Folder("browser");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folderOut, "1-attract.png") });
            string before = await canvas.EvaluateAsync<string>("c => c.toDataURL()");

            // The middle of the canvas is the "touch to start" button.
            await canvas.ClickAsync();

            await page.WaitForFunctionAsync("() => document.querySelector(\"canvas[data-kiosk='web-kiosk']\")?.dataset.screen === 'Language'");
            await page.WaitForFunctionAsync("before => document.querySelector(\"canvas[data-kiosk='web-kiosk']\").toDataURL() !== before", before);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folderOut, "2-language.png") });
            Assert.Equal(Firmware.Screens.ScreenKind.Language, kiosk.Ui.Screen);
            output.WriteLine($"screenshots in {folderOut}");
        }
        finally
        {
            await app.StopAsync();
            fleet.Dispose();
            Directory.Delete(folder, true);
        }
    }
}
