using Kiosk.Firmware.Platform;
using Kiosk.Protocol.Bundles;

namespace Kiosk.Firmware.Storage;

/// <summary>One file seen as a bundle's random-access storage; a missing file is empty.</summary>
public sealed class FileStorage : IRandomAccessStorage
{
    private readonly IFileSystem _fileSystem;
    private readonly string _path;

    public FileStorage(IFileSystem fileSystem, string path)
    {
        _fileSystem = fileSystem;
        _path = path;
    }

    public long Length
    {
        get
        {
            long length = _fileSystem.Length(_path);
            return length < 0 ? 0 : length;
        }
    }

    public int Read(long position, byte[] buffer, int offset, int count)
    {
        return _fileSystem.Read(_path, position, buffer, offset, count);
    }
}
