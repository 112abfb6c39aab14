namespace Kiosk.Companion.Provisioning;

/// <summary>A new teacher PIN, 4 to 8 digits.</summary>
public sealed record ChangePinRequest(string Pin);
