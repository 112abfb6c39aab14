using System;
using System.Device.Gpio;
using System.Threading;
using Kiosk.Firmware.Connectivity;
using Kiosk.Firmware.Content;
using Kiosk.Firmware.Esp32.Boards;
using Kiosk.Firmware.Esp32.Diagnostics;
using Kiosk.Firmware.Esp32.Display;
using Kiosk.Firmware.Esp32.Network;
using Kiosk.Firmware.Esp32.Storage;
using Kiosk.Firmware.Esp32.Time;
using Kiosk.Firmware.Esp32.Touch;
using Kiosk.Firmware.Platform;
using Kiosk.Firmware.Provisioning;
using nanoFramework.Runtime.Native;

namespace Kiosk.Firmware.Esp32;

/// <summary>Start-up of the ESP32 kiosk: each step builds one adapter and logs what it found.</summary>
public static class Program
{
    public const string FirmwareVersion = "0.1.0";
    public const string ProvisioningFileName = "provisioning.json";

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

        // STEP 2: screen and touch first, so a technician sees the kiosk come alive.
        NanoDisplay display = ScreenSetup.Start(board);
        ITouchPanel touch = TouchSetup.Start(board, new GpioController());
        SerialLog.Line("screen: " + display.Width + "x" + display.Height + " profile " + board.DisplayProfileId);

        // STEP 3: storage. Small state on internal flash, content on the card when there is one.
        NanoFileSystem internalDrive = StorageSetup.Internal();
        NanoFileSystem card = StorageSetup.Card(board);
        IFileSystem contentDrive = card != null ? (IFileSystem)card : internalDrive;
        SerialLog.Line("storage: content on " + (card != null ? StorageSetup.CardDrive : StorageSetup.InternalDrive)
            + ", " + contentDrive.FreeBytes / 1024 + " KB free");

        // STEP 4: the provisioning file deployed beside the application.
        ProvisioningFile provisioning = ReadProvisioning(internalDrive);
        SerialLog.Line("provisioned: kiosk " + provisioning.KioskId + ", companion " + provisioning.CompanionHost
            + ":" + provisioning.CompanionPort + (provisioning.CompanionTls ? " TLS" : " plain"));

        // STEP 5: the content already on the kiosk, checked before anything is shown.
        var store = new ContentStore(contentDrive, provisioning.ProgramPublicKey, board.DisplayProfileId);
        store.Boot();
        SerialLog.Line("content: " + store.Active.Length + " language(s) ready");

        if (internalDrive.Exists(DeviceBenchmark.SwitchFile))
        {
            new DeviceBenchmark(display).Run(store);
        }

        // STEP 6: network, time and broker, each retrying on its own thread.
        var random = new Random();
        var wifi = new WifiConnection(provisioning.WifiSsid, provisioning.WifiPassword, new ReconnectBackoff(2000, 60000, random));
        wifi.Start();
        TimeSync.Start(provisioning.CompanionHost);
        var broker = new BrokerSettings
        {
            Host = provisioning.CompanionHost,
            Port = provisioning.CompanionPort,
            Tls = provisioning.CompanionTls,
            CaPem = provisioning.CompanionCaPem,
            ClientId = provisioning.KioskId,
            Username = provisioning.MqttUsername,
            Password = provisioning.MqttPassword,
            KeepAliveSeconds = KeepAliveSeconds
        };
        var mqtt = new M2MqttLink(broker, wifi, NoWillYet, new ReconnectBackoff(4000, 300000, random));
        mqtt.Start();

        // STEP 7: the UI loop. The core's kiosk node (screens, sync, usage) is driven from here
        // once it lands; until then the loop logs touches, which is the first-boot touch check.
        var sample = new TouchSample();
        while (true)
        {
            if (touch.TryRead(sample))
            {
                SerialLog.Line("touch: " + (sample.Pressed ? "down " : "up ") + sample.X + "," + sample.Y);
            }

            Thread.Sleep(UiPollMilliseconds);
        }
    }

    // The core's KioskPresence will supply the Offline status; until it exists no Will is registered.
    private static byte[] NoWillYet(out string topic)
    {
        topic = null;
        return null;
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
