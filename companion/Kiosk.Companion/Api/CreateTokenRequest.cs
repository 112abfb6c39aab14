namespace Kiosk.Companion.Api;

public sealed record CreateTokenRequest(string Name);
