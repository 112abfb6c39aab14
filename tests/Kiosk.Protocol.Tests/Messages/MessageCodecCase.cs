using System.Text.Json;
using Kiosk.Protocol.Messages;

namespace Kiosk.Protocol.Tests.Messages;

/// <summary>One codec seen through object-typed delegates, so tests can run over every message alike.</summary>
public sealed class MessageCodecCase
{
    private MessageCodecCase(string name, Func<object, byte[]> encode, Func<byte[], int, int, object> decode, Func<Random, object> random, object[] samples, uint[] requiredKeys)
    {
        Name = name;
        Encode = encode;
        Decode = decode;
        Random = random;
        Samples = samples;
        RequiredKeys = requiredKeys;
    }

    public static IReadOnlyList<MessageCodecCase> All { get; } =
    [
        new("KioskStatus", m => KioskStatusCodec.Encode((KioskStatus)m), (d, o, c) => KioskStatusCodec.Decode(d, o, c), MessageSamples.RandomStatus, [MessageSamples.FullStatus(), MessageSamples.LastWill()], [1, 2, 3, 4, 5, 6, 7]),
        new("UsageReport", m => UsageReportCodec.Encode((UsageReport)m), (d, o, c) => UsageReportCodec.Decode(d, o, c), MessageSamples.RandomReport, [MessageSamples.FullReport()], [1, 4]),
        new("ReportAck", m => ReportAckCodec.Encode((ReportAck)m), (d, o, c) => ReportAckCodec.Decode(d, o, c), MessageSamples.RandomAck, [MessageSamples.FullAck()], [1, 2]),
        new("Catalog", m => CatalogCodec.Encode((Catalog)m), (d, o, c) => CatalogCodec.Decode(d, o, c), MessageSamples.RandomCatalog, [MessageSamples.FullCatalog()], [1, 2, 3, 4]),
        new("KioskConfig", m => KioskConfigCodec.Encode((KioskConfig)m), (d, o, c) => KioskConfigCodec.Decode(d, o, c), MessageSamples.RandomConfig, [MessageSamples.FullConfig()], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
        new("ChunkRequest", m => ChunkRequestCodec.Encode((ChunkRequest)m), (d, o, c) => ChunkRequestCodec.Decode(d, o, c), MessageSamples.RandomChunkRequest, [MessageSamples.FullChunkRequest()], [1, 2, 3, 4]),
        new("ChunkResponse", m => ChunkResponseCodec.Encode((ChunkResponse)m), (d, o, c) => ChunkResponseCodec.Decode(d, o, c), MessageSamples.RandomChunkResponse, [MessageSamples.FullChunkResponse(), MessageSamples.BusyChunkResponse()], [1, 2, 3, 4, 5, 6, 7]),
    ];

    public static IEnumerable<object[]> Names => All.Select(c => new object[] { c.Name });

    public string Name { get; }

    public Func<object, byte[]> Encode { get; }

    public Func<byte[], int, int, object> Decode { get; }

    public Func<Random, object> Random { get; }

    /// <summary>Hand-written messages that together set every property to a non-default value.</summary>
    public object[] Samples { get; }

    /// <summary>Top-level keys the first sample cannot lose without MissingField.</summary>
    public uint[] RequiredKeys { get; }

    public static MessageCodecCase Get(string name) => All.Single(c => c.Name == name);

    /// <summary>Structural equality through JSON, which compares every public property, arrays included.</summary>
    public static string Describe(object message) => JsonSerializer.Serialize(message, message.GetType());

    public override string ToString() => Name;
}
