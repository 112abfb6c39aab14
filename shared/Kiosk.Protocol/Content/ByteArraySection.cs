using System;

namespace Kiosk.Protocol.Content;

/// <summary>A section held in memory: on the companion while a bundle is built, and in tests.</summary>
public sealed class ByteArraySection : IContentSection
{
    private readonly byte[] _data;

    public ByteArraySection(byte[] data)
    {
        if (data == null)
        {
            throw new ArgumentNullException("data");
        }

        _data = data;
    }

    public int Length
    {
        get { return _data.Length; }
    }

    public void Read(int position, byte[] buffer, int offset, int count)
    {
        ContentFormat.CheckRange(position, count, _data.Length);
        Array.Copy(_data, position, buffer, offset, count);
    }
}
