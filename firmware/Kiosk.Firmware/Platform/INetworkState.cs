namespace Kiosk.Firmware.Platform;

/// <summary>Whether the board has a network (Wi-Fi associated, address obtained) at all.</summary>
public interface INetworkState
{
    bool IsAvailable { get; }
}
