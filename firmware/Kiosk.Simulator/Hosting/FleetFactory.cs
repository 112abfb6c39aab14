using Kiosk.Firmware.Node;
using Kiosk.Firmware.Provisioning;
using Kiosk.Protocol.Topics;
using Kiosk.Signing;
using Kiosk.Simulator.Content;
using Kiosk.Simulator.Devices;
using Kiosk.Simulator.Mqtt;
using Kiosk.Simulator.Visitors;

namespace Kiosk.Simulator.Hosting;

/// <summary>Turns the command line into running kiosks: content, identities, links and visitors.</summary>
public static class FleetFactory
{
    public const string FirmwareVersion = "sim-0.1";

    public static KioskFleet Build(SimulatorOptions options, TextWriter log)
    {
        var provisioning = ReadProvisioning(options.Provisioning);
        var (shelf, programKey) = Content(options, provisioning, log);
        var profiles = options.Profiles ?? shelf.Profiles(programKey);
        if (profiles.Count == 0)
        {
            throw new InvalidOperationException("No bundle signed by the program key was found; check --bundles and --program-key.");
        }
        int count = provisioning.Count > 0 && !options.KiosksGiven ? provisioning.Count : options.Kiosks;
        var fleet = new KioskFleet(log);
        if (options.Screenshots != null)
        {
            fleet.Screenshots = new ScreenshotRecorder(options.Screenshots, 2000);
        }
        for (int i = 0; i < count; i++)
        {
            var file = provisioning.Count > 0 ? provisioning[i % provisioning.Count] : null;
            string id = file?.KioskId ?? $"sim-{i + 1:D3}";
            var identity = new KioskProvisioning
            {
                KioskId = id,
                GroupId = options.Group,
                ProgramKey = file?.ProgramPublicKey ?? programKey,
                ProfileId = profiles[i % profiles.Count],
                BoardProfileId = "simulator",
                FirmwareVersion = FirmwareVersion,
            };
            var kiosk = new VirtualKiosk(new VirtualKioskOptions
            {
                Provisioning = identity,
                Folder = Path.Combine(options.DataFolder, id),
                Clock = SimulatedClock.RealTime(),
                Seed = i + 1,
                CreateLink = presence => options.BrokerHost == null
                    ? new OfflineLink()
                    : new MqttNetLink(new MqttNetLinkOptions
                    {
                        Host = file?.CompanionHost ?? options.BrokerHost,
                        Port = options.BrokerPort,
                        ClientId = id,
                        UserName = file?.MqttUsername,
                        Password = file?.MqttPassword,
                        WillTopic = TopicName.Status(id),
                        LastWill = presence.BeginConnection,
                    }),
            });
            kiosk.Start(shelf, log);
            (kiosk.Link as MqttNetLink)?.Start();
            var visitor = options.Visitors ? new VisitorDriver(kiosk, new ScriptedVisitor(kiosk.Ui), options.Pace) : null;
            fleet.Add(kiosk, visitor);
            log.WriteLine($"Kiosk {id}: {identity.ProfileId}, {kiosk.Ui.Languages.Length} languages, {(options.BrokerHost == null ? "offline" : "broker " + options.BrokerHost + ":" + options.BrokerPort)}.");
        }
        return fleet;
    }

    private static (BundleShelf Shelf, byte[] ProgramKey) Content(SimulatorOptions options, IReadOnlyList<ProvisioningFile> provisioning, TextWriter log)
    {
        if (options.Bundles != null)
        {
            byte[]? key = options.ProgramKey != null ? ReadPublicKey(options.ProgramKey) : provisioning.FirstOrDefault()?.ProgramPublicKey;
            if (key == null)
            {
                throw new ArgumentException("--bundles needs --program-key (or provisioning files) to check the signatures.");
            }
            return (BundleShelf.FromFolder(options.Bundles), key);
        }
        if (provisioning.Count > 0)
        {
            // Kiosks that trust a real program key get their content from the companion.
            return (new BundleShelf([]), provisioning[0].ProgramPublicKey);
        }
        using var previewKey = ProgramKey.Generate();
        return (PreviewShelf.Build(previewKey, options.Languages, options.Profiles, null, log), previewKey.PublicKey);
    }

    /// <summary>A public key as 64 hex digits or as a PEM SubjectPublicKeyInfo (its last 32 bytes).</summary>
    public static byte[] ReadPublicKey(string path)
    {
        string text = File.ReadAllText(path).Trim();
        if (text.Length == 64 && text.All(Uri.IsHexDigit))
        {
            return Convert.FromHexString(text);
        }
        var base64 = string.Concat(text.Split('\n').Where(line => !line.StartsWith("-----", StringComparison.Ordinal)).Select(line => line.Trim()));
        var der = Convert.FromBase64String(base64);
        return der[^32..];
    }

    private static List<ProvisioningFile> ReadProvisioning(string? path)
    {
        if (path == null)
        {
            return [];
        }
        var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal).ToArray() : [path];
        return [.. files.Select(f => ProvisioningReader.Read(File.ReadAllBytes(f)))];
    }
}
