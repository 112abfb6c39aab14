using System.Collections.Concurrent;
using Kiosk.Firmware.Platform;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Topics;
using Kiosk.Simulator.Mqtt;

namespace Kiosk.Firmware.Tests.Fixtures;

/// <summary>
/// The companion's report intake, reduced to its contract: store each batch once by (kiosk,
/// sequence), and acknowledge only after storing (again for a duplicate, whose first ack may
/// have been lost).
/// </summary>
public sealed class CompanionStandIn : IAsyncDisposable
{
    private readonly MqttNetLink _link;
    private int _duplicates;

    public CompanionStandIn(int port)
    {
        _link = new MqttNetLink(new MqttNetLinkOptions
        {
            Host = "127.0.0.1",
            Port = port,
            ClientId = "companion-stand-in",
            WillTopic = "companion/status",
            LastWill = () => [0],
            ReconnectDelay = TimeSpan.FromMilliseconds(20),
            ConnectTimeout = TimeSpan.FromSeconds(2),
            SubscribeTimeout = TimeSpan.FromSeconds(2),
        });
        _link.ConnectionChanged += connected =>
        {
            if (connected)
            {
                _link.Subscribe(TopicName.Prefix + "+/report");
            }
        };
        _link.MessageReceived += OnReport;
    }

    public ConcurrentDictionary<(string Kiosk, ulong Sequence), UsageReport> Stored { get; } = new();

    public int Duplicates => _duplicates;

    public void Start() => _link.Start();

    public ValueTask DisposeAsync() => _link.DisposeAsync();

    private void OnReport(string topic, byte[] payload)
    {
        if (!TopicName.TryParse(topic, out var parsed) || parsed.Kind != TopicKind.Report)
        {
            return;
        }
        var report = UsageReportCodec.Decode(payload, 0, payload.Length);
        if (!Stored.TryAdd((parsed.KioskId, report.Sequence), report))
        {
            Interlocked.Increment(ref _duplicates);
        }
        var ack = new ReportAck { Sequence = report.Sequence, Status = ReportAckStatus.Accepted };
        _link.Publish(TopicName.Ack(parsed.KioskId), ReportAckCodec.Encode(ack), MqttQos.AtLeastOnce, false);
    }
}
