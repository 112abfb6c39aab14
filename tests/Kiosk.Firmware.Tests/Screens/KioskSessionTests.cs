using Kiosk.Firmware.Screens;

namespace Kiosk.Firmware.Tests.Screens;

public sealed class KioskSessionTests
{
    [Fact]
    public void Reset_leaves_nothing_of_the_visitor()
    {
        var session = new KioskSession
        {
            Language = 2,
            Audience = 0,
            AgeBand = 3,
            OfferedCount = 2,
            ListPage = 1,
            Module = 4,
            Page = 3,
            Question = 1,
            Choice = 1,
            Score = 1,
            TriedMask = 3,
            HelpReturn = ScreenKind.Lesson,
            PinLength = 2,
            PinOutcome = 1,
        };
        session.Offered[0] = 4;
        session.Offered[1] = 5;
        session.Pin[0] = '1';
        session.Pin[1] = '2';
        Assert.False(session.IsClear());

        session.Reset();

        Assert.True(session.IsClear());
        Assert.All(session.Offered, module => Assert.Equal(0, module));
        Assert.All(session.Pin, digit => Assert.Equal('\0', digit));
        Assert.Equal(-1, session.Module);
    }
}
