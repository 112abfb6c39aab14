using Kiosk.Companion.Provisioning;
using Kiosk.Firmware.Node;
using Kiosk.Protocol.Topics;
using Kiosk.Simulator.Devices;
using Kiosk.Simulator.Hosting;
using Kiosk.Simulator.Mqtt;

namespace Kiosk.Companion.Demo;

/// <summary>
/// A simulator kiosk (the real firmware core with its screens, a folder as flash) that is the
/// kiosk a companion provisioning file describes: its id, group, program key and broker
/// credentials. Run it in a <see cref="KioskFleet"/> and start its link with <see cref="Start"/>.
/// </summary>
public static class ProvisionedKiosk
{
    public const string FirmwareVersion = FleetFactory.FirmwareVersion;

    public static VirtualKiosk Create(ProvisioningFile file, string flashFolder, string profileId, KioskTuning tuning, byte[]? programKeyOverride = null)
    {
        Directory.CreateDirectory(flashFolder);
        return new VirtualKiosk(new VirtualKioskOptions
        {
            Provisioning = new KioskProvisioning
            {
                KioskId = file.KioskId,
                GroupId = file.GroupId,
                ProgramKey = programKeyOverride ?? Convert.FromBase64String(file.ProgramPublicKey),
                ProfileId = profileId,
                BoardProfileId = "simulator",
                FirmwareVersion = FirmwareVersion,
            },
            Folder = flashFolder,
            Clock = SimulatedClock.RealTime(),
            Tuning = tuning,
            CreateLink = presence => new MqttNetLink(new MqttNetLinkOptions
            {
                Host = file.CompanionHost,
                Port = file.CompanionPort,
                ClientId = file.KioskId,
                UserName = file.MqttUsername,
                Password = file.MqttPassword,
                WillTopic = TopicName.Status(file.KioskId),
                LastWill = presence.BeginConnection,
                ReconnectDelay = TimeSpan.FromMilliseconds(500),
            }),
        });
    }

    /// <summary>Boots the kiosk from its flash and connects it to the broker.</summary>
    public static void Start(VirtualKiosk kiosk)
    {
        kiosk.Start(null, TextWriter.Null);
        ((MqttNetLink)kiosk.Link).Start();
    }
}
