using System.Threading.Channels;
using Kiosk.Protocol.Topics;
using Microsoft.Extensions.Options;

namespace Kiosk.Companion.Ingest;

/// <summary>
/// Between the MQTT receive loop and the handlers: reports go to the report writer, everything
/// else to the status workers, so a flood of reports never delays a status. Enqueueing never
/// waits: the receive loop must keep moving, and a report that finds its queue full is better
/// dropped (the kiosk resends anything unacknowledged) than left blocking the connection.
/// </summary>
public sealed class IngestQueue(IOptions<IngestOptions> options)
{
    private readonly Channel<InboundMessage> _reports = Channel.CreateBounded<InboundMessage>(
        new BoundedChannelOptions(Math.Max(1, options.Value.ReportQueueCapacity)) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    private readonly Channel<InboundMessage> _others = Channel.CreateBounded<InboundMessage>(
        new BoundedChannelOptions(Math.Max(1, options.Value.StatusQueueCapacity)) { FullMode = BoundedChannelFullMode.Wait });

    public ChannelReader<InboundMessage> Reports => _reports.Reader;

    /// <summary>Statuses and anything on an unexpected topic.</summary>
    public ChannelReader<InboundMessage> Others => _others.Reader;

    /// <summary>False when the message's queue is full; the caller counts the drop.</summary>
    public bool TryEnqueue(InboundMessage message) =>
        TopicName.TryParse(message.Topic, out var topic) && topic.Kind == TopicKind.Report
            ? _reports.Writer.TryWrite(message)
            : _others.Writer.TryWrite(message);
}
