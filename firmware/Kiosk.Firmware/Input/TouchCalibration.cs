namespace Kiosk.Firmware.Input;

/// <summary>
/// Where a touch controller's raw readings meet the edges of the panel, in the panel's native
/// orientation: the raw X reading at the panel's left edge (column 0) and at its right edge
/// (last column), likewise for Y with top and bottom rows. A reversed pair (left reading larger
/// than right) describes an axis wired backwards. <see cref="SwapAxes"/> says the controller's
/// X follows the panel's rows instead of its columns, as on many resistive overlays.
/// Capacitive controllers that already report native pixels use 0 and size-1.
/// </summary>
public sealed class TouchCalibration
{
    public int RawLeft;

    public int RawRight;

    public int RawTop;

    public int RawBottom;

    public bool SwapAxes;
}
