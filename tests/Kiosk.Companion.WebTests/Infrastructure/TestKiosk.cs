using System.Buffers;
using System.Collections.Concurrent;
using Kiosk.Companion.Provisioning;
using Kiosk.Protocol.Cose;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Topics;
using MQTTnet;
using MQTTnet.Protocol;

namespace Kiosk.Companion.WebTests.Infrastructure;

/// <summary>
/// A kiosk on a real MQTTnet client with the credentials from its provisioning file: publishes
/// status and reports, and keeps every config it receives whose signature checks out against the
/// program key in the file, as a real kiosk would.
/// </summary>
public sealed class TestKiosk : IAsyncDisposable
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly ProvisioningFile _file;
    private ulong _sequence;

    public TestKiosk(ProvisioningFile file)
    {
        _file = file;
        _client.ApplicationMessageReceivedAsync += e =>
        {
            if (e.ApplicationMessage.Topic == TopicName.Config(Id))
            {
                var payload = e.ApplicationMessage.Payload.ToArray();
                if (payload.Length > 0)
                {
                    var signed = CoseSign1Codec.Decode(payload, 0, payload.Length);
                    if (CoseSign1Verifier.Verify(signed, Convert.FromBase64String(_file.ProgramPublicKey)))
                    {
                        Configs.Enqueue(KioskConfigCodec.Decode(signed.Payload, 0, signed.Payload.Length));
                    }
                }
            }
            return Task.CompletedTask;
        };
    }

    public string Id => _file.KioskId;

    /// <summary>Configs received with a valid program signature, in order of arrival.</summary>
    public ConcurrentQueue<KioskConfig> Configs { get; } = new();

    public KioskConfig? LatestConfig => Configs.LastOrDefault();

    public async Task ConnectAsync()
    {
        await _client.ConnectAsync(new MqttClientOptionsBuilder()
            .WithTcpServer(_file.CompanionHost, _file.CompanionPort)
            .WithClientId(_file.KioskId)
            .WithCredentials(_file.MqttUsername, _file.MqttPassword)
            .WithCleanSession(true)
            .WithTimeout(TimeSpan.FromSeconds(5))
            .WithWillTopic(TopicName.Status(Id))
            .WithWillPayload(KioskStatusCodec.Encode(new KioskStatus { State = KioskState.Offline, ConnectionEpoch = 1, BootCount = 1 }))
            .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithWillRetain(true)
            .Build());
        await _client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(f => f.WithTopic(TopicName.Config(Id)).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce))
            .Build());
    }

    /// <summary>Reports Online with the given config serial applied, as a kiosk does after boot or a config change.</summary>
    public Task PublishOnlineAsync(ulong appliedConfigSerial = 1, string[]? modules = null) =>
        PublishAsync(TopicName.Status(Id), KioskStatusCodec.Encode(new KioskStatus
        {
            State = KioskState.Online,
            BootCount = 1,
            ConnectionEpoch = 1,
            FirmwareVersion = "1.4.2",
            BoardProfileId = "esp32-480x320",
            InstalledBundles = [new InstalledBundle { BundleId = "core-th", Version = 7, Language = "th", ProfileId = "esp32-480x320" }],
            FreeStorageBytes = 2_400_000,
            EnabledModuleIds = modules ?? [],
            DefaultLanguage = "th",
            ConfigSerial = appliedConfigSerial,
        }), retain: true);

    public Task PublishStatusAsync(KioskStatus status) => PublishAsync(TopicName.Status(Id), KioskStatusCodec.Encode(status), retain: true);

    public Task PublishReportAsync(params UsageCounter[] counters) =>
        PublishAsync(TopicName.Report(Id), UsageReportCodec.Encode(new UsageReport
        {
            Sequence = ++_sequence,
            HelpTruthPercent = 75,
            Counters = counters,
        }), retain: false);

    /// <summary>Waits for a config that satisfies the condition; null if none came in time.</summary>
    public async Task<KioskConfig?> WaitForConfigAsync(Func<KioskConfig, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            var match = Configs.LastOrDefault(condition);
            if (match is not null)
            {
                return match;
            }
            await Task.Delay(50);
        }
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync();
        }
        _client.Dispose();
    }

    private Task PublishAsync(string topic, byte[] payload, bool retain) =>
        _client.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithRetainFlag(retain)
            .Build());
}
