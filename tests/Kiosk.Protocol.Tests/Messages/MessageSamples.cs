using Kiosk.Protocol.Messages;

namespace Kiosk.Protocol.Tests.Messages;

/// <summary>Fully populated and random messages for the codec tests.</summary>
internal static class MessageSamples
{
    private static readonly string[] Languages = ["en", "hi", "th", "km", "ur", "sw", "pt-BR", "zh-Hant", "fr"];

    public static KioskStatus FullStatus() => new()
    {
        State = KioskState.Online,
        BootCount = 41,
        ConnectionEpoch = 5_000_000_123,
        FirmwareVersion = "1.4.2+esp32",
        BoardProfileId = "cyd-320x240",
        InstalledBundles =
        [
            new InstalledBundle { BundleId = "cop-9-12", Version = 7, Language = "hi", ProfileId = "cyd-320x240" },
            new InstalledBundle { BundleId = "cop-parents", Version = 300, Language = "pt-BR", ProfileId = "p480" },
        ],
        FreeStorageBytes = 3_500_000,
        Sync = new SyncStatus
        {
            State = SyncState.Failed,
            BundleId = "cop-13-17",
            BundleVersion = 9,
            ChunksDone = 12,
            ChunksTotal = 40,
            FailureReason = SyncFailureReason.HashMismatch,
            FailureText = "chunk 12 hash mismatch",
        },
        EnabledModuleIds = ["private-eye", "be-nice", "help"],
        DefaultLanguage = "th",
        ConfigSerial = 17,
        CatalogSerial = 1_000_000_000_000,
    };

    public static KioskStatus LastWill() => new()
    {
        State = KioskState.Offline,
        BootCount = 3,
        ConnectionEpoch = 99,
    };

    public static UsageReport FullReport() => new()
    {
        Sequence = 123_456_789_012,
        DroppedCount = 5,
        HelpTruthPercent = 75,
        Counters =
        [
            new UsageCounter { HourBucket = 497_000, LessonId = "truth-or-lie", Language = "sw", Audience = Audience.Child, AgeBand = AgeBand.From9To12, Event = UsageEvent.QuizWrong, QuestionIndex = 3, Count = 12 },
            new UsageCounter { HourBucket = 497_001, LessonId = "grooming-signs", Language = "en", Audience = Audience.Parent, AgeBand = AgeBand.None, Event = UsageEvent.LessonCompleted, Count = 70_000 },
            new UsageCounter { HourBucket = 497_001, LessonId = "help", Language = "km", Audience = Audience.Teacher, AgeBand = AgeBand.Under9, Event = UsageEvent.HelpShown, Count = 1 },
        ],
    };

    public static ReportAck FullAck() => new() { Sequence = ulong.MaxValue, Status = ReportAckStatus.Rejected, Reason = ReportRejectReason.TooLarge };

    public static Catalog FullCatalog() => new()
    {
        GroupId = "school-ke-042",
        Serial = 88,
        IssuedHour = 497_123,
        Entries =
        [
            new CatalogEntry { BundleId = "cop-under-9", Version = 4, Language = "sw", ProfileId = "cyd-320x240", TotalSize = 812_345, ManifestSha256 = Filled(32, 0xA5), Pinned = true },
            new CatalogEntry { BundleId = "cop-9-12", Version = 5, Language = "en", ProfileId = "p480", TotalSize = 1, ManifestSha256 = Filled(32, 0x11) },
        ],
    };

    public static KioskConfig FullConfig() => new()
    {
        KioskId = "k-7f3a9c",
        GroupId = "school-ke-042",
        Serial = 12,
        PinSalt = Filled(16, 0x42),
        PinHash = Filled(32, 0x99),
        PinIterations = 2000,
        EnabledModuleIds = ["know-your-rights", "help"],
        Helplines =
        [
            new Helpline { Name = "Childline Kenya", Number = "116", Kind = HelplineKind.Helpline },
            new Helpline { Name = "IWF reporting portal", Number = "+44 (0) 1223 20 30 30", Kind = HelplineKind.Hotline, Url = "report.iwf.org.uk/ke" },
        ],
        DefaultLanguage = "sw",
        IdleTimeoutSeconds = 90,
    };

    public static ChunkRequest FullChunkRequest() => new() { BundleId = "cop-9-12", Version = 7, Part = BundlePart.Data, ChunkIndex = 1234 };

    public static ChunkResponse FullChunkResponse() => new()
    {
        BundleId = "cop-9-12",
        Version = 7,
        Part = BundlePart.Data,
        ChunkIndex = 33,
        Status = ChunkStatus.Ok,
        ChunkCount = 34,
        Data = Filled(4096, 0x5C),
    };

    public static ChunkResponse BusyChunkResponse() => new() { BundleId = "cop-9-12", Version = 7, Part = BundlePart.Manifest, ChunkIndex = 0, Status = ChunkStatus.Busy };

    public static KioskStatus RandomStatus(Random r)
    {
        bool online = r.Next(4) != 0;
        return new KioskStatus
        {
            State = online ? KioskState.Online : KioskState.Offline,
            BootCount = (uint)r.Next(),
            ConnectionEpoch = (ulong)r.NextInt64(),
            FirmwareVersion = online || r.Next(2) == 0 ? "v" + r.Next(100) + "." + r.Next(100) : null,
            BoardProfileId = online || r.Next(2) == 0 ? Id(r) : null,
            InstalledBundles = online ? Many(r, 5, () => new InstalledBundle { BundleId = Id(r), Version = (uint)r.Next(), Language = Language(r), ProfileId = Id(r) }) : null,
            FreeStorageBytes = (ulong)r.NextInt64(0, 1L << 40),
            Sync = r.Next(3) == 0 ? null : RandomSync(r),
            EnabledModuleIds = r.Next(3) == 0 ? null : Many(r, 6, () => Id(r)),
            DefaultLanguage = r.Next(3) == 0 ? null : Language(r),
            ConfigSerial = (ulong)r.Next(0, 3),
            CatalogSerial = (ulong)r.NextInt64(),
        };
    }

