using System.Text.Json;
using Kiosk.Companion.Content;
using Kiosk.Companion.Fleet;
using Kiosk.Companion.Mqtt;
using Kiosk.Companion.Provisioning;
using Kiosk.Companion.Rollout;
using Kiosk.Content;
using Kiosk.Firmware.Node;
using Kiosk.Simulator.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Kiosk.Companion.Demo;

/// <summary>
/// The demo's living fleet: once the companion is up it makes the demo school, compiles the
/// built-in curriculum (first start only), rolls it out, provisions and starts simulated kiosks
/// (the simulator's hosting of the real firmware core over MQTT, flash in demo-data/kiosks,
/// ticked by one <see cref="KioskFleet"/> loop) and sends scripted visitors to
/// them, so usage rises in the reports within a minute. State survives restarts.
/// </summary>
public sealed class DemoFleet(
    IOptions<DemoOptions> options,
    CompanionConnection connection,
    GroupStore groups,
    KioskRegistry registry,
    KioskProvisioner provisioner,
    BundleStore bundles,
    ContentBuilds builds,
    GroupCatalogStore catalogs,
    RolloutTracker rollouts,
    CurriculumLocator locator,
    IServer server,
    IConfiguration configuration,
    TimeProvider clock,
    ILogger<DemoFleet> logger) : BackgroundService
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly KioskFleet _fleet = new(Console.Out);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        _fleet.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception error)
        {
            logger.LogError(error, "The demo fleet stopped");
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        while (!connection.IsConnected)
        {
            await Task.Delay(200, stoppingToken);
        }
        PrintBanner("starting: compiling content and connecting kiosks");
        if (await groups.FindAsync(settings.GroupId, stoppingToken) is null)
        {
            await groups.InsertAsync(new KioskGroup
            {
                Id = settings.GroupId,
                Name = "Demo school",
                Kind = nameof(GroupKind.School),
                CreatedAt = clock.GetUtcNow().ToUnixTimeSeconds(),
            }, stoppingToken);
        }

        var kiosks = new List<ProvisioningFile>();
        for (var i = 1; i <= settings.Kiosks; i++)
        {
            kiosks.Add(await ProvisionAsync($"demo-kiosk-{i}", stoppingToken));
        }
        foreach (var file in kiosks)
        {
            var tuning = new KioskTuning();
            tuning.Reports.BatchIntervalMilliseconds = settings.ReportSeconds * 1000;
            tuning.Reports.ResendIntervalMilliseconds = settings.ReportSeconds * 1000;
            var kiosk = ProvisionedKiosk.Create(file, Path.Combine(KiosksFolder, file.KioskId + "-flash"), settings.Profile, tuning);
            ProvisionedKiosk.Start(kiosk);
            _fleet.Add(kiosk, null);
        }
        _fleet.Start();

        var version = await bundles.LatestVersionAsync(stoppingToken);
        if (version == 0)
        {
            var build = await builds.StartAsync(new StartBuildRequest(settings.Languages, [settings.Profile], 1), stoppingToken);
            var finished = await builds.WaitAsync(build.Id, stoppingToken);
            if (finished.State == ContentBuildState.Succeeded)
            {
                version = finished.Version;
            }
            else
            {
                // Visitors and reports still work on the kiosks' built-in screens; only the rollout waits for content.
                logger.LogError("The demo content build failed, so nothing is rolled out: {Error}", finished.Error);
            }
        }
        if (version > 0 && (await catalogs.FindAsync(settings.GroupId, stoppingToken))?.ReleaseVersion is null)
        {
            await rollouts.StartAsync(new StartRolloutRequest(version, [[settings.GroupId]], null), stoppingToken);
        }
        PrintBanner("running: kiosks are installing content and visitors are arriving");
        await VisitAsync(stoppingToken);
    }

    private async Task VisitAsync(CancellationToken stoppingToken)
    {
        var random = new Random();
        var curriculum = CurriculumLoader.Load(locator.CurriculumRoot!);
        var visitors = new DemoVisitors(curriculum.Modules, random);
        var languages = options.Value.Languages;
        while (!stoppingToken.IsCancellationRequested)
        {
            var kiosk = _fleet.Kiosks[random.Next(_fleet.Kiosks.Count)];
            var language = languages[random.Next(languages.Length)];
            kiosk.Invoke(node => visitors.Visit(node, language));
            await Task.Delay(TimeSpan.FromMilliseconds(300 + random.Next(700)), stoppingToken);
        }
    }

    /// <summary>The kiosk's provisioning file, kept in the demo folder; a kiosk whose file was lost is made again.</summary>
    private async Task<ProvisioningFile> ProvisionAsync(string kioskId, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(KiosksFolder);
        var path = Path.Combine(KiosksFolder, kioskId + ".json");
        if (File.Exists(path) && await registry.FindAsync(kioskId, cancellationToken) is not null)
        {
            return JsonSerializer.Deserialize<ProvisioningFile>(await File.ReadAllTextAsync(path, cancellationToken), Json)!;
        }
        await provisioner.DeleteAsync(kioskId, cancellationToken);
        var created = await provisioner.CreateAsync(kioskId, options.Value.GroupId, null, cancellationToken);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(created.ProvisioningFile, Json), cancellationToken);
        return created.ProvisioningFile;
    }

    private string KiosksFolder => Path.Combine(configuration["Storage:DataFolder"]!, "kiosks");

    private void PrintBanner(string state)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var url = addresses.FirstOrDefault() ?? configuration["urls"] ?? "";
        Console.WriteLine($"""

            ==== Kiosk companion demo ({state}) ====
            Dashboard:   {url}/
            API (docs):  {url}/openapi/v1.json
            Admin token: {configuration["Api:AdminToken"]}
            Try:         kiosk --server {url} --token {configuration["Api:AdminToken"]} kiosks list
                         kiosk --server {url} --token {configuration["Api:AdminToken"]} reports export --by lesson --out -
            MQTT broker: 127.0.0.1:{configuration["Mqtt:Port"]}   data: {configuration["Storage:DataFolder"]}

            """);
    }
}
