namespace Kiosk.Companion.Content;

/// <summary>A bundle that is not accepted: bad frame, bad signature, bad manifest or a chunk that does not match its hash.</summary>
public sealed class BundleImportException(string message) : Exception(message);
