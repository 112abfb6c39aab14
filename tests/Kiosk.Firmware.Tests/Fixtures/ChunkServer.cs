using Kiosk.Firmware.Tests.Devices;
using Kiosk.Protocol.Bundles;
using Kiosk.Protocol.Cose;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Topics;

namespace Kiosk.Firmware.Tests.Fixtures;

/// <summary>
/// The companion's chunk service for one kiosk over a <see cref="LoopbackLink"/>: answers each
/// <see cref="ChunkRequest"/> from the bundles it holds, on the next <see cref="Pump"/> (a real
/// broker never answers inside the publish call). Tests may tamper with or drop answers.
/// </summary>
public sealed class ChunkServer
{
    private readonly LoopbackLink _link;
    private readonly string _kioskId;
    private readonly Dictionary<(string, uint), byte[]> _bundles = [];
    private readonly Queue<byte[]> _answers = new();

    public ChunkServer(LoopbackLink link, string kioskId)
    {
        _link = link;
        _kioskId = kioskId;
        link.OnPublish = OnPublish;
    }

    public int ManifestChunkSize { get; set; } = 300;

    public List<ChunkRequest> Requests { get; } = [];

    /// <summary>Returns the bytes to send for a data chunk (default: the true ones).</summary>
    public Func<ChunkRequest, byte[], byte[]>? Tamper { get; set; }

    /// <summary>When true, requests go unanswered (a companion that is down).</summary>
    public bool Silent { get; set; }

    public void Add(byte[] bundle)
    {
        var entry = TestProgram.EntryFor(bundle);
        _bundles[(entry.BundleId, entry.Version)] = bundle;
    }

    public void Pump()
    {
        while (_answers.Count > 0)
        {
            _link.Deliver(TopicName.ChunkResponse(_kioskId), _answers.Dequeue());
        }
    }

    private void OnPublish(string topic, byte[] payload)
    {
        if (topic != TopicName.ChunkRequest(_kioskId))
        {
            return;
        }
        var request = ChunkRequestCodec.Decode(payload, 0, payload.Length);
        Requests.Add(request);
        if (!Silent)
        {
            _answers.Enqueue(ChunkResponseCodec.Encode(Answer(request)));
        }
    }

    private ChunkResponse Answer(ChunkRequest request)
    {
        var response = new ChunkResponse { BundleId = request.BundleId, Version = request.Version, Part = request.Part, ChunkIndex = request.ChunkIndex };
        if (!_bundles.TryGetValue((request.BundleId, request.Version), out var bundle))
        {
            response.Status = ChunkStatus.NotFound;
            return response;
        }
        var signed = TestProgram.SignedManifestOf(bundle);
        byte[] part;
        int chunkSize;
        if (request.Part == BundlePart.Manifest)
        {
            part = signed;
            chunkSize = ManifestChunkSize;
        }
        else
        {
            part = bundle[(BundleLayout.HeaderSize + signed.Length)..];
            var payload = CoseSign1Codec.Decode(signed, 0, signed.Length).Payload;
            chunkSize = BundleManifestCodec.Decode(payload, 0, payload.Length).ChunkSize;
        }
        var count = (uint)((part.Length + chunkSize - 1) / chunkSize);
        if (request.ChunkIndex >= count)
        {
            response.Status = ChunkStatus.OutOfRange;
            return response;
        }
        var start = (int)request.ChunkIndex * chunkSize;
        var data = part[start..Math.Min(part.Length, start + chunkSize)];
        response.Status = ChunkStatus.Ok;
        response.ChunkCount = count;
        response.Data = request.Part == BundlePart.Data && Tamper is not null ? Tamper(request, data) : data;
        return response;
    }
}
