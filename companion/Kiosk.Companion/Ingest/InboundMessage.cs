namespace Kiosk.Companion.Ingest;

/// <summary>
/// A message the companion's MQTT connection received. <paramref name="Payload"/> is null when it
/// was larger than any kiosk message may be (it is not copied). <paramref name="ReceivedAt"/> is a
/// <see cref="System.Diagnostics.Stopwatch"/> timestamp, for the arrival-to-ack metric.
/// </summary>
public sealed record InboundMessage(string Topic, byte[]? Payload, long ReceivedAt);
