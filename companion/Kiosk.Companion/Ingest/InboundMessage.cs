namespace Kiosk.Companion.Ingest;

/// <summary>
/// A message the companion's MQTT connection received. <paramref name="Payload"/> is null when it
/// was larger than any kiosk message may be (it is not copied). <paramref name="AcknowledgeAsync"/>
/// sends the MQTT PUBACK; it is called only after the message has been handled, so a crash before
/// that leaves the message to the broker's redelivery or the kiosk's resend.
/// </summary>
public sealed record InboundMessage(string Topic, byte[]? Payload, Func<CancellationToken, Task> AcknowledgeAsync);
