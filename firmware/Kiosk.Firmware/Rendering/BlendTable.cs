namespace Kiosk.Firmware.Rendering;

/// <summary>
/// The 16 colours between a background and a foreground (BGR565) for the atlas's 4-bit coverage
/// levels, mixed per channel at 8 bits. Built once per colour pair, then coverage to colour is a
/// single array lookup.
/// </summary>
public sealed class BlendTable
{
    public const int Levels = 16;

    private readonly ushort[] _colours = new ushort[Levels];
    private int _foreground = -1;
    private int _background = -1;

    public ushort[] Colours
    {
        get { return _colours; }
    }

    /// <summary>Fills the table for a colour pair; does nothing when it already holds that pair.</summary>
    public void Prepare(int foreground, int background)
    {
        if (foreground == _foreground && background == _background)
        {
            return;
        }

        _foreground = foreground;
        _background = background;
        for (int level = 0; level < Levels; level++)
        {
            _colours[level] = Mix(foreground, background, level);
        }
    }

    /// <summary>background × (15 − level)/15 + foreground × level/15, per channel, rounded.</summary>
    public static ushort Mix(int foreground, int background, int level)
    {
        int high = MixChannel((foreground >> 11) & 0x1F, (background >> 11) & 0x1F, 5, level);
        int middle = MixChannel((foreground >> 5) & 0x3F, (background >> 5) & 0x3F, 6, level);
        int low = MixChannel(foreground & 0x1F, background & 0x1F, 5, level);
        return (ushort)((high << 11) | (middle << 5) | low);
    }

    private static int MixChannel(int foreground, int background, int bits, int level)
    {
        int max = (1 << bits) - 1;
        int f = Expand(foreground, bits);
        int b = Expand(background, bits);
        int mixed = ((f * level) + (b * (15 - level)) + 7) / 15;
        return ((mixed * max) + 127) / 255;
    }

    private static int Expand(int value, int bits)
    {
        return bits == 5 ? (value << 3) | (value >> 2) : (value << 2) | (value >> 4);
    }
}
