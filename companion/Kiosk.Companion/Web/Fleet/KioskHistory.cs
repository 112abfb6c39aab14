using Dapper;
using Kiosk.Companion.Fleet;
using Kiosk.Companion.Storage;

namespace Kiosk.Companion.Web.Fleet;

/// <summary>
/// A kiosk's history as far as the companion keeps one: when it was provisioned, each report
/// batch it delivered, and every change staff made to its school through the web UI.
/// </summary>
public sealed class KioskHistory(CompanionDatabase database)
{
    public const int MaxEntries = 50;

    public async Task<IReadOnlyList<KioskHistoryEntry>> ReadAsync(KioskRecord kiosk, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var batches = await connection.QueryAsync<(long Sequence, long ReceivedAt, long DroppedCount, long CounterCount)>(
            $"SELECT sequence, received_at, dropped_count, counter_count FROM report_batches WHERE kiosk_id = @id ORDER BY received_at DESC, sequence DESC LIMIT {MaxEntries}",
            new { id = kiosk.Id });
        var changes = await connection.QueryAsync<(long At, string UserName, string Summary)>(
            $"SELECT at, user_name, summary FROM web_changes WHERE group_id = @groupId AND at >= @since ORDER BY at DESC LIMIT {MaxEntries}",
            new { groupId = kiosk.GroupId, since = kiosk.CreatedAt });
        var entries = batches
            .Select(b => new KioskHistoryEntry(DateTimeOffset.FromUnixTimeSeconds(b.ReceivedAt), KioskHistoryKind.ReportReceived, "", b.Sequence, b.CounterCount))
            .Concat(changes.Select(c => new KioskHistoryEntry(DateTimeOffset.FromUnixTimeSeconds(c.At), KioskHistoryKind.SchoolChange, $"{c.UserName}: {c.Summary}", 0, 0)))
            .Append(new KioskHistoryEntry(DateTimeOffset.FromUnixTimeSeconds(kiosk.CreatedAt), KioskHistoryKind.Provisioned, kiosk.GroupId, 0, 0));
        return entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Number).Take(MaxEntries).ToList();
    }
}
