using System;
using System.Device.Wifi;
using System.Net.NetworkInformation;
using System.Threading;
using Kiosk.Firmware.Connectivity;
using Kiosk.Firmware.Esp32.Diagnostics;
using Kiosk.Firmware.Platform;
using nanoFramework.Networking;

namespace Kiosk.Firmware.Esp32.Network;

/// <summary>
/// <see cref="INetworkState"/> over <c>WifiNetworkHelper</c>. The ESP-IDF Wi-Fi driver rejoins
/// the network by itself after a drop (<see cref="WifiReconnectionKind.Automatic"/>); this class
/// adds what it does not do: keep trying, with the core's back-off, when the first join fails
/// (the access point is off at boot, or the password was changed).
/// </summary>
public sealed class WifiConnection : INetworkState
{
    private const int JoinTimeoutMilliseconds = 30000;

    private readonly string _ssid;
    private readonly string _password;
    private readonly ReconnectBackoff _backoff;
    private bool _available;

    public WifiConnection(string ssid, string password, ReconnectBackoff backoff)
    {
        _ssid = ssid;
        _password = password;
        _backoff = backoff;
        NetworkChange.NetworkAvailabilityChanged += OnAvailabilityChanged;
    }

    public bool IsAvailable
    {
        get { return _available; }
    }

    /// <summary>Joins in the background; <see cref="IsAvailable"/> turns true once an address is obtained.</summary>
    public void Start()
    {
        new Thread(JoinUntilConnected).Start();
    }

    private void JoinUntilConnected()
    {
        while (true)
        {
            var timeout = new CancellationTokenSource(JoinTimeoutMilliseconds);
            bool joined = WifiNetworkHelper.ConnectDhcp(
                _ssid,
                _password,
                WifiReconnectionKind.Automatic,
                false,
                0,
                timeout.Token);
            if (joined)
            {
                _available = true;
                _backoff.Reset();
                SerialLog.Line("wifi: joined \"" + _ssid + "\"");
                return;
            }

            int wait = _backoff.NextDelayMilliseconds();
            SerialLog.Line("wifi: join failed (" + WifiNetworkHelper.Status + "), retry in " + wait / 1000 + " s");
            WifiNetworkHelper.Disconnect();
            WifiNetworkHelper.Reset();
            Thread.Sleep(wait);
        }
    }

    private void OnAvailabilityChanged(object sender, NetworkAvailabilityEventArgs e)
    {
        _available = e.IsAvailable;
        SerialLog.Line(e.IsAvailable ? "wifi: network up" : "wifi: network down, driver rejoins");
    }
}
