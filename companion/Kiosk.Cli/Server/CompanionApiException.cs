namespace Kiosk.Cli.Server;

/// <summary>A failed call to the companion, with a message meant for the person at the terminal.</summary>
public sealed class CompanionApiException(string message) : Exception(message);
