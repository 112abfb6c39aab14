namespace Kiosk.Protocol.Messages;

/// <summary>The companion's answer to a chunk request. Busy means: ask again later, nothing is wrong.</summary>
public enum ChunkStatus
{
    Ok = 0,
    NotFound = 1,
    OutOfRange = 2,
    Busy = 3
}
