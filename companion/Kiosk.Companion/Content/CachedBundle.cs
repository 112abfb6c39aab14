using Kiosk.Protocol.Bundles;
using Kiosk.Protocol.Messages;

namespace Kiosk.Companion.Content;

/// <summary>
/// A stored bundle split the way chunk transfers see it (docs/protocol.md section 7): the signed
/// manifest cut into manifest chunks, and the data region cut at the manifest's chunk size.
/// </summary>
public sealed class CachedBundle
{
    private readonly byte[] _content;
    private readonly int _dataStart;
    private readonly int _dataChunkSize;
    private readonly int _manifestStart;
    private readonly int _manifestLength;
    private readonly int _manifestChunkSize;

    public CachedBundle(byte[] content, int dataChunkSize, int manifestChunkSize)
    {
        _content = content;
        _manifestStart = BundleLayout.HeaderSize;
        _manifestLength = BundleLayout.DecodeHeader(content[..BundleLayout.HeaderSize]);
        _dataStart = _manifestStart + _manifestLength;
        _dataChunkSize = dataChunkSize;
        _manifestChunkSize = manifestChunkSize;
    }

    public int Size => _content.Length;

    public uint ChunkCount(BundlePart part) => part == BundlePart.Manifest
        ? (uint)((_manifestLength + _manifestChunkSize - 1) / _manifestChunkSize)
        : (uint)((_content.Length - _dataStart + _dataChunkSize - 1) / _dataChunkSize);

    /// <summary>A copy of chunk <paramref name="index"/> of the part; the caller checked the index against <see cref="ChunkCount"/>.</summary>
    public byte[] Chunk(BundlePart part, uint index)
    {
        var (start, length, size) = part == BundlePart.Manifest
            ? (_manifestStart, _manifestLength, _manifestChunkSize)
            : (_dataStart, _content.Length - _dataStart, _dataChunkSize);
        var offset = (int)index * size;
        return _content.AsSpan(start + offset, Math.Min(size, length - offset)).ToArray();
    }
}
