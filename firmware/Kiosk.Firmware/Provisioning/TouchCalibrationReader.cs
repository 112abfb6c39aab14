using Kiosk.Firmware.Input;
using Kiosk.Protocol;
using Kiosk.Protocol.Text;

namespace Kiosk.Firmware.Provisioning;

/// <summary>
/// Reads a per-unit touch calibration file (docs/device.md, "Touch calibration file"), so a
/// technician can correct a resistive panel in the field without a new build. Same strict flat
/// JSON as the provisioning file.
/// </summary>
public static class TouchCalibrationReader
{
    public const int CurrentFormat = 1;

    private const int MaxFileBytes = 1024;
    private const long MaxRaw = 65535;

    private static readonly string[] KnownNames = new string[]
    {
        "format", "rawLeft", "rawRight", "rawTop", "rawBottom", "swapAxes"
    };

    public static TouchCalibration Read(byte[] file)
    {
        if (file == null || file.Length > MaxFileBytes)
        {
            throw new ProvisioningException("touch calibration file missing or larger than " + MaxFileBytes + " bytes");
        }

        string text;
        try
        {
            text = Utf8.Decode(file, 0, file.Length);
        }
        catch (ProtocolDecodeException)
        {
            throw new ProvisioningException("touch calibration file is not valid UTF-8");
        }

        FlatJsonObject json = FlatJsonReader.Parse(text);
        for (int i = 0; i < json.Count; i++)
        {
            if (!IsKnown(json.NameAt(i)))
            {
                throw new ProvisioningException("unknown member \"" + json.NameAt(i) + "\"");
            }
        }

        if (Raw(json, "format") != CurrentFormat)
        {
            throw new ProvisioningException("touch calibration format is not supported");
        }

        var calibration = new TouchCalibration();
        calibration.RawLeft = (int)Raw(json, "rawLeft");
        calibration.RawRight = (int)Raw(json, "rawRight");
        calibration.RawTop = (int)Raw(json, "rawTop");
        calibration.RawBottom = (int)Raw(json, "rawBottom");
        object swap = json.Find("swapAxes");
        if (!(swap is bool))
        {
            throw new ProvisioningException("swapAxes must be true or false");
        }

        calibration.SwapAxes = (bool)swap;
        if (calibration.RawLeft == calibration.RawRight || calibration.RawTop == calibration.RawBottom)
        {
            throw new ProvisioningException("each axis needs two different raw readings");
        }

        return calibration;
    }

    private static long Raw(FlatJsonObject json, string name)
    {
        object value = json.Find(name);
        if (!(value is long) || (long)value < 0 || (long)value > MaxRaw)
        {
            throw new ProvisioningException(name + " must be an integer from 0 to " + MaxRaw);
        }

        return (long)value;
    }

    private static bool IsKnown(string name)
    {
        for (int i = 0; i < KnownNames.Length; i++)
        {
            if (KnownNames[i] == name)
            {
                return true;
            }
        }

        return false;
    }
}
