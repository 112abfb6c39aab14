using Kiosk.Protocol.Messages;
using Kiosk.Simulator.Tests.Fixtures;
using Kiosk.Simulator.Visitors;

namespace Kiosk.Simulator.Tests;

public sealed class VisitorTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("320x240")]
    [InlineData("480x320")]
    public void A_visitor_completes_every_lesson_in_every_language(string profile)
    {
        using var kiosk = new KioskHarness(profile);
        var visitor = new ScriptedVisitor(kiosk.Ui);

        int taps = kiosk.Run(visitor, 200_000);

        Assert.True(visitor.Done, $"the visitor stopped on the {kiosk.Ui.Screen} screen after {taps} taps");
        var expected = kiosk.Ui.Languages
            .SelectMany(view => view.Index.Modules.Select(module => (view.Language, module.Id)))
            .Order().ToList();
        Assert.Equal(SampleContent.Long ? 8 : 3, kiosk.Ui.Languages.Length);
        Assert.True(expected.Count >= kiosk.Ui.Languages.Length * 5, "every language has a lesson for each audience");
        Assert.Equal(expected, visitor.Completed.Order().ToList());
        var usage = kiosk.Kiosk.Node.Usage;
        Assert.Equal((uint)expected.Count, usage.Totals.Today(usage.Today, UsageEvent.LessonCompleted));
        Assert.Equal((uint)expected.Count, usage.Totals.Today(usage.Today, UsageEvent.LessonOpened));
        Assert.True(usage.Totals.Today(usage.Today, UsageEvent.QuizWrong) > 0, "the visitor answered wrong first where it could");
        output.WriteLine($"{profile}: {expected.Count} lessons, {visitor.PagesRead} pages, {visitor.QuestionsAnswered} answers, {taps} taps.");
    }
}
