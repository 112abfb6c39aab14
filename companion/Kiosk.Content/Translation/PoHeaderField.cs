namespace Kiosk.Content;

/// <summary>One "Name: value" line of a PO header.</summary>
public sealed record PoHeaderField(string Name, string Value);
