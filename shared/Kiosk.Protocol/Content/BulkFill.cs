using System;

namespace Kiosk.Protocol.Content;

/// <summary>
/// Fills pixels with one colour using native copies: one pixel is written, then the filled part
/// is copied onto the rest, doubling each time, so a 300-pixel run costs nine Array.Copy calls
/// instead of 300 interpreted stores.
/// </summary>
public static class BulkFill
{
    public static void Fill(ushort[] target, int start, int count, ushort colour)
    {
        if (count <= 0)
        {
            return;
        }

        target[start] = colour;
        int filled = 1;
        while (filled < count)
        {
            int step = filled < count - filled ? filled : count - filled;
            Array.Copy(target, start, target, start + filled, step);
            filled += step;
        }
    }
}
