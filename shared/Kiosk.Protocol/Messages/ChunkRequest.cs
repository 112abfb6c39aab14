namespace Kiosk.Protocol.Messages;

/// <summary>A kiosk asks for one chunk of one part of a bundle.</summary>
public sealed class ChunkRequest
{
    public string BundleId { get; set; }

    public uint Version { get; set; }

    public BundlePart Part { get; set; }

    public uint ChunkIndex { get; set; }
}
