namespace Kiosk.Companion.Mqtt;

/// <summary>The broker did not take a change to a kiosk account; the message says what it answered.</summary>
public sealed class BrokerAccountException(string message, Exception? inner = null) : Exception(message, inner);
