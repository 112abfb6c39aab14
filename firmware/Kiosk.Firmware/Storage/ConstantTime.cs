namespace Kiosk.Firmware.Storage;

/// <summary>Byte comparison whose time does not depend on where the first difference is.</summary>
public static class ConstantTime
{
    public static bool Equal(byte[] a, int aOffset, byte[] b, int bOffset, int count)
    {
        int difference = 0;
        for (int i = 0; i < count; i++)
        {
            difference |= a[aOffset + i] ^ b[bOffset + i];
        }

        return difference == 0;
    }
}
