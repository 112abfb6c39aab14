namespace Kiosk.Firmware.Rendering;

/// <summary>What a scene item draws.</summary>
public enum SceneItemKind
{
    Rect = 1,
    Image = 2,
    Text = 3,
    Number = 4
}
