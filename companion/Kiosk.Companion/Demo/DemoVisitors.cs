using Kiosk.Content;
using Kiosk.Protocol.Messages;
using Audience = Kiosk.Protocol.Messages.Audience;

namespace Kiosk.Companion.Demo;

/// <summary>
/// Scripted visitors for the demo: each visit picks a lesson of the curriculum, opens it, mostly
/// finishes it and answers a few quiz questions, and sometimes opens the help screen. They record
/// through the kiosk core's usage ledger, as the kiosk's screens do.
/// </summary>
public sealed class DemoVisitors(IReadOnlyList<Module> modules, Random random)
{
    public void Visit(Firmware.Node.KioskNode node, string language)
    {
        var module = modules[random.Next(modules.Count)];
        var (audience, ageBand) = Describe(module.Audience);
        var ledger = node.Usage;
        ledger.Record(module.Id, language, audience, ageBand, UsageEvent.LessonOpened, -1);
        if (random.NextDouble() < 0.7)
        {
            ledger.Record(module.Id, language, audience, ageBand, UsageEvent.LessonCompleted, -1);
            for (var question = 0; question < 5; question++)
            {
                ledger.Record(module.Id, language, audience, ageBand, random.NextDouble() < 0.75 ? UsageEvent.QuizRight : UsageEvent.QuizWrong, question);
            }
        }
        if (random.NextDouble() < 0.1)
        {
            ledger.Record(module.Id, language, audience, ageBand, UsageEvent.HelpShown, -1);
        }
    }

    private static (Audience, AgeBand) Describe(string audience) => audience switch
    {
        "under9" => (Audience.Child, AgeBand.Under9),
        "age9to12" => (Audience.Child, AgeBand.From9To12),
        "age13to17" => (Audience.Child, AgeBand.From13To17),
        "teachers" => (Audience.Teacher, AgeBand.None),
        _ => (Audience.Parent, AgeBand.None),
    };
}
