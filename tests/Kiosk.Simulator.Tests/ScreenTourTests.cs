using Kiosk.Firmware.Screens;
using Kiosk.Simulator.Tests.Fixtures;

namespace Kiosk.Simulator.Tests;

/// <summary>The device benchmark's walk: forward through the pickers to real lesson and quiz screens.</summary>
public sealed class ScreenTourTests
{
    [Theory]
    [InlineData("320x240")]
    [InlineData("480x320")]
    public void The_tour_reaches_lesson_pages_and_a_question_without_help_or_teacher_screens(string profile)
    {
        using var kiosk = new KioskHarness(profile);
        var tour = new ScreenTour(kiosk.Ui);
        var seen = new List<ScreenKind> { kiosk.Ui.Screen };
        var lessonImages = new HashSet<string>();

        for (int step = 0; step < 16 && tour.Step(); step++)
        {
            kiosk.Turn();
            seen.Add(kiosk.Ui.Screen);
            if (kiosk.Ui.Screen == ScreenKind.Lesson)
            {
                lessonImages.Add(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(kiosk.Kiosk.Screenshot())));
            }
        }

        Assert.Equal(ScreenKind.Attract, seen[0]);
        Assert.Contains(ScreenKind.Modules, seen);
        Assert.Contains(ScreenKind.Question, seen);
        Assert.True(lessonImages.Count >= 2, "the tour turned at least one lesson page");
        Assert.DoesNotContain(ScreenKind.Help, seen);
        Assert.DoesNotContain(ScreenKind.TeacherPin, seen);
        Assert.True(seen.IndexOf(ScreenKind.Lesson) < seen.IndexOf(ScreenKind.Question), "pages come before the question");
    }
}
