using System;

namespace Kiosk.Firmware.Screens;

/// <summary>
/// The touchable areas of the screen on show, in the order they were added (the first that
/// contains a point wins). Each has a hit box, which is never smaller than the profile's minimum
/// touch target, and the drawn box it redraws when pressed. Preallocated; refilled per screen.
/// </summary>
public sealed class TouchTargets
{
    public const int Capacity = 32;

    private readonly int[] _hitX = new int[Capacity];
    private readonly int[] _hitY = new int[Capacity];
    private readonly int[] _hitWidth = new int[Capacity];
    private readonly int[] _hitHeight = new int[Capacity];
    private readonly int[] _drawX = new int[Capacity];
    private readonly int[] _drawY = new int[Capacity];
    private readonly int[] _drawWidth = new int[Capacity];
    private readonly int[] _drawHeight = new int[Capacity];
    private readonly TargetAction[] _action = new TargetAction[Capacity];
    private readonly int[] _argument = new int[Capacity];

    public int Count { get; private set; }

    public void Clear()
    {
        Count = 0;
    }

    /// <summary>
    /// Adds a target drawn at the given box whose hit box grows around it, centred and kept on
    /// the screen, to at least <paramref name="minSide"/> on each side.
    /// </summary>
    public void Add(TargetAction action, int argument, int x, int y, int width, int height, int minSide, int screenWidth, int screenHeight)
    {
        if (Count == Capacity)
        {
            throw new InvalidOperationException("Too many touch targets.");
        }

        int i = Count++;
        _action[i] = action;
        _argument[i] = argument;
        _drawX[i] = x;
        _drawY[i] = y;
        _drawWidth[i] = width;
        _drawHeight[i] = height;
        Grow(x, width, minSide, screenWidth, out _hitX[i], out _hitWidth[i]);
        Grow(y, height, minSide, screenHeight, out _hitY[i], out _hitHeight[i]);
    }

    /// <summary>Widens the hit box of the target added last (the attract screen's "touch anywhere").</summary>
    public void SetLastHit(int x, int y, int width, int height)
    {
        int i = Count - 1;
        _hitX[i] = x;
        _hitY[i] = y;
        _hitWidth[i] = width;
        _hitHeight[i] = height;
    }

    /// <summary>Changes what the target added last does.</summary>
    public void SetLastAction(TargetAction action)
    {
        _action[Count - 1] = action;
    }

    /// <summary>The first target whose hit box holds the point, or -1.</summary>
    public int Find(int x, int y)
    {
        for (int i = 0; i < Count; i++)
        {
            if (x >= _hitX[i] && x < _hitX[i] + _hitWidth[i] && y >= _hitY[i] && y < _hitY[i] + _hitHeight[i])
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first target with this action (and argument, unless it is -1), or -1.</summary>
    public int IndexOf(TargetAction action, int argument)
    {
        for (int i = 0; i < Count; i++)
        {
            if (_action[i] == action && (argument < 0 || _argument[i] == argument))
            {
                return i;
            }
        }

        return -1;
    }

    public TargetAction Action(int i) => _action[i];

    public int Argument(int i) => _argument[i];

    public int HitX(int i) => _hitX[i];

    public int HitY(int i) => _hitY[i];

    public int HitWidth(int i) => _hitWidth[i];

    public int HitHeight(int i) => _hitHeight[i];

    public int DrawX(int i) => _drawX[i];

    public int DrawY(int i) => _drawY[i];

    public int DrawWidth(int i) => _drawWidth[i];

    public int DrawHeight(int i) => _drawHeight[i];

    /// <summary>The middle of the hit box, where a visitor's finger lands.</summary>
    public int CentreX(int i) => _hitX[i] + (_hitWidth[i] / 2);

    public int CentreY(int i) => _hitY[i] + (_hitHeight[i] / 2);

    private static void Grow(int start, int length, int minSide, int limit, out int hitStart, out int hitLength)
    {
        hitStart = start;
        hitLength = length;
        if (length >= minSide)
        {
            return;
        }

        hitLength = minSide < limit ? minSide : limit;
        hitStart = start - ((hitLength - length) / 2);
        if (hitStart < 0)
        {
            hitStart = 0;
        }

        if (hitStart + hitLength > limit)
        {
            hitStart = limit - hitLength;
        }
    }
}
