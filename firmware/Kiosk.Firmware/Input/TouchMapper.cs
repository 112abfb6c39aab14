using System;
using Kiosk.Firmware.Platform;

namespace Kiosk.Firmware.Input;

/// <summary>
/// Turns raw touch controller readings into screen pixels: calibration to the panel's native
/// pixels first, then the same rotation the display uses, so a touch lands on what is drawn under
/// the finger whatever way the board is mounted. Readings beyond the calibrated edges clamp to
/// the edge, because resistive overlays read a little past the visible area.
/// </summary>
public sealed class TouchMapper
{
    private readonly TouchCalibration _calibration;
    private readonly int _nativeWidth;
    private readonly int _nativeHeight;
    private readonly ScreenRotation _rotation;

    /// <param name="nativeWidth">Panel columns in its native scan order (240 for an ILI9341).</param>
    /// <param name="nativeHeight">Panel rows in its native scan order (320 for an ILI9341).</param>
    public TouchMapper(TouchCalibration calibration, int nativeWidth, int nativeHeight, ScreenRotation rotation)
    {
        if (calibration == null)
        {
            throw new ArgumentNullException("calibration");
        }

        if (nativeWidth < 2 || nativeHeight < 2)
        {
            throw new ArgumentOutOfRangeException("nativeWidth");
        }

        if (calibration.RawLeft == calibration.RawRight || calibration.RawTop == calibration.RawBottom)
        {
            throw new ArgumentException("A calibrated axis needs two different raw readings at its edges.", "calibration");
        }

        _calibration = calibration;
        _nativeWidth = nativeWidth;
        _nativeHeight = nativeHeight;
        _rotation = rotation;
    }

    /// <summary>Screen width after rotation.</summary>
    public int ScreenWidth
    {
        get { return IsQuarterTurn ? _nativeHeight : _nativeWidth; }
    }

    /// <summary>Screen height after rotation.</summary>
    public int ScreenHeight
    {
        get { return IsQuarterTurn ? _nativeWidth : _nativeHeight; }
    }

    private bool IsQuarterTurn
    {
        get { return _rotation == ScreenRotation.Clockwise90 || _rotation == ScreenRotation.Clockwise270; }
    }

    /// <summary>Writes the screen position of the raw reading into <paramref name="sample"/> (X and Y only).</summary>
    public void Map(int rawX, int rawY, TouchSample sample)
    {
        int alongColumns = _calibration.SwapAxes ? rawY : rawX;
        int alongRows = _calibration.SwapAxes ? rawX : rawY;
        int column = Scale(alongColumns, _calibration.RawLeft, _calibration.RawRight, _nativeWidth);
        int row = Scale(alongRows, _calibration.RawTop, _calibration.RawBottom, _nativeHeight);

        switch (_rotation)
        {
            case ScreenRotation.Clockwise90:
                sample.X = _nativeHeight - 1 - row;
                sample.Y = column;
                break;
            case ScreenRotation.Clockwise180:
                sample.X = _nativeWidth - 1 - column;
                sample.Y = _nativeHeight - 1 - row;
                break;
            case ScreenRotation.Clockwise270:
                sample.X = row;
                sample.Y = _nativeWidth - 1 - column;
                break;
            default:
                sample.X = column;
                sample.Y = row;
                break;
        }
    }

    private static int Scale(int raw, int rawAtFirst, int rawAtLast, int size)
    {
        // Rounded to the nearest pixel; the sign of the span takes care of reversed axes.
        int span = rawAtLast - rawAtFirst;
        int scaled = (int)(((long)(raw - rawAtFirst) * (size - 1) * 2 + span) / (2L * span));
        if (((long)(raw - rawAtFirst) * span) < 0)
        {
            return 0;
        }

        return scaled > size - 1 ? size - 1 : scaled;
    }
}
