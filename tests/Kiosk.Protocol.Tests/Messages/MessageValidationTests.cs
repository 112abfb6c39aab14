using System.Formats.Cbor;
using Kiosk.Protocol.Messages;

namespace Kiosk.Protocol.Tests.Messages;

/// <summary>Rules beyond shape: ranges, id formats, fields required only in some states.</summary>
public class MessageValidationTests
{
    [Fact]
    public void LastWillNeedsOnlyStateBootCountAndEpoch()
    {
        byte[] will = CborMapEditor.Encode(w =>
        {
            w.WriteStartMap(4);
            w.WriteUInt64(0); w.WriteUInt64(1);
            w.WriteUInt64(1); w.WriteUInt64(0);
            w.WriteUInt64(2); w.WriteUInt64(3);
            w.WriteUInt64(3); w.WriteUInt64(99);
            w.WriteEndMap();
        });

        KioskStatus status = KioskStatusCodec.Decode(will, 0, will.Length);

        Assert.Equal(KioskState.Offline, status.State);
        Assert.Equal(3u, status.BootCount);
        Assert.Equal(99UL, status.ConnectionEpoch);
        Assert.Null(status.FirmwareVersion);
        Assert.Null(status.InstalledBundles);
        Assert.Equal(will, KioskStatusCodec.Encode(MessageSamples.LastWill()));
    }

    [Fact]
    public void OnlineStatusWithoutFirmwareIsMissingAField()
    {
        var map = CborMapEditor.ReadTopLevel(KioskStatusCodec.Encode(MessageSamples.FullStatus()));
        map.Remove(4);

        AssertError("KioskStatus", CborMapEditor.WriteTopLevel(map), DecodeError.MissingField);
        var status = MessageSamples.FullStatus();
        status.FirmwareVersion = null;
        Assert.Throws<ArgumentException>(() => KioskStatusCodec.Encode(status));
    }

    public static TheoryData<string, ulong, Action<CborWriter>> OutOfRangeTopLevelValues => new()
    {
        { "KioskStatus", 1, w => w.WriteUInt64(2) },                      // state
        { "KioskStatus", 2, w => w.WriteUInt64(1UL << 32) },              // boot count beyond uint
        { "KioskStatus", 4, w => w.WriteTextString("v1\n") },             // control character
        { "KioskStatus", 4, w => w.WriteTextString(new string('1', 33)) },
        { "KioskStatus", 5, w => w.WriteTextString("Board A") },          // not an id
        { "KioskStatus", 10, w => w.WriteTextString("e") },               // language too short
        { "KioskStatus", 10, w => w.WriteTextString("en_GB") },
        { "UsageReport", 3, w => w.WriteUInt64(101) },                    // percent
        { "ReportAck", 2, w => w.WriteUInt64(2) },
        { "Catalog", 1, w => w.WriteTextString("Group-1") },              // uppercase
        { "Catalog", 1, w => w.WriteTextString("g/1") },
        { "KioskConfig", 1, w => w.WriteTextString("group") },            // reserved word as kiosk id
        { "KioskConfig", 1, w => w.WriteTextString("-kiosk") },
        { "KioskConfig", 4, w => w.WriteByteString(new byte[15]) },       // salt too short
        { "KioskConfig", 5, w => w.WriteByteString(new byte[31]) },       // hash not 32 bytes
        { "KioskConfig", 6, w => w.WriteUInt64(0) },                      // no iterations
        { "KioskConfig", 6, w => w.WriteUInt64(100_001) },
        { "KioskConfig", 10, w => w.WriteUInt64(9) },                     // idle timeout
        { "KioskConfig", 10, w => w.WriteUInt64(3601) },
        { "ChunkRequest", 1, w => w.WriteTextString("") },
        { "ChunkRequest", 1, w => w.WriteTextString("a b") },
        { "ChunkRequest", 3, w => w.WriteUInt64(2) },
        { "ChunkResponse", 4, w => w.WriteUInt64(34) },                   // index not below count 34
        { "ChunkResponse", 5, w => w.WriteUInt64(4) },
        { "ChunkResponse", 6, w => w.WriteUInt64(0) },
        { "ChunkResponse", 7, w => w.WriteByteString([]) },
    };

    [Theory]
    [MemberData(nameof(OutOfRangeTopLevelValues))]
    public void OutOfRangeValuesAreInvalid(string name, ulong key, Action<CborWriter> value)
    {
        var codec = MessageCodecCase.Get(name);
        var map = CborMapEditor.ReadTopLevel(codec.Encode(codec.Samples[0]));
        map[key] = CborMapEditor.Encode(value);

        AssertError(name, CborMapEditor.WriteTopLevel(map), DecodeError.InvalidValue);
    }

