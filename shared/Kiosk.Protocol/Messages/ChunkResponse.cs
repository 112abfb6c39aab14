namespace Kiosk.Protocol.Messages;

/// <summary>The companion's answer to a <see cref="ChunkRequest"/>, echoing its identifiers.</summary>
public sealed class ChunkResponse
{
    public string BundleId { get; set; }

    public uint Version { get; set; }

    public BundlePart Part { get; set; }

    public uint ChunkIndex { get; set; }

    public ChunkStatus Status { get; set; }

    /// <summary>How many chunks the part has; set when <see cref="Status"/> is Ok.</summary>
    public uint ChunkCount { get; set; }

    /// <summary>The chunk's bytes when Ok (at most 16 KiB), null otherwise.</summary>
    public byte[] Data { get; set; }
}
