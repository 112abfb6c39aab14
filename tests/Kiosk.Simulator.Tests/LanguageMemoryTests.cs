using Kiosk.Firmware.Screens;
using Kiosk.Protocol.Content;
using Kiosk.Simulator.Devices;
using Kiosk.Simulator.Tests.Fixtures;

namespace Kiosk.Simulator.Tests;

/// <summary>
/// What the screens hold for the installed languages, counted in bytes allocated (bundles held in
/// memory and opened beforehand, so only the UI's own objects count). A board without PSRAM
/// must not pay a renderer per language.
/// </summary>
[Collection(AllocationMeasurement.Name)]
public sealed class LanguageMemoryTests(ITestOutputHelper output)
{
    private const int InstalledLanguages = 8;

    [Theory]
    [InlineData("320x240")]
    [InlineData("480x320")]
    public void Eight_installed_languages_cost_little_more_than_one(string profile)
    {
        var shelf = SampleContent.Open(profile);
        // The default run compiles three languages; more bundles of them stand in for the other five.
        var bundles = Enumerable.Range(0, InstalledLanguages).Select(i => i < shelf.Length ? shelf[i] : Reopen(profile, i % shelf.Length)).ToArray();
        Footprint(profile, [shelf[0]]);

        long one = Footprint(profile, [shelf[0]]);
        long eight = Footprint(profile, bundles);

        output.WriteLine($"{profile}: screens with 1 language {one:N0} B, with {InstalledLanguages} languages {eight:N0} B ({(eight - one) / (InstalledLanguages - 1):N0} B per further language).");
        Assert.True(eight - one < (InstalledLanguages - 1) * 1024, $"{eight - one} B for {InstalledLanguages - 1} further languages");
    }

    // Bytes allocated by a kiosk UI that installs the bundles and draws its first screen.
    private static long Footprint(string profile, ContentBundle[] bundles)
    {
        var (width, height) = Hosting.VirtualKiosk.ScreenSize(profile);
        var display = new FrameBufferDisplay(width, height);
        var clock = SimulatedClock.Manual(new DateTime(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc));
        long before = GC.GetAllocatedBytesForCurrentThread();
        var ui = new KioskUi(display, clock, null, null);
        ui.SetContent(bundles);
        ui.Tick();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static ContentBundle Reopen(string profile, int index) => SampleContent.Open(profile)[index];
}
