namespace Kiosk.Protocol.Messages;

/// <summary>Where a kiosk is in fetching the bundles its catalog asks for.</summary>
public enum SyncState
{
    Idle = 0,
    Downloading = 1,
    Verifying = 2,
    Failed = 3
}
