using System.Net.Http.Headers;
using System.Net.Http.Json;
using Kiosk.Companion.Content;
using Kiosk.Companion.Demo;
using Kiosk.Companion.Rollout;
using Kiosk.Companion.Tests.Infrastructure;
using Kiosk.Firmware.Node;
using Kiosk.Simulator.Hosting;
using Kiosk.Signing;
using Microsoft.Extensions.DependencyInjection;

namespace Kiosk.Companion.Tests.EndToEnd;

/// <summary>
/// A companion plus virtual kiosks (the real firmware core over MQTTnet and a folder as flash),
/// and the staff side's moves: bundles signed with the companion's program key, imported over
/// the API; rollouts started and watched over the API.
/// </summary>
public sealed class RolloutRig : IAsyncDisposable
{
    public const string Profile = "320x240";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly string _flash = Directory.CreateTempSubdirectory("kiosk-flash-").FullName;
    private readonly KioskFleet _kiosks = new(TextWriter.Null);

    private RolloutRig(CompanionEnvironment companion)
    {
        Companion = companion;
        _kiosks.Start();
    }

    public CompanionEnvironment Companion { get; }

    public ProgramKey Key => Companion.Services.GetRequiredService<ProgramKey>();

    public static async Task<RolloutRig> StartAsync(StorageKind storage, BrokerKind broker) =>
        new(await CompanionEnvironment.StartAsync(storage, broker, new Dictionary<string, string>
        {
            // Tests fetch small bundles quickly; the limiter is exercised by its own tests.
            ["Content:ChunksPerSecondPerKiosk"] = "500",
            ["Content:ChunkBurstPerKiosk"] = "200",
        }));

    /// <summary>A bundle with one section of seeded bytes, signed with <paramref name="signer"/> (default: the program key).</summary>
    public byte[] Bundle(uint version, string language = "en", int dataBytes = 6000, ProgramKey? signer = null)
    {
        var data = new byte[dataBytes];
        new Random((int)version * 31 + language.Length).NextBytes(data);
        return new BundleBuilder($"{language}-{Profile}", version, language, Profile, 256).AddSection("lessons", data).Build(signer ?? Key);
    }

    public async Task<HttpResponseMessage> ImportAsync(byte[] bundle)
    {
        var body = new ByteArrayContent(bundle);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return await Companion.Api.PostAsync("/api/bundles", body);
    }

    /// <summary>Stores a bundle as if it had passed the import check, to serve damaged chunks to kiosks.</summary>
    public async Task StoreUncheckedAsync(byte[] bundle, byte[] served)
    {
        var row = BundleInspector.Inspect(bundle, Key.PublicKey, "import", DateTimeOffset.UtcNow);
        Assert.True(await Companion.Services.GetRequiredService<BundleStore>().InsertAsync(row, served, CancellationToken.None));
    }

    public async Task<VirtualKiosk> StartKioskAsync(string kioskId, string groupId, byte[]? programKeyOverride = null)
    {
        var provisioned = await Companion.ProvisionKioskAsync(kioskId, groupId);
        var tuning = new KioskTuning();
        tuning.Sync.RequestTimeoutMilliseconds = 2000;
        tuning.Sync.BackoffBaseMilliseconds = 100;
        tuning.Sync.BackoffMaxMilliseconds = 1000;
        var kiosk = ProvisionedKiosk.Create(provisioned.ProvisioningFile, Path.Combine(_flash, kioskId), Profile, tuning, programKeyOverride);
        ProvisionedKiosk.Start(kiosk);
        _kiosks.Add(kiosk, null);
        await UntilAsync(async () => (await Companion.Api.GetFromJsonAsync<Kiosk.Companion.Fleet.KioskView>($"/api/kiosks/{kioskId}", Json.Options))!.Online, "kiosk online");
        return kiosk;
    }

    public async Task<RolloutDetail> StartRolloutAsync(long version, long failurePercent, params string[][] stages)
    {
        var response = await Companion.Api.PostAsJsonAsync("/api/rollouts", new StartRolloutRequest(version, stages, failurePercent), Json.Options);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<RolloutDetail>(Json.Options))!;
    }

    public async Task<RolloutDetail> RolloutAsync(string id) =>
        (await Companion.Api.GetFromJsonAsync<RolloutDetail>($"/api/rollouts/{id}", Json.Options))!;

    public async Task<RolloutDetail> WaitForRolloutAsync(string id, RolloutState state)
    {
        await UntilAsync(async () => (await RolloutAsync(id)).Rollout.State == state, $"rollout {state}");
        return await RolloutAsync(id);
    }

    public static Task<uint?> InstalledVersionAsync(VirtualKiosk kiosk) =>
        Task.FromResult(kiosk.Invoke(node => node.Content.Installed()).FirstOrDefault()?.Version);

    public static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!await condition())
        {
            if (timeout.IsCancellationRequested)
            {
                throw new TimeoutException("Waited in vain for: " + what);
            }
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _kiosks.Dispose();
        await Companion.DisposeAsync();
        Directory.Delete(_flash, recursive: true);
    }
}