    public static UsageReport RandomReport(Random r) => new()
    {
        Sequence = (ulong)r.NextInt64(),
        DroppedCount = (ulong)r.Next(0, 3),
        HelpTruthPercent = (uint)r.Next(0, 101),
        Counters = Many(r, 8, () =>
        {
            var usageEvent = (UsageEvent)r.Next(5);
            bool quiz = usageEvent is UsageEvent.QuizRight or UsageEvent.QuizWrong;
            return new UsageCounter
            {
                HourBucket = (uint)r.Next(),
                LessonId = Id(r),
                Language = Language(r),
                Audience = (Audience)r.Next(3),
                AgeBand = (AgeBand)r.Next(4),
                Event = usageEvent,
                QuestionIndex = quiz ? r.Next(0, 256) : -1,
                Count = usageEvent == UsageEvent.HelpShown ? (uint)r.Next(2) : (uint)r.Next(),
            };
        }),
    };

    public static ReportAck RandomAck(Random r) => new()
    {
        Sequence = (ulong)r.NextInt64(),
        Status = (ReportAckStatus)r.Next(2),
        Reason = (ReportRejectReason)r.Next(0, 6),
    };

    public static Catalog RandomCatalog(Random r) => new()
    {
        GroupId = "group-" + r.Next(1000),
        Serial = (ulong)r.NextInt64(),
        IssuedHour = (uint)r.Next(),
        Entries = Many(r, 6, () => new CatalogEntry
        {
            BundleId = Id(r),
            Version = (uint)r.Next(),
            Language = Language(r),
            ProfileId = Id(r),
            TotalSize = (uint)r.Next(),
            ManifestSha256 = Bytes(r, 32),
            Pinned = r.Next(2) == 0,
        }),
    };

    public static KioskConfig RandomConfig(Random r) => new()
    {
        KioskId = "kiosk-" + r.Next(100_000),
        GroupId = "grp-" + r.Next(100),
        Serial = (ulong)r.NextInt64(),
        PinSalt = Bytes(r, r.Next(16, 65)),
        PinHash = Bytes(r, 32),
        PinIterations = (uint)r.Next(1, 100_001),
        EnabledModuleIds = Many(r, 6, () => Id(r)),
        Helplines = Many(r, 3, () => new Helpline
        {
            Name = "Line " + r.Next(1000),
            Number = r.Next(100, 100_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Kind = (HelplineKind)r.Next(2),
            Url = r.Next(2) == 0 ? null : "example.org/" + r.Next(1000),
        }),
        DefaultLanguage = Language(r),
        IdleTimeoutSeconds = (uint)r.Next(10, 3601),
    };

    public static ChunkRequest RandomChunkRequest(Random r) => new()
    {
        BundleId = Id(r),
        Version = (uint)r.Next(),
        Part = (BundlePart)r.Next(2),
        ChunkIndex = (uint)r.Next(),
    };

    public static ChunkResponse RandomChunkResponse(Random r)
    {
        var status = (ChunkStatus)r.Next(4);
        uint count = (uint)r.Next(1, 1000);
        return new ChunkResponse
        {
            BundleId = Id(r),
            Version = (uint)r.Next(),
            Part = (BundlePart)r.Next(2),
            ChunkIndex = status == ChunkStatus.Ok ? (uint)r.Next(0, (int)count) : (uint)r.Next(),
            Status = status,
            ChunkCount = status == ChunkStatus.Ok || r.Next(2) == 0 ? count : 0,
            Data = status == ChunkStatus.Ok ? Bytes(r, r.Next(1, 600)) : null,
        };
    }

    public static byte[] Filled(int length, byte value) => Enumerable.Repeat(value, length).ToArray();

    private static SyncStatus RandomSync(Random r)
    {
        var state = (SyncState)r.Next(4);
        uint total = (uint)r.Next(0, 500);
        return new SyncStatus
        {
            State = state,
            BundleId = state == SyncState.Idle && r.Next(2) == 0 ? null : Id(r),
            BundleVersion = (uint)r.Next(0, 3),
            ChunksDone = (uint)r.Next(0, (int)total + 1),
            ChunksTotal = total,
            FailureReason = state == SyncState.Failed ? (SyncFailureReason)r.Next(0, 9) : SyncFailureReason.None,
            FailureText = state == SyncState.Failed ? "failed at " + r.Next(100) : null,
        };
    }

    private static string Id(Random r)
    {
        const string first = "abcdefghijklmnopqrstuvwxyz0123456789";
        const string rest = first + "-_.";
        var chars = new char[r.Next(1, 24)];
        chars[0] = first[r.Next(first.Length)];
        for (int i = 1; i < chars.Length; i++)
        {
            chars[i] = rest[r.Next(rest.Length)];
        }

        return new string(chars);
    }

    private static string Language(Random r) => Languages[r.Next(Languages.Length)];

    private static byte[] Bytes(Random r, int length)
    {
        var bytes = new byte[length];
        r.NextBytes(bytes);
        return bytes;
    }

    private static T[] Many<T>(Random r, int max, Func<T> make)
    {
        var items = new T[r.Next(0, max + 1)];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = make();
        }

        return items;
    }
}
