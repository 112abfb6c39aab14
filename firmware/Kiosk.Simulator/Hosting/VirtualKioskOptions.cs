using Kiosk.Firmware.Node;
using Kiosk.Firmware.Platform;
using Kiosk.Simulator.Devices;

namespace Kiosk.Simulator.Hosting;

/// <summary>What one virtual kiosk is made of.</summary>
public sealed class VirtualKioskOptions
{
    /// <summary>Who the kiosk is; its profile id ("320x240") sets the screen size.</summary>
    public required KioskProvisioning Provisioning { get; init; }

    /// <summary>The folder that plays the kiosk's flash.</summary>
    public required string Folder { get; init; }

    public required SimulatedClock Clock { get; init; }

    /// <summary>
    /// Makes the broker link once the kiosk's presence exists (the link asks it for each
    /// connection's Last Will); an <see cref="OfflineLink"/> when there is no broker.
    /// </summary>
    public Func<KioskPresence, IMqttLink> CreateLink { get; init; } = _ => new OfflineLink();

    /// <summary>Timings of the node's sync and reports (a demo reports every few seconds, tests retry fast).</summary>
    public KioskTuning Tuning { get; init; } = new();

    /// <summary>
    /// False for a preview: the screens are given no usage ledger, so touches count nothing
    /// (the screens allow a null ledger for exactly this).
    /// </summary>
    public bool CountsUsage { get; init; } = true;

    public int Seed { get; init; } = 1;
}
