namespace Kiosk.Companion.Api;

/// <summary>A new token; <see cref="Token"/> is not stored and cannot be shown again.</summary>
public sealed record CreatedToken(string Id, string Name, string Token);
