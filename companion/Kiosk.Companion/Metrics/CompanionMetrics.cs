using System.Diagnostics.Metrics;

namespace Kiosk.Companion.Metrics;

/// <summary>
/// The companion's instruments, exported at /metrics by the Prometheus exporter
/// (dots become underscores there: kiosk_reports_ingested_total, ...).
/// </summary>
public sealed class CompanionMetrics
{
    public const string MeterName = "Kiosk.Companion";

    private readonly Counter<long> _reportsIngested;
    private readonly Counter<long> _reportsDuplicate;
    private readonly Counter<long> _messagesRejected;
    private readonly Counter<long> _staleWills;
    private readonly Histogram<double> _ingestDuration;
    private long _kiosksOnline;

    public CompanionMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _reportsIngested = meter.CreateCounter<long>("kiosk.reports.ingested", description: "Report batches stored and acknowledged.");
        _reportsDuplicate = meter.CreateCounter<long>("kiosk.reports.duplicates", description: "Report batches received again and acknowledged again without storing.");
        _messagesRejected = meter.CreateCounter<long>("kiosk.messages.rejected", description: "Messages dropped by the broker's ACL or refused by the ingest, by reason.");
        _staleWills = meter.CreateCounter<long>("kiosk.status.stale_wills", description: "Offline statuses ignored because a newer connection is online.");
        _ingestDuration = meter.CreateHistogram<double>("kiosk.ingest.duration", unit: "s", description: "Time from a report's arrival to its acknowledgement.");
        meter.CreateObservableGauge("kiosk.kiosks.online", () => Interlocked.Read(ref _kiosksOnline), description: "Kiosks whose latest status is Online.");
    }

    public void ReportIngested(double seconds)
    {
        _reportsIngested.Add(1);
        _ingestDuration.Record(seconds);
    }

    public void ReportDuplicate(double seconds)
    {
        _reportsDuplicate.Add(1);
        _ingestDuration.Record(seconds);
    }

    public void MessageRejected(string reason, string topicKind) =>
        _messagesRejected.Add(1, new KeyValuePair<string, object?>("reason", reason), new KeyValuePair<string, object?>("topic", topicKind));

    public void StaleWillIgnored() => _staleWills.Add(1);

    public void SetKiosksOnline(long count) => Interlocked.Exchange(ref _kiosksOnline, count);
}
