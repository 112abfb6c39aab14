using System;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using Kiosk.Firmware.Connectivity;
using Kiosk.Firmware.Esp32.Diagnostics;
using Kiosk.Firmware.Node;
using Kiosk.Firmware.Platform;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;

namespace Kiosk.Firmware.Esp32.Network;

/// <summary>
/// <see cref="IMqttLink"/> over nanoFramework.M2Mqtt (MQTT 3.1.1). A background thread owns the
/// connection: it waits for Wi-Fi, connects with a clean session and the Last Will, reports the
/// change, and after a drop reconnects with the core's back-off. Publish and Subscribe translate
/// one to one.
/// </summary>
public sealed class M2MqttLink : IMqttLink
{
    private const int PollMilliseconds = 1000;

    private readonly BrokerSettings _settings;
    private readonly INetworkState _network;
    private readonly LastWillSource _lastWill;
    private readonly ReconnectBackoff _backoff;
    private readonly AutoResetEvent _dropped = new AutoResetEvent(false);
    private readonly MqttQoSLevel[] _subscribeQos = new MqttQoSLevel[] { MqttQoSLevel.AtLeastOnce };
    private MqttClient _client;

    public M2MqttLink(BrokerSettings settings, INetworkState network, LastWillSource lastWill, ReconnectBackoff backoff)
    {
        _settings = settings;
        _network = network;
        _lastWill = lastWill;
        _backoff = backoff;
    }

    public event MqttMessageHandler MessageReceived;

    public event MqttConnectionHandler ConnectionChanged;

    public bool IsConnected
    {
        get
        {
            MqttClient client = _client;
            return client != null && client.IsConnected;
        }
    }

    public void Start()
    {
        new Thread(KeepConnected).Start();
    }

    public bool Publish(string topic, byte[] payload, MqttQos qos, bool retain)
    {
        MqttClient client = _client;
        if (client == null || !client.IsConnected)
        {
            return false;
        }

        try
        {
            client.Publish(topic, payload, null, null, Level(qos), retain);
            return true;
        }
        catch (Exception e)
        {
            SerialLog.Line("mqtt: publish failed: " + e.Message);
            return false;
        }
    }

    public bool Subscribe(string topic)
    {
        MqttClient client = _client;
        if (client == null || !client.IsConnected)
        {
            return false;
        }

        try
        {
            client.Subscribe(new string[] { topic }, _subscribeQos);
            return true;
        }
        catch (Exception e)
        {
            SerialLog.Line("mqtt: subscribe failed: " + e.Message);
            return false;
        }
    }

    private void KeepConnected()
    {
        while (true)
        {
            while (!_network.IsAvailable)
            {
                Thread.Sleep(PollMilliseconds);
            }

            if (TryConnect())
            {
                _backoff.Reset();
                ConnectionChanged?.Invoke(true);
                _dropped.WaitOne();
                ConnectionChanged?.Invoke(false);
            }

            Thread.Sleep(_backoff.NextDelayMilliseconds());
        }
    }

    private bool TryConnect()
    {
        MqttClient client = null;
        try
        {
            X509Certificate ca = _settings.CaPem == null ? null : new X509Certificate(_settings.CaPem);
            client = new MqttClient(
                _settings.Host,
                _settings.Port,
                _settings.Tls,
                ca,
                null,
                _settings.Tls ? MqttSslProtocols.TLSv1_2 : MqttSslProtocols.None);
            client.MqttMsgPublishReceived += OnMessage;
            client.ConnectionClosed += OnClosed;

            // Current before CONNECT, so a close that races the CONNACK is not mistaken for a stale client's.
            _client = client;
            string willText = WillText(_lastWill());
            MqttReasonCode result = client.Connect(
                _settings.ClientId,
                _settings.Username,
                _settings.Password,
                true,
                MqttQoSLevel.AtLeastOnce,
                willText != null,
                willText == null ? null : _settings.WillTopic,
                willText,
                true,
                _settings.KeepAliveSeconds);
            if (result == MqttReasonCode.Success && client.IsConnected)
            {
                SerialLog.Line("mqtt: connected to " + _settings.Host + ":" + _settings.Port + (_settings.Tls ? " (TLS)" : string.Empty));
                return true;
            }

            SerialLog.Line("mqtt: broker refused connection: " + (int)result);
        }
        catch (Exception e)
        {
            SerialLog.Line("mqtt: cannot reach " + _settings.Host + ":" + _settings.Port + ": " + e.Message);
        }

        Discard(client);
        return false;
    }

    private void Discard(MqttClient client)
    {
        _client = null;
        if (client == null)
        {
            return;
        }

        client.MqttMsgPublishReceived -= OnMessage;
        client.ConnectionClosed -= OnClosed;
        client.Close();
    }

    /// <summary>
    /// M2Mqtt takes the Will payload as a string and sends its UTF-8 bytes. The core's Will is in
    /// the text form (OfflineWillCodec), whose bytes are all below 0x80 and so pass through one
    /// char each; a binary Will would be corrupted, so it is refused rather than sent.
    /// </summary>
    private static string WillText(byte[] will)
    {
        if (will == null)
        {
            return null;
        }

        char[] chars = new char[will.Length];
        for (int i = 0; i < will.Length; i++)
        {
            if (will[i] >= 0x80)
            {
                SerialLog.Line("mqtt: Last Will is not text; none is registered");
                return null;
            }

            chars[i] = (char)will[i];
        }

        return new string(chars);
    }

    private void OnMessage(object sender, MqttMsgPublishEventArgs e)
    {
        MessageReceived?.Invoke(e.Topic, e.Message);
    }

    private void OnClosed(object sender, EventArgs e)
    {
        // Only the live connection's close counts; a discarded client may still report its own.
        if (sender != _client)
        {
            return;
        }

        SerialLog.Line("mqtt: connection closed");
        _client = null;
        _dropped.Set();
    }

    private static MqttQoSLevel Level(MqttQos qos)
    {
        return qos == MqttQos.AtLeastOnce ? MqttQoSLevel.AtLeastOnce : MqttQoSLevel.AtMostOnce;
    }
}
