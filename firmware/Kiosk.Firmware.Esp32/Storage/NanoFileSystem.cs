using System;
using System.IO;
using Kiosk.Firmware.Platform;

namespace Kiosk.Firmware.Esp32.Storage;

/// <summary>
/// <see cref="IFileSystem"/> over nanoFramework's System.IO on one drive: the internal LittleFS
/// partition (I:) or the SD card (D:). The core's '/'-separated relative paths become
/// '\'-separated paths under the drive root. Every call opens, works and closes its stream, so
/// what returned has been handed to the file system driver (LittleFS commits on close).
/// </summary>
public sealed class NanoFileSystem : IFileSystem
{
    private const int ZeroFillBytes = 512;

    private readonly string _root;
    private byte[] _zeros;

    /// <param name="drive">"I:" or "D:".</param>
    public NanoFileSystem(string drive)
    {
        _root = drive + "\\";
    }

    public bool Exists(string path)
    {
        return File.Exists(Full(path));
    }

    public long Length(string path)
    {
        string full = Full(path);
        return File.Exists(full) ? new FileInfo(full).Length : -1;
    }

    public byte[] ReadAll(string path)
    {
        string full = Full(path);
        return File.Exists(full) ? File.ReadAllBytes(full) : null;
    }

    public int Read(string path, long position, byte[] buffer, int offset, int count)
    {
        string full = Full(path);
        if (!File.Exists(full))
        {
            return 0;
        }

        using (var stream = new FileStream(full, FileMode.Open, FileAccess.Read))
        {
            if (position >= stream.Length)
            {
                return 0;
            }

            stream.Seek(position, SeekOrigin.Begin);
            int total = 0;
            while (total < count)
            {
                int read = stream.Read(buffer, offset + total, count - total);
                if (read <= 0)
                {
                    break;
                }

                total += read;
            }

            return total;
        }
    }

    public void WriteAll(string path, byte[] data)
    {
        string full = Full(path);
        EnsureFolder(full);
        File.WriteAllBytes(full, data);
    }

    public void Write(string path, long position, byte[] data, int offset, int count)
    {
        string full = Full(path);
        EnsureFolder(full);
        using (var stream = new FileStream(full, FileMode.OpenOrCreate, FileAccess.ReadWrite))
        {
            // FAT leaves the bytes of a gap undefined, so a gap is written out as zeros.
            long end = stream.Length;
            if (position > end)
            {
                stream.Seek(end, SeekOrigin.Begin);
                FillZeros(stream, position - end);
            }

            stream.Seek(position, SeekOrigin.Begin);
            stream.Write(data, offset, count);
            stream.Flush();
        }
    }

    public void Delete(string path)
    {
        string full = Full(path);
        if (File.Exists(full))
        {
            File.Delete(full);
        }
    }

    /// <summary>
    /// nanoFramework's File.Move refuses an existing destination, so replacing takes a delete and
    /// a move: each is atomic on LittleFS, the pair is not. After a cut between them the
    /// destination is missing and the source still whole (see docs/device.md).
    /// </summary>
    public void Rename(string from, string to)
    {
        string source = Full(from);
        string destination = Full(to);
        EnsureFolder(destination);
        if (File.Exists(destination))
        {
            File.Delete(destination);
        }

        File.Move(source, destination);
    }

    public string[] List(string folder)
    {
        string full = Full(folder);
        if (!Directory.Exists(full))
        {
            return new string[0];
        }

        string[] files = Directory.GetFiles(full);
        for (int i = 0; i < files.Length; i++)
        {
            files[i] = Path.GetFileName(files[i]);
        }

        return files;
    }

    /// <summary>
    /// nanoFramework's DriveInfo reports only the total size, so free space is the total less
    /// what the files take. Block overhead is not counted; the figure is a little optimistic.
    /// </summary>
    public long FreeBytes
    {
        get { return new DriveInfo(_root).TotalSize - UsedBytes(_root); }
    }

    public void Flush()
    {
        // Each operation closed its stream before returning; nothing is left buffered here.
    }

    private static long UsedBytes(string folder)
    {
        long used = 0;
        string[] files = Directory.GetFiles(folder);
        for (int i = 0; i < files.Length; i++)
        {
            used += new FileInfo(files[i]).Length;
        }

        string[] folders = Directory.GetDirectories(folder);
        for (int i = 0; i < folders.Length; i++)
        {
            used += UsedBytes(folders[i]);
        }

        return used;
    }

    private void FillZeros(FileStream stream, long count)
    {
        if (_zeros == null)
        {
            _zeros = new byte[ZeroFillBytes];
        }

        while (count > 0)
        {
            int chunk = count > ZeroFillBytes ? ZeroFillBytes : (int)count;
            stream.Write(_zeros, 0, chunk);
            count -= chunk;
        }
    }

    private static void EnsureFolder(string fullPath)
    {
        string folder = Path.GetDirectoryName(fullPath);
        if (folder != null && folder.Length > 3 && !Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    private string Full(string path)
    {
        // The core's paths use '/', System.IO on nanoFramework uses '\'.
        char[] chars = path.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '/')
            {
                chars[i] = '\\';
            }
        }

        return _root + new string(chars);
    }
}
