namespace Kiosk.Protocol.Messages;

/// <summary>Progress of the kiosk's current (or last failed) bundle transfer.</summary>
public sealed class SyncStatus
{
    public SyncState State { get; set; }

    /// <summary>The bundle being fetched; null when idle.</summary>
    public string BundleId { get; set; }

    public uint BundleVersion { get; set; }

    /// <summary>Chunks received and verified so far; a resumed transfer starts from here.</summary>
    public uint ChunksDone { get; set; }

    public uint ChunksTotal { get; set; }

    public SyncFailureReason FailureReason { get; set; }

    /// <summary>A short technical note for staff; null unless failed. Never shown to children.</summary>
    public string FailureText { get; set; }
}
