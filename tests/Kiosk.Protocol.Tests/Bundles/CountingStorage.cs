using Kiosk.Protocol.Bundles;

namespace Kiosk.Protocol.Tests.Bundles;

/// <summary>Storage that records how it is read, to prove bundles are read in pieces.</summary>
internal sealed class CountingStorage(byte[] data) : IRandomAccessStorage
{
    private readonly ByteArrayStorage _inner = new(data);

    public long Length => _inner.Length;

    public int LargestRead { get; private set; }

    public long BytesRead { get; private set; }

    public int Read(long position, byte[] buffer, int offset, int count)
    {
        LargestRead = Math.Max(LargestRead, count);
        var read = _inner.Read(position, buffer, offset, count);
        BytesRead += read;
        return read;
    }
}
