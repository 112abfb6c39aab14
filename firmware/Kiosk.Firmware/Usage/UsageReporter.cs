using Kiosk.Firmware.Platform;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Topics;

namespace Kiosk.Firmware.Usage;

/// <summary>
/// Moves sealed batches to the companion: publishes each at QoS 1 on the kiosk's report topic,
/// again on every new connection and after a quiet interval, until an acknowledgement for its
/// sequence arrives. Re-sends are byte-identical, so the companion's store by (kiosk, sequence)
/// never counts a batch twice.
/// </summary>
public sealed class UsageReporter
{
    private readonly UsageLedger _ledger;
    private readonly IMqttLink _link;
    private readonly IClock _clock;
    private readonly ReportTiming _timing;
    private readonly string _topic;
    private long _nextCutAt;
    private long _nextResendAt;

    public UsageReporter(UsageLedger ledger, IMqttLink link, IClock clock, string kioskId, ReportTiming timing)
    {
        _ledger = ledger;
        _link = link;
        _clock = clock;
        _timing = timing == null ? new ReportTiming() : timing;
        _topic = TopicName.Report(kioskId);
        _nextCutAt = clock.UptimeMilliseconds + _timing.BatchIntervalMilliseconds;
    }

    /// <summary>A new connection starts clean: everything unacknowledged goes out again.</summary>
    public void OnConnected()
    {
        SendPending();
    }

    public void OnAck(ReportAck ack)
    {
        // Accepted or rejected for good: either way the companion is done with this sequence.
        _ledger.Acknowledge(ack.Sequence);
    }

    public void Tick()
    {
        // Resend before cutting, so a batch cut in this turn goes out once, not twice.
        long now = _clock.UptimeMilliseconds;
        if (now >= _nextResendAt && _ledger.PendingCount > 0)
        {
            SendPending();
        }

        if (now >= _nextCutAt)
        {
            _nextCutAt = now + _timing.BatchIntervalMilliseconds;
            CutAndSend();
        }
    }

    /// <summary>Seals whatever is open now and sends it (teacher's "send now", shutdown, tests).</summary>
    public void CutAndSend()
    {
        UsageReport report = _ledger.CutBatch();
        if (report != null && _link.IsConnected)
        {
            // The resend interval counts from the last send, so the new batch gets its full wait.
            _nextResendAt = _clock.UptimeMilliseconds + _timing.ResendIntervalMilliseconds;
            Publish(report.Sequence);
        }
    }

    private void SendPending()
    {
        _nextResendAt = _clock.UptimeMilliseconds + _timing.ResendIntervalMilliseconds;
        if (!_link.IsConnected)
        {
            return;
        }

        ulong[] sequences = _ledger.PendingSequences();
        for (int i = 0; i < sequences.Length; i++)
        {
            if (!Publish(sequences[i]))
            {
                return;
            }
        }
    }

    private bool Publish(ulong sequence)
    {
        byte[] payload = _ledger.ReadBatch(sequence);
        return payload == null || _link.Publish(_topic, payload, MqttQos.AtLeastOnce, false);
    }
}
