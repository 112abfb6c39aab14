using Kiosk.Firmware.Platform;
using Kiosk.Simulator.Storage;

namespace Kiosk.Companion.Demo;

/// <summary>
/// The simulator's folder flash, with the one difference the core relies on: deleting a file that
/// does not exist is a no-op even when its folder does not exist yet (FolderFileSystem throws
/// DirectoryNotFoundException there, which crashed a kiosk's first install).
/// </summary>
public sealed class SimulatedFlash(string root) : IFileSystem
{
    private readonly FolderFileSystem _folder = new(root);

    public long FreeBytes => _folder.FreeBytes;

    public bool Exists(string path) => _folder.Exists(path);

    public long Length(string path) => _folder.Length(path);

    public byte[]? ReadAll(string path) => _folder.ReadAll(path);

    public int Read(string path, long position, byte[] buffer, int offset, int count) => _folder.Read(path, position, buffer, offset, count);

    public void WriteAll(string path, byte[] data) => _folder.WriteAll(path, data);

    public void Write(string path, long position, byte[] data, int offset, int count) => _folder.Write(path, position, data, offset, count);

    public void Delete(string path)
    {
        if (_folder.Exists(path))
        {
            _folder.Delete(path);
        }
    }

    public void Rename(string from, string to) => _folder.Rename(from, to);

    public string[] List(string folder) => _folder.List(folder);

    public void Flush() => _folder.Flush();
}
