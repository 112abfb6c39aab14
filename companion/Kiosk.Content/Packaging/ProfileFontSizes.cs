namespace Kiosk.Content.Packaging;

/// <summary>Em sizes in pixels per text role.</summary>
public sealed record ProfileFontSizes(int Title, int Body, int Button, int Caption);
