using System;
using System.Device.Gpio;
using System.Threading;
using Kiosk.Firmware.Connectivity;
using Kiosk.Firmware.Esp32.Boards;
using Kiosk.Firmware.Esp32.Diagnostics;
using Kiosk.Firmware.Esp32.Display;
using Kiosk.Firmware.Esp32.Network;
using Kiosk.Firmware.Esp32.Storage;
using Kiosk.Firmware.Esp32.Time;
using Kiosk.Firmware.Esp32.Touch;
using Kiosk.Firmware.Input;
using Kiosk.Firmware.Node;
using Kiosk.Firmware.Platform;
using Kiosk.Firmware.Provisioning;
using Kiosk.Firmware.Screens;
using Kiosk.Protocol.Topics;
using nanoFramework.Runtime.Native;

namespace Kiosk.Firmware.Esp32;

/// <summary>
/// Start-up of the ESP32 kiosk: each step builds one adapter and logs what it found, then the
/// main loop hands turns to the core's <see cref="KioskNode"/>.
/// </summary>
public static class Program
{
    public const string FirmwareVersion = "0.1.0";
    public const string ProvisioningFileName = "provisioning.json";
    public const string TouchCalibrationFileName = "touch-calibration.json";

    private const int UiPollMilliseconds = 20;
    private const ushort KeepAliveSeconds = 60;

    public static void Main()
    {
        SerialLog.Line("kiosk " + FirmwareVersion + " on " + SystemInfo.TargetName);

        // STEP 1: recognise the board from the firmware image it runs.
        BoardProfile board = BoardCatalog.ForTarget(SystemInfo.TargetName);
        if (board == null)
        {
            Halt("no board profile for firmware target " + SystemInfo.TargetName);
        }

        // STEP 2: screen and touch first, so a technician sees the kiosk come alive. A unit's
        // own touch calibration, when deployed, replaces the board's default.
        NanoDisplay display = ScreenSetup.Start(board);
        SerialLog.Line("screen: " + display.Width + "x" + display.Height + " profile " + board.DisplayProfileId);
        NanoFileSystem internalDrive = StorageSetup.Internal();
        TouchPipeline touchPipeline = TouchSetup.Pipeline(board, Calibration(internalDrive, board));
        ITouchPanel touch = TouchSetup.Start(board, new GpioController(), touchPipeline);

        // STEP 3: storage. The provisioning file is always on internal flash; the kiosk's state
        // and content go to the SD card when one is mounted (bundles need megabytes).
        NanoFileSystem card = StorageSetup.Card(board);
        IFileSystem store = card != null ? (IFileSystem)card : internalDrive;
        SerialLog.Line("storage: kiosk data on " + (card != null ? StorageSetup.CardDrive : StorageSetup.InternalDrive)
            + ", " + store.FreeBytes / 1024 + " KB free");

        // STEP 4: the provisioning file deployed beside the application.
        ProvisioningFile provisioning = ReadProvisioning(internalDrive);
        SerialLog.Line("provisioned: kiosk " + provisioning.KioskId + ", group " + provisioning.GroupId
            + ", companion " + provisioning.CompanionHost + ":" + provisioning.CompanionPort
            + (provisioning.CompanionTls ? " TLS" : " plain"));

        // STEP 5: network, time and broker, each retrying on its own thread.
        // On ESP32 System.Random reads the chip's hardware RNG (esp_random) and ignores seeds, so
        // kiosks rebooted by the same power cut still spread their retries, and the usage ledger's
        // randomized response stays unpredictable. One instance per thread all the same.
        var wifi = new WifiConnection(provisioning.WifiSsid, provisioning.WifiPassword, new ReconnectBackoff(2000, 60000, new Random()));
        wifi.Start();
        TimeSync.Start(provisioning.CompanionHost);
        var presence = new KioskPresence(store);
        var mqtt = new M2MqttLink(Broker(provisioning), wifi, presence.BeginConnection, new ReconnectBackoff(4000, 300000, new Random()));

        // STEP 6: the core. Start() boots presence, content, config and usage from flash; the
        // screens get what the node has and log every touch (the first-boot touch check).
        var clock = new NanoClock();
        var node = new KioskNode(Identity(provisioning, board), store, clock, mqtt, presence, new Random(), null);
        node.Start();
        var services = new KioskUiServices();
        services.Usage = node.Usage;
        services.TeacherLock = node.TeacherLock;
        services.TeacherSettings = node.TeacherSettings;
        var ui = new KioskUi(display, clock, new LoggedTouchPanel(touch, touchPipeline), services);
        var loop = new KioskLoop(node, ui);
        loop.Follow();
        SerialLog.Line("content: " + ui.Languages.Length + " language(s) ready"
            + (loop.UnreadableBundles > 0 ? ", " + loop.UnreadableBundles + " bundle(s) in a format this firmware cannot read" : string.Empty));
        if (internalDrive.Exists(DeviceBenchmark.SwitchFile))
        {
            new DeviceBenchmark(display).Run(node.Content, ui);
        }

        mqtt.Start();

        // STEP 7: the main loop, one turn every 20 ms: back end, then screens.
        while (true)
        {
            loop.Tick();
            Thread.Sleep(UiPollMilliseconds);
        }
    }

    private static KioskProvisioning Identity(ProvisioningFile file, BoardProfile board)
    {
        var identity = new KioskProvisioning();
        identity.KioskId = file.KioskId;
        identity.GroupId = file.GroupId;
        identity.ProgramKey = file.ProgramPublicKey;
        identity.ProfileId = board.DisplayProfileId;
        identity.BoardProfileId = board.Id;
        identity.FirmwareVersion = FirmwareVersion;
        return identity;
    }

    private static BrokerSettings Broker(ProvisioningFile file)
    {
        var broker = new BrokerSettings();
        broker.Host = file.CompanionHost;
        broker.Port = file.CompanionPort;
        broker.Tls = file.CompanionTls;
        broker.CaPem = file.CompanionCaPem;
        broker.ClientId = file.KioskId;
        broker.Username = file.MqttUsername;
        broker.Password = file.MqttPassword;
        broker.WillTopic = TopicName.Status(file.KioskId);
        broker.KeepAliveSeconds = KeepAliveSeconds;
        return broker;
    }

    private static TouchCalibration Calibration(IFileSystem drive, BoardProfile board)
    {
        byte[] file = drive.ReadAll(TouchCalibrationFileName);
        if (file == null)
        {
            return board.Calibration;
        }

        try
        {
            TouchCalibration calibration = TouchCalibrationReader.Read(file);
            SerialLog.Line("touch: calibration from " + StorageSetup.InternalDrive + "\\" + TouchCalibrationFileName);
            return calibration;
        }
        catch (ProvisioningException e)
        {
            SerialLog.Line("touch: calibration file ignored, board default used: " + e.Message);
            return board.Calibration;
        }
    }

    private static ProvisioningFile ReadProvisioning(IFileSystem drive)
    {
        try
        {
            return ProvisioningReader.Read(drive.ReadAll(ProvisioningFileName));
        }
        catch (ProvisioningException e)
        {
            Halt("provisioning: " + e.Message);
            return null;
        }
    }

    private static void Halt(string reason)
    {
        // Nothing useful can run without a board or provisioning; say why every minute.
        while (true)
        {
            SerialLog.Line("STOPPED: " + reason);
            Thread.Sleep(60000);
        }
    }
}