    [Fact]
    public void OversizedChunkIsRefused()
    {
        var map = CborMapEditor.ReadTopLevel(ChunkResponseCodec.Encode(MessageSamples.FullChunkResponse()));
        map[7] = CborMapEditor.Encode(w => w.WriteByteString(new byte[ChunkResponseCodec.MaxChunkSize + 1]));

        var error = Assert.Throws<ProtocolDecodeException>(() =>
        {
            byte[] data = CborMapEditor.WriteTopLevel(map);
            ChunkResponseCodec.Decode(data, 0, data.Length);
        });
        Assert.True(error.Error is DecodeError.TooLarge or DecodeError.InvalidValue);
    }

    [Fact]
    public void QuizCountersNeedAQuestionAndOthersMustNotHaveOne()
    {
        AssertError("UsageReport", ReportWithCounter(UsageEvent.QuizRight, question: null), DecodeError.MissingField);
        AssertError("UsageReport", ReportWithCounter(UsageEvent.LessonOpened, question: 2), DecodeError.InvalidValue);
        AssertError("UsageReport", ReportWithCounter(UsageEvent.QuizWrong, question: 256), DecodeError.InvalidValue);
        AssertError("UsageReport", ReportWithCounter((UsageEvent)5, question: null), DecodeError.InvalidValue);
        AssertError("UsageReport", ReportWithCounter(UsageEvent.LessonOpened, question: null, lessonId: "Anna's class"), DecodeError.InvalidValue);
        AssertError("UsageReport", ReportWithCounter(UsageEvent.HelpShown, question: null, count: 2), DecodeError.InvalidValue);
        Assert.Equal(1u, Decode(ReportWithCounter(UsageEvent.HelpShown, question: null, count: 1)).Counters[0].Count);

        UsageCounter counter = Decode(ReportWithCounter(UsageEvent.QuizWrong, question: 4)).Counters.Single();
        Assert.Equal(4, counter.QuestionIndex);
        Assert.Equal("truth-or-lie", counter.LessonId);
    }

    [Fact]
    public void TooManyCountersAreTooLarge()
    {
        var report = new UsageReport { Sequence = 1, Counters = new UsageCounter[UsageReportCodec.MaxCounters + 1] };
        for (int i = 0; i < report.Counters.Length; i++)
        {
            report.Counters[i] = new UsageCounter { LessonId = "l", Language = "en", Count = 1 };
        }

        Assert.Throws<ArgumentException>(() => UsageReportCodec.Encode(report));
        var map = CborMapEditor.ReadTopLevel(UsageReportCodec.Encode(new UsageReport { Sequence = 1, Counters = report.Counters[..1] }));
        map[4] = CborMapEditor.Encode(w =>
        {
            w.WriteStartArray(report.Counters.Length);
            for (int i = 0; i < report.Counters.Length; i++)
            {
                w.WriteUInt64(0);
            }

            w.WriteEndArray();
        });

        AssertError("UsageReport", CborMapEditor.WriteTopLevel(map), DecodeError.TooLarge);
    }

    [Fact]
    public void CatalogHashMustBeExactly32Bytes()
    {
        var catalog = MessageSamples.FullCatalog();
        catalog.Entries[1].ManifestSha256 = new byte[33];
        Assert.Throws<ArgumentException>(() => CatalogCodec.Encode(catalog));

        var map = CborMapEditor.ReadTopLevel(CatalogCodec.Encode(MessageSamples.FullCatalog()));
        map[4] = CborMapEditor.Encode(w =>
        {
            w.WriteStartArray(1);
            w.WriteStartMap(6);
            w.WriteUInt64(0); w.WriteTextString("b");
            w.WriteUInt64(1); w.WriteUInt64(1);
            w.WriteUInt64(2); w.WriteTextString("en");
            w.WriteUInt64(3); w.WriteTextString("p");
            w.WriteUInt64(4); w.WriteUInt64(10);
            w.WriteUInt64(5); w.WriteByteString(new byte[33]);
            w.WriteEndMap();
            w.WriteEndArray();
        });
        AssertError("Catalog", CborMapEditor.WriteTopLevel(map), DecodeError.InvalidValue);
    }

