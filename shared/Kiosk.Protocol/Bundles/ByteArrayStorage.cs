using System;

namespace Kiosk.Protocol.Bundles;

/// <summary>A bundle held in memory: on the companion after a build, and in tests.</summary>
public sealed class ByteArrayStorage : IRandomAccessStorage
{
    private readonly byte[] _data;

    public ByteArrayStorage(byte[] data)
    {
        if (data == null)
        {
            throw new ArgumentNullException("data");
        }
        _data = data;
    }

    public long Length
    {
        get { return _data.Length; }
    }

    public int Read(long position, byte[] buffer, int offset, int count)
    {
        if (position < 0 || position >= _data.Length)
        {
            return 0;
        }
        var available = _data.Length - (int)position;
        var length = count < available ? count : available;
        Array.Copy(_data, (int)position, buffer, offset, length);
        return length;
    }
}
