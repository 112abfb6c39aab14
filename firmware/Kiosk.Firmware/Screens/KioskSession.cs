using System;

namespace Kiosk.Firmware.Screens;

/// <summary>
/// Everything one visitor's session has chosen and done. The object lives as long as the UI and
/// <see cref="Reset"/> wipes it, so a session that ends on idle leaves nothing behind for the
/// next child: no language, role, lesson, answers or typed PIN digits.
/// </summary>
public sealed class KioskSession
{
    public const int MaxPinDigits = 8;
    public const int MaxModules = 64;

    /// <summary>Index into the installed languages; -1 before one is chosen.</summary>
    public int Language;

    /// <summary>Audience value (0 child, 1 parent, 2 teacher as learner); -1 before the choice.</summary>
    public int Audience;

    /// <summary>Age band value (0 none, 1-3 the child bands).</summary>
    public int AgeBand;

    /// <summary>Indexes of the modules offered to this visitor, in menu order.</summary>
    public readonly int[] Offered = new int[MaxModules];

    public int OfferedCount;

    /// <summary>The page of a paged list (languages, modules, teacher pages).</summary>
    public int ListPage;

    /// <summary>Index into the bundle's modules; -1 outside a lesson.</summary>
    public int Module;

    public int Page;

    public int Question;

    /// <summary>The answer touched last, whose feedback is on show.</summary>
    public int Choice;

    /// <summary>Questions answered right at the first try, and which questions were tried.</summary>
    public int Score;

    public int TriedMask;

    /// <summary>Where "back" on the help screen returns to.</summary>
    public ScreenKind HelpReturn;

    /// <summary>The help page on show, counted from the bundle's first help page.</summary>
    public int HelpPage;

    public readonly char[] Pin = new char[MaxPinDigits];

    public int PinLength;

    /// <summary>Outcome of the last PIN check (a <see cref="Teacher.PinCheckResult"/> value), -1 for none.</summary>
    public int PinOutcome;

    public KioskSession()
    {
        Reset();
    }

    public void Reset()
    {
        Language = -1;
        Audience = -1;
        AgeBand = 0;
        Array.Clear(Offered, 0, Offered.Length);
        OfferedCount = 0;
        ListPage = 0;
        Module = -1;
        Page = 0;
        Question = 0;
        Choice = -1;
        Score = 0;
        TriedMask = 0;
        HelpReturn = ScreenKind.Attract;
        HelpPage = 0;
        Array.Clear(Pin, 0, Pin.Length);
        PinLength = 0;
        PinOutcome = -1;
    }

    /// <summary>True when nothing of a visitor is left (what a fresh session holds).</summary>
    public bool IsClear()
    {
        for (int i = 0; i < Offered.Length; i++)
        {
            if (Offered[i] != 0)
            {
                return false;
            }
        }

        for (int i = 0; i < Pin.Length; i++)
        {
            if (Pin[i] != '\0')
            {
                return false;
            }
        }

        return Language == -1 && Audience == -1 && AgeBand == 0 && OfferedCount == 0 && ListPage == 0 && Module == -1
            && Page == 0 && Question == 0 && Choice == -1 && Score == 0 && TriedMask == 0
            && HelpReturn == ScreenKind.Attract && HelpPage == 0 && PinLength == 0 && PinOutcome == -1;
    }
}
