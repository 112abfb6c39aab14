using Kiosk.Companion.Ingest;
using Kiosk.Companion.Metrics;
using Kiosk.Protocol;
using Kiosk.Protocol.Messages;

namespace Kiosk.Companion.Fleet;

/// <summary>
/// Applies retained statuses and Last Wills. An Offline whose connection epoch is lower than the
/// latest Online's is a late Will from a connection the kiosk has already replaced: ignored.
/// </summary>
public sealed class StatusIngest(
    KioskRegistry registry,
    RejectLedger rejects,
    CompanionMetrics metrics,
    TimeProvider clock,
    ILogger<StatusIngest> logger)
{
    private const string TopicKind = "status";

    public async Task HandleAsync(string kioskId, byte[]? payload, CancellationToken cancellationToken)
    {
        if (payload is { Length: 0 })
        {
            // An empty retained message is how a topic is cleared (kiosk deleted); nothing to apply.
            return;
        }
        if (payload is null || payload.Length > KioskStatusCodec.MaxEncodedSize)
        {
            rejects.Record(RejectReason.TooLarge, TopicKind, kioskId);
            return;
        }

        KioskStatus status;
        try
        {
            status = KioskStatusCodec.Decode(payload, 0, payload.Length);
        }
        catch (ProtocolDecodeException error)
        {
            rejects.Record(RejectReasons.FromDecodeError(error.Error), TopicKind, kioskId);
            return;
        }
        if (status.ConnectionEpoch > long.MaxValue)
        {
            rejects.Record(RejectReason.InvalidValue, TopicKind, kioskId);
            return;
        }

        var now = clock.GetUtcNow();
        var applied = status.State == KioskState.Online
            ? await registry.ApplyOnlineAsync(kioskId, status, now, cancellationToken)
            : await registry.ApplyOfflineAsync(kioskId, status.ConnectionEpoch, now, cancellationToken);
        if (!applied)
        {
            if (await registry.FindAsync(kioskId, cancellationToken) is null)
            {
                rejects.Record(RejectReason.UnknownKiosk, TopicKind, kioskId);
                return;
            }
            if (status.State == KioskState.Offline)
            {
                metrics.StaleWillIgnored();
            }
            logger.LogInformation("Ignored {State} of {KioskId} from connection epoch {Epoch}: a newer connection is recorded",
                status.State, kioskId, status.ConnectionEpoch);
            return;
        }

        logger.LogInformation("Kiosk {KioskId} is {State} (epoch {Epoch}, boot {BootCount})", kioskId, status.State, status.ConnectionEpoch, status.BootCount);
        metrics.SetKiosksOnline(await registry.CountOnlineAsync(cancellationToken));
    }
}
