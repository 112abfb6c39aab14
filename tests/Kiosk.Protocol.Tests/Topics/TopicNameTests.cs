using Kiosk.Protocol.Topics;

namespace Kiosk.Protocol.Tests.Topics;

public class TopicNameTests
{
    public static TheoryData<string> ValidIds => new() { "abc", "k-7f3a9c", "school-ke-042", "a1b", new string('z', 32), "0-0" };

    [Theory]
    [MemberData(nameof(ValidIds))]
    public void EveryKioskBuilderRoundTripsThroughTryParse(string kioskId)
    {
        var builders = new (Func<string, string> Build, TopicKind Kind, string Leaf)[]
        {
            (TopicName.Status, TopicKind.Status, "status"),
            (TopicName.Report, TopicKind.Report, "report"),
            (TopicName.Ack, TopicKind.Ack, "ack"),
            (TopicName.Config, TopicKind.Config, "config"),
            (TopicName.ChunkRequest, TopicKind.ChunkRequest, "chunk-request"),
            (TopicName.ChunkResponse, TopicKind.ChunkResponse, "chunk-response"),
        };

        foreach (var (build, kind, leaf) in builders)
        {
            string topic = build(kioskId);

            Assert.Equal("kiosk/v1/" + kioskId + "/" + leaf, topic);
            Assert.True(TopicName.TryParse(topic, out ParsedTopic? parsed));
            Assert.Equal(kind, parsed!.Kind);
            Assert.Equal(kioskId, parsed.KioskId);
            Assert.Null(parsed.GroupId);
        }
    }

    [Theory]
    [MemberData(nameof(ValidIds))]
    [InlineData("group")]
    public void CatalogBuilderRoundTripsThroughTryParse(string groupId)
    {
        string topic = TopicName.Catalog(groupId);

        Assert.Equal("kiosk/v1/group/" + groupId + "/catalog", topic);
        Assert.True(TopicName.TryParse(topic, out ParsedTopic? parsed));
        Assert.Equal(TopicKind.Catalog, parsed!.Kind);
        Assert.Equal(groupId, parsed.GroupId);
        Assert.Null(parsed.KioskId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ab")]                                   // too short
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456")]    // 33 characters
    [InlineData("-abc")]
    [InlineData("abc-")]
    [InlineData("Kiosk1")]
    [InlineData("kiosk_1")]
    [InlineData("kiosk.1")]
    [InlineData("kiosk 1")]
    [InlineData("kiosk/1")]
    [InlineData("kiosk+")]
    [InlineData("kiosk#")]
    [InlineData("kiosk$sys")]
    [InlineData("kïosk")]
    [InlineData("ｋｉｏｓｋ")]
    public void InvalidIdsAreRefusedEverywhere(string? id)
    {
        Assert.False(TopicName.IsValidKioskId(id!));
        Assert.False(TopicName.IsValidGroupId(id!));
        Assert.Throws<ArgumentException>(() => TopicName.Status(id!));
        Assert.Throws<ArgumentException>(() => TopicName.ChunkResponse(id!));
        Assert.Throws<ArgumentException>(() => TopicName.Catalog(id!));
    }

    [Fact]
    public void GroupIsNoKioskIdSoTheSubtreesCannotCollide()
    {
        Assert.False(TopicName.IsValidKioskId("group"));
        Assert.True(TopicName.IsValidGroupId("group"));
        Assert.Throws<ArgumentException>(() => TopicName.Report("group"));
        Assert.False(TopicName.TryParse("kiosk/v1/group/status", out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("kiosk/v1/")]
    [InlineData("kiosk/v1/abc")]
    [InlineData("kiosk/v1/abc/")]
    [InlineData("kiosk/v1/abc/status/")]
    [InlineData("kiosk/v1/abc/status/extra")]
    [InlineData("kiosk/v1//status")]
    [InlineData("kiosk/v1/abc//status")]
    [InlineData("/kiosk/v1/abc/status")]
    [InlineData("kiosk/v2/abc/status")]
    [InlineData("Kiosk/v1/abc/status")]
    [InlineData("kiosk/V1/abc/status")]
    [InlineData("kiosk/v1/ABC/status")]
    [InlineData("kiosk/v1/abc/Status")]
    [InlineData("kiosk/v1/abc/unknown")]
    [InlineData("kiosk/v1/+/status")]
    [InlineData("kiosk/v1/abc/#")]
    [InlineData("kiosk/v1/#")]
    [InlineData("kiosk/v1/ab+c/status")]
    [InlineData("$share/companion/kiosk/v1/abc/report")]
    [InlineData("kiosk/v1/group/+/catalog")]
    [InlineData("kiosk/v1/group/abc")]
    [InlineData("kiosk/v1/group/abc/status")]
    [InlineData("kiosk/v1/group//catalog")]
    [InlineData("kiosk/v1/abc/catalog/x")]
    [InlineData("kiosk/v1/kïosk/status")]
    [InlineData("kiosk/v1/abc/status\u0000")]
    [InlineData("kiosk/v1/abcdefghijklmnopqrstuvwxyz0123456/status")]
    public void MalformedTopicsAreRejected(string? topic)
    {
        Assert.False(TopicName.TryParse(topic!, out ParsedTopic? parsed));
        Assert.Null(parsed);
    }

    [Fact]
    public void VeryLongTopicsAreRejectedBeforeSplitting()
    {
        string topic = "kiosk/v1/" + new string('a', 100_000) + "/status";

        Assert.False(TopicName.TryParse(topic, out _));
    }

    [Fact]
    public void RandomTopicsNeverThrowAndOnlyValidOnesParse()
    {
        var random = new Random(8);
        string[] pieces = ["kiosk", "v1", "group", "abc", "k-01", "status", "report", "ack", "config", "catalog", "chunk-request", "chunk-response", "+", "#", "", "A", "-x-"];
        int parsedCount = 0;
        for (int i = 0; i < 5000; i++)
        {
            string tail = string.Join("/", Enumerable.Range(0, random.Next(1, 5)).Select(_ => pieces[random.Next(pieces.Length)]));
            string topic = random.Next(4) == 0 ? tail : "kiosk/v1/" + tail;
            if (TopicName.TryParse(topic, out ParsedTopic? parsed))
            {
                parsedCount++;
                string rebuilt = parsed!.Kind == TopicKind.Catalog ? TopicName.Catalog(parsed.GroupId!) : BuildKioskTopic(parsed.Kind, parsed.KioskId!);
                Assert.Equal(topic, rebuilt);
            }
        }

        Assert.InRange(parsedCount, 10, 4000);
    }

    private static string BuildKioskTopic(TopicKind kind, string kioskId) => kind switch
    {
        TopicKind.Status => TopicName.Status(kioskId),
        TopicKind.Report => TopicName.Report(kioskId),
        TopicKind.Ack => TopicName.Ack(kioskId),
        TopicKind.Config => TopicName.Config(kioskId),
        TopicKind.ChunkRequest => TopicName.ChunkRequest(kioskId),
        TopicKind.ChunkResponse => TopicName.ChunkResponse(kioskId),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