    [Fact]
    public void SyncProgressCannotExceedItsTotalAndNeedsABundleWhenBusy()
    {
        var status = MessageSamples.FullStatus();
        status.Sync!.ChunksDone = 41;
        Assert.Throws<ArgumentException>(() => KioskStatusCodec.Encode(status));

        AssertError("KioskStatus", StatusWithSync(w => { w.WriteUInt64(0); w.WriteUInt64(1); w.WriteUInt64(1); w.WriteTextString("b"); w.WriteUInt64(3); w.WriteUInt64(5); w.WriteUInt64(4); w.WriteUInt64(4); }, 4), DecodeError.InvalidValue);
        AssertError("KioskStatus", StatusWithSync(w => { w.WriteUInt64(0); w.WriteUInt64(1); }, 1), DecodeError.MissingField);

        byte[] idle = StatusWithSync(w => { w.WriteUInt64(0); w.WriteUInt64(0); }, 1);
        Assert.Equal(SyncState.Idle, KioskStatusCodec.Decode(idle, 0, idle.Length).Sync!.State);
    }

    [Fact]
    public void UnknownReasonCodesFromNewerPeersAreKept()
    {
        var map = CborMapEditor.ReadTopLevel(ReportAckCodec.Encode(MessageSamples.FullAck()));
        map[3] = CborMapEditor.Encode(w => w.WriteUInt64(77));
        byte[] data = CborMapEditor.WriteTopLevel(map);

        Assert.Equal(77, (int)ReportAckCodec.Decode(data, 0, data.Length).Reason);
    }

    [Fact]
    public void EncodersRefuseWhatDecodersWouldRefuse()
    {
        Assert.Throws<ArgumentNullException>(() => KioskStatusCodec.Encode(null!));
        Assert.Throws<ArgumentException>(() => ChunkRequestCodec.Encode(new ChunkRequest { BundleId = "Bad Id" }));
        Assert.Throws<ArgumentException>(() => ChunkResponseCodec.Encode(new ChunkResponse { BundleId = "b", Status = ChunkStatus.Ok, ChunkCount = 1 }));
        Assert.Throws<ArgumentException>(() => ChunkResponseCodec.Encode(new ChunkResponse { BundleId = "b", Status = ChunkStatus.Ok, ChunkCount = 1, ChunkIndex = 1, Data = [1] }));
        Assert.Throws<ArgumentException>(() => ReportAckCodec.Encode(new ReportAck { Status = (ReportAckStatus)5 }));

        var config = MessageSamples.FullConfig();
        config.Helplines[0].Number = "call us";
        Assert.Throws<ArgumentException>(() => KioskConfigCodec.Encode(config));
        config = MessageSamples.FullConfig();
        config.KioskId = "group";
        Assert.Throws<ArgumentException>(() => KioskConfigCodec.Encode(config));

        var report = MessageSamples.FullReport();
        report.Counters[1].QuestionIndex = 0;
        Assert.Throws<ArgumentException>(() => UsageReportCodec.Encode(report));
        report = MessageSamples.FullReport();
        report.Counters[2].Count = 2;
        Assert.Throws<ArgumentException>(() => UsageReportCodec.Encode(report));
    }

    private static void AssertError(string name, byte[] data, DecodeError expected)
    {
        MessageCodecTests.AssertDecodeError(MessageCodecCase.Get(name), data, expected);
    }

    private static UsageReport Decode(byte[] data) => UsageReportCodec.Decode(data, 0, data.Length);

    private static byte[] ReportWithCounter(UsageEvent usageEvent, int? question, string lessonId = "truth-or-lie", ulong count = 3)
    {
        return CborMapEditor.Encode(w =>
        {
            w.WriteStartMap(3);
            w.WriteUInt64(0); w.WriteUInt64(1);
            w.WriteUInt64(1); w.WriteUInt64(7);
            w.WriteUInt64(4);
            w.WriteStartArray(1);
            w.WriteStartMap(question is null ? 7 : 8);
            w.WriteUInt64(0); w.WriteUInt64(497_000);
            w.WriteUInt64(1); w.WriteTextString(lessonId);
            w.WriteUInt64(2); w.WriteTextString("en");
            w.WriteUInt64(3); w.WriteUInt64(0);
            w.WriteUInt64(4); w.WriteUInt64(2);
            w.WriteUInt64(5); w.WriteUInt64((ulong)usageEvent);
            if (question is not null)
            {
                w.WriteUInt64(6); w.WriteUInt64((ulong)question.Value);
            }

            w.WriteUInt64(7); w.WriteUInt64(count);
            w.WriteEndMap();
            w.WriteEndArray();
            w.WriteEndMap();
        });
    }

    private static byte[] StatusWithSync(Action<CborWriter> syncPairs, int pairCount)
    {
        var map = CborMapEditor.ReadTopLevel(KioskStatusCodec.Encode(MessageSamples.FullStatus()));
        map[8] = CborMapEditor.Encode(w =>
        {
            w.WriteStartMap(pairCount);
            syncPairs(w);
            w.WriteEndMap();
        });
        return CborMapEditor.WriteTopLevel(map);
    }
}
