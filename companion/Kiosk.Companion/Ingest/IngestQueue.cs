using System.Threading.Channels;

namespace Kiosk.Companion.Ingest;

/// <summary>
/// Between the MQTT receive loop and the ingest workers. Bounded, so a burst waits in the broker
/// (unacknowledged QoS 1) instead of in the companion's memory.
/// </summary>
public sealed class IngestQueue
{
    private readonly Channel<InboundMessage> _channel = Channel.CreateBounded<InboundMessage>(
        new BoundedChannelOptions(1024) { FullMode = BoundedChannelFullMode.Wait, SingleWriter = true });

    public ValueTask EnqueueAsync(InboundMessage message, CancellationToken cancellationToken) =>
        _channel.Writer.WriteAsync(message, cancellationToken);

    public ChannelReader<InboundMessage> Reader => _channel.Reader;
}
