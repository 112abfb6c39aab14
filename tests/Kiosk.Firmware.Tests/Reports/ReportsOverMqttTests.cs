using Kiosk.Firmware.Node;
using Kiosk.Firmware.Tests.Devices;
using Kiosk.Firmware.Tests.Fixtures;
using Kiosk.Firmware.Usage;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Topics;
using Kiosk.Simulator.Mqtt;
using Xunit.Abstractions;

namespace Kiosk.Firmware.Tests.Reports;

public sealed class ReportsOverMqttTests(ITestOutputHelper output)
{
    private const int Cuts = 100;
    private static readonly string[] Lessons = ["privacy", "screen-time", "be-nice", "help"];

    [Fact]
    public async Task Reports_cross_a_hundred_broker_and_network_cuts_with_nothing_lost_or_counted_twice()
    {
        using var program = new TestProgram();
        await using var broker = new RestartableBroker();
        await broker.StartAsync();
        var flash = new MemoryFileSystem();
        var presence = new KioskPresence(flash);
        await using var link = new MqttNetLink(new MqttNetLinkOptions
        {
            Host = "127.0.0.1",
            Port = broker.Port,
            ClientId = TestProgram.KioskId,
            WillTopic = TopicName.Status(TestProgram.KioskId),
            LastWill = presence.BeginConnection,
            ReconnectDelay = TimeSpan.FromMilliseconds(20),
            ConnectTimeout = TimeSpan.FromSeconds(2),
            SubscribeTimeout = TimeSpan.FromSeconds(2),
        });
        var tuning = new KioskTuning { Reports = new ReportTiming { BatchIntervalMilliseconds = 30, ResendIntervalMilliseconds = 250 } };
        var node = new KioskNode(KioskRig.Provisioning(program), flash, new RealtimeClock(new DateTime(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc)), link, presence, new Random(5), tuning);
        await using var companion = new CompanionStandIn(broker.Port);
        var truth = new Dictionary<(string Lesson, UsageEvent Event, int Question), long>();
        var visiting = true;
        var drained = false;
        using var stop = new CancellationTokenSource();

        node.Start();
        companion.Start();
        link.Start();
        var mainLoop = Task.Run(() =>
        {
            var visitor = new Random(11);
            while (!stop.IsCancellationRequested)
            {
                node.Tick();
                if (Volatile.Read(ref visiting))
                {
                    Visit(node.Usage, visitor, truth);
                }
                else if (!Volatile.Read(ref drained))
                {
                    node.Reports.CutAndSend();
                    Volatile.Write(ref drained, node.Usage.OpenCellCount == 0 && node.Usage.PendingCount == 0);
                }
                Thread.Sleep(1);
            }
        });

        var chaos = new Random(2026);
        for (var cut = 0; cut < Cuts; cut++)
        {
            await Task.Delay(chaos.Next(5, 60));
            if (cut % 2 == 0)
            {
                await broker.StopAsync();
                await Task.Delay(chaos.Next(1, 30));
                await broker.StartAsync();
            }
            else
            {
                await link.DropConnectionAsync();
            }
        }
        Volatile.Write(ref visiting, false);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!Volatile.Read(ref drained) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        await stop.CancelAsync();
        await mainLoop;

        Assert.True(drained, "the kiosk still holds unacknowledged batches");
        Assert.Equal(0, node.Usage.PendingCount);
        Assert.Equal(0, node.Usage.OpenCellCount);
        var stored = companion.Stored.Where(pair => pair.Key.Kiosk == TestProgram.KioskId).Select(pair => pair.Value).ToList();
        var lastSequence = stored.Max(report => report.Sequence);
        Assert.Equal(Enumerable.Range(1, (int)lastSequence).Select(s => (ulong)s), stored.Select(report => report.Sequence).Order());
        Assert.All(stored, report => Assert.Equal(0UL, report.DroppedCount));

        var counters = stored.SelectMany(report => report.Counters).ToList();
        var companionTruth = counters.Where(c => c.Event != UsageEvent.HelpShown)
            .GroupBy(c => (c.LessonId, c.Event, c.QuestionIndex))
            .ToDictionary(group => group.Key, group => group.Sum(c => (long)c.Count));
        Assert.Equal(truth.OrderBy(pair => pair.Key).ToList(), companionTruth.OrderBy(pair => pair.Key).ToList());
        var today = node.Usage.Today;
        foreach (var usageEvent in Enum.GetValues<UsageEvent>())
        {
            Assert.Equal((long)node.Usage.Totals.Today(today, usageEvent), counters.Where(c => c.Event == usageEvent).Sum(c => (long)c.Count));
        }
        output.WriteLine($"{Cuts} cuts: {lastSequence} batches, {counters.Sum(c => (long)c.Count)} counts, {companion.Duplicates} duplicate deliveries absorbed, {presence.ConnectionEpoch} connections");
    }

    private static void Visit(UsageLedger usage, Random visitor, Dictionary<(string, UsageEvent, int), long> truth)
    {
        if (visitor.Next(4) != 0)
        {
            return;
        }
        var lesson = Lessons[visitor.Next(Lessons.Length)];
        var usageEvent = (UsageEvent)visitor.Next(5);
        var question = usageEvent is UsageEvent.QuizRight or UsageEvent.QuizWrong ? visitor.Next(5) : -1;
        usage.Record(lesson, "en", Audience.Child, AgeBand.From9To12, usageEvent, question);
        if (usageEvent != UsageEvent.HelpShown)
        {
            var key = (lesson, usageEvent, question);
            truth[key] = truth.GetValueOrDefault(key) + 1;
        }
    }
}
