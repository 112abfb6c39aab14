using Kiosk.Firmware.Input;

namespace Kiosk.Firmware.Esp32.Boards;

/// <summary>
/// One supported board as the device sees it: the same facts as hardware/boards/&lt;Id&gt;.json,
/// which stays the reference (the device has no JSON reader for it). Plain data.
/// </summary>
public sealed class BoardProfile
{
    public string Id;

    /// <summary>The nanoFramework firmware image name (<c>SystemInfo.TargetName</c>) this board runs.</summary>
    public string FirmwareTarget;

    /// <summary>"320x240" or "480x320": which content bundles the board asks for.</summary>
    public string DisplayProfileId;

    public DisplayKind Display;

    public int NativeWidth;

    public int NativeHeight;

    public ScreenRotation Rotation;

    public int DisplaySpiBus;

    public int DisplaySck;

    public int DisplayMosi;

    public int DisplayMiso;

    public int DisplayChipSelect;

    public int DisplayDataCommand;

    /// <summary>-1 when the reset line is not on a GPIO.</summary>
    public int DisplayReset;

    /// <summary>-1 when the backlight is not on a GPIO.</summary>
    public int DisplayBacklight;

    public TouchKind Touch;

    public int TouchBus;

    /// <summary>I2C data or SPI MOSI.</summary>
    public int TouchData;

    /// <summary>I2C clock or SPI clock.</summary>
    public int TouchClock;

    /// <summary>SPI MISO; -1 on I2C.</summary>
    public int TouchMiso;

    /// <summary>SPI chip select; -1 on I2C.</summary>
    public int TouchChipSelect;

    /// <summary>Pen-down (XPT2046) or interrupt (FT6336) line.</summary>
    public int TouchInterrupt;

    public TouchCalibration Calibration;

    public bool HasPsram;

    /// <summary>False when no SD card can be used on this board.</summary>
    public bool HasSdCard;

    public int SdSpiBus;

    public int SdSck;

    public int SdMosi;

    public int SdMiso;

    public int SdChipSelect;

    public int ScreenWidth
    {
        get { return IsQuarterTurn ? NativeHeight : NativeWidth; }
    }

    public int ScreenHeight
    {
        get { return IsQuarterTurn ? NativeWidth : NativeHeight; }
    }

    private bool IsQuarterTurn
    {
        get { return Rotation == ScreenRotation.Clockwise90 || Rotation == ScreenRotation.Clockwise270; }
    }
}
