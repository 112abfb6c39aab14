namespace Kiosk.Protocol.Bundles;

/// <summary>A named region of a bundle's data (pages of a lesson, the glyph atlas, ...).</summary>
public sealed class BundleSection
{
    public string Name;

    /// <summary>Offset from the start of the data region.</summary>
    public int Offset;

    public int Length;
}
