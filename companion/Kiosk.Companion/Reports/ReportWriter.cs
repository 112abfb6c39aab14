using Kiosk.Companion.Ingest;
using Microsoft.Extensions.Options;

namespace Kiosk.Companion.Reports;

/// <summary>
/// The single writer of reports: waits for the first queued report, takes every other one
/// already waiting (up to Ingest:MaxReportsPerCommit) and hands them to <see cref="ReportIngest"/>
/// as one group commit. Under light load a commit holds one report and nothing waits for company;
/// under heavy load the batches grow by themselves, so the cost of a commit is shared.
/// </summary>
public sealed class ReportWriter(IngestQueue queue, ReportIngest ingest, IOptions<IngestOptions> options, ILogger<ReportWriter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var max = Math.Max(1, options.Value.MaxReportsPerCommit);
        var acks = Task.CompletedTask;
        try
        {
            while (await queue.Reports.WaitToReadAsync(stoppingToken))
            {
                var batch = new List<InboundMessage>(Math.Min(max, queue.Reports.Count));
                while (batch.Count < max && queue.Reports.TryRead(out var message))
                {
                    batch.Add(message);
                }
                var next = await WriteAsync(batch, stoppingToken);
                // At most one batch of acks in flight behind the commits.
                await AwaitAcksAsync(acks);
                acks = next;
            }
        }
        catch (OperationCanceledException)
        {
        }
        await AwaitAcksAsync(acks);
    }

    /// <summary>Commits the batch; returns the task of its acks.</summary>
    private async Task<Task> WriteAsync(List<InboundMessage> batch, CancellationToken stoppingToken)
    {
        try
        {
            return await ingest.HandleAsync(batch, stoppingToken);
        }
        catch (Exception error) when (error is not OperationCanceledException && batch.Count > 1)
        {
            // One report the database refuses must not sink the others with it, commit after
            // commit as their kiosks resend: store them one by one.
            logger.LogWarning(error, "A group commit of {Count} reports failed; storing them one at a time", batch.Count);
            var acks = new List<Task>(batch.Count);
            foreach (var message in batch)
            {
                acks.Add(await WriteAsync([message], stoppingToken));
            }
            return Task.WhenAll(acks);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Unacknowledged: the kiosk sends the report again later.
            logger.LogError(error, "Could not store a report from {Topic}; it stays unacknowledged", batch[0].Topic);
            return Task.CompletedTask;
        }
    }

    private async Task AwaitAcksAsync(Task acks)
    {
        try
        {
            await acks;
        }
        catch (Exception error)
        {
            // Stored but not acknowledged: the kiosks resend, and the duplicates are acked then.
            logger.LogWarning(error, "Could not publish every ack of a group commit; the kiosks will resend those reports");
        }
    }
}
