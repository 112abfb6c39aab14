using Kiosk.Firmware.Platform;

namespace Kiosk.Simulator.Storage;

/// <summary>
/// <see cref="IFileSystem"/> on a folder of the host, one folder per simulated kiosk. Every
/// write is flushed to the disk before it returns and <see cref="Rename"/> is the host's
/// rename(2), which replaces the target atomically, so the core's power-cut assumptions hold
/// for a killed simulator process too.
/// </summary>
public sealed class FolderFileSystem : IFileSystem
{
    private readonly string _root;
    private readonly Lock _sync = new();

    public FolderFileSystem(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
    }

    public long FreeBytes => new DriveInfo(_root).AvailableFreeSpace;

    public bool Exists(string path)
    {
        lock (_sync)
        {
            return File.Exists(Full(path));
        }
    }

    public long Length(string path)
    {
        lock (_sync)
        {
            var info = new FileInfo(Full(path));
            return info.Exists ? info.Length : -1;
        }
    }

    public byte[]? ReadAll(string path)
    {
        lock (_sync)
        {
            var full = Full(path);
            return File.Exists(full) ? File.ReadAllBytes(full) : null;
        }
    }

    public int Read(string path, long position, byte[] buffer, int offset, int count)
    {
        lock (_sync)
        {
            var full = Full(path);
            if (!File.Exists(full))
            {
                return 0;
            }
            using var file = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            if (position >= file.Length)
            {
                return 0;
            }
            file.Position = position;
            var total = 0;
            while (total < count)
            {
                var read = file.Read(buffer, offset + total, count - total);
                if (read == 0)
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
        lock (_sync)
        {
            using var file = Open(path, FileMode.Create);
            file.Write(data, 0, data.Length);
            file.Flush(flushToDisk: true);
        }
    }

    public void Write(string path, long position, byte[] data, int offset, int count)
    {
        lock (_sync)
        {
            using var file = Open(path, FileMode.OpenOrCreate);
            file.Position = position;
            file.Write(data, offset, count);
            file.Flush(flushToDisk: true);
        }
    }

    public void Delete(string path)
    {
        lock (_sync)
        {
            // IFileSystem: deleting what is not there does nothing, even when its folder is missing
            // too (File.Delete throws DirectoryNotFoundException for that).
            var full = Full(path);
            if (File.Exists(full))
            {
                File.Delete(full);
            }
        }
    }

    public void Rename(string from, string to)
    {
        lock (_sync)
        {
            var target = Full(to);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(Full(from), target, overwrite: true);
        }
    }

    public string[] List(string folder)
    {
        lock (_sync)
        {
            var full = Full(folder);
            if (!Directory.Exists(full))
            {
                return [];
            }
            return [.. Directory.GetFiles(full).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
        }
    }

    public void Flush()
    {
        // Every write above is already flushed to the disk before it returns.
    }

    private FileStream Open(string path, FileMode mode)
    {
        var full = Full(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new FileStream(full, mode, FileAccess.Write, FileShare.Read);
    }

    private string Full(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Path.IsPathRooted(path) || path.Split('/').Any(level => level is "" or "." or ".."))
        {
            throw new ArgumentException($"'{path}' is not a plain relative path.", nameof(path));
        }
        return Path.Combine(_root, path.Replace('/', Path.DirectorySeparatorChar));
    }
}
