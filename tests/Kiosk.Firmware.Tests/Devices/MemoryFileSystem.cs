using Kiosk.Firmware.Platform;

namespace Kiosk.Firmware.Tests.Devices;

/// <summary>
/// A faithful in-memory flash for the core, with the power-cut semantics <see cref="IFileSystem"/>
/// promises and nothing kinder: after a chosen number of changing operations the next one is torn
/// (a write leaves a random prefix, a whole-file write truncates first; a delete or rename
/// happens or not) and every later call throws <see cref="PowerCutException"/>.
/// <see cref="Reboot"/> gives what survived to a fresh kiosk.
/// </summary>
public sealed class MemoryFileSystem : IFileSystem
{
    private readonly Dictionary<string, byte[]> _files;
    private readonly Lock _sync = new();
    private int _operationsLeft = int.MaxValue;
    private Random? _tearing;

    public MemoryFileSystem(long capacity = 8 * 1024 * 1024)
        : this(new Dictionary<string, byte[]>(StringComparer.Ordinal), capacity)
    {
    }

    private MemoryFileSystem(Dictionary<string, byte[]> files, long capacity)
    {
        _files = files;
        Capacity = capacity;
    }

    public long Capacity { get; }

    /// <summary>Changing operations completed (writes, deletes, renames).</summary>
    public int Operations { get; private set; }

    public bool PoweredOff { get; private set; }

    public long FreeBytes
    {
        get
        {
            lock (_sync)
            {
                Alive();
                return Capacity - _files.Values.Sum(file => (long)file.Length);
            }
        }
    }

    /// <summary>Lets <paramref name="operations"/> more changing operations complete, then tears the next.</summary>
    public void CutPowerAfter(int operations, Random tearing)
    {
        lock (_sync)
        {
            _operationsLeft = operations;
            _tearing = tearing;
        }
    }

    /// <summary>A new kiosk on what reached the medium.</summary>
    public MemoryFileSystem Reboot()
    {
        lock (_sync)
        {
            return new MemoryFileSystem(_files.ToDictionary(pair => pair.Key, pair => (byte[])pair.Value.Clone(), StringComparer.Ordinal), Capacity);
        }
    }

    public IReadOnlyCollection<string> Paths()
    {
        lock (_sync)
        {
            return [.. _files.Keys];
        }
    }

    public bool Exists(string path)
    {
        lock (_sync)
        {
            Alive();
            return _files.ContainsKey(path);
        }
    }

    public long Length(string path)
    {
        lock (_sync)
        {
            Alive();
            return _files.TryGetValue(path, out var file) ? file.Length : -1;
        }
    }

    public byte[]? ReadAll(string path)
    {
        lock (_sync)
        {
            Alive();
            return _files.TryGetValue(path, out var file) ? (byte[])file.Clone() : null;
        }
    }

    public int Read(string path, long position, byte[] buffer, int offset, int count)
    {
        lock (_sync)
        {
            Alive();
            if (!_files.TryGetValue(path, out var file) || position >= file.Length)
            {
                return 0;
            }
            var length = (int)Math.Min(count, file.Length - position);
            Array.Copy(file, position, buffer, offset, length);
            return length;
        }
    }

    public void WriteAll(string path, byte[] data)
    {
        lock (_sync)
        {
            Alive();
            if (data.Length > Capacity - UsedExcept(path))
            {
                throw new IOException("Storage full.");
            }
            var kept = Change(data.Length);
            _files[path] = data[..kept];
            Completed();
        }
    }

    public void Write(string path, long position, byte[] data, int offset, int count)
    {
        lock (_sync)
        {
            Alive();
            var file = _files.TryGetValue(path, out var existing) ? existing : [];
            if (position + count - file.Length > Capacity - UsedExcept(null))
            {
                throw new IOException("Storage full.");
            }
            var kept = Change(count);
            if (position + kept > file.Length)
            {
                Array.Resize(ref file, (int)(position + kept));
            }
            Array.Copy(data, offset, file, position, kept);
            _files[path] = file;
            Completed();
        }
    }

    public void Delete(string path)
    {
        lock (_sync)
        {
            if (Change(1) == 1)
            {
                _files.Remove(path);
            }
            Completed();
        }
    }

    public void Rename(string from, string to)
    {
        lock (_sync)
        {
            if (!_files.ContainsKey(from))
            {
                Alive();
                throw new FileNotFoundException(from);
            }
            if (Change(1) == 1)
            {
                _files[to] = _files[from];
                _files.Remove(from);
            }
            Completed();
        }
    }

    public string[] List(string folder)
    {
        lock (_sync)
        {
            Alive();
            var prefix = folder + "/";
            return [.. _files.Keys
                .Where(path => path.StartsWith(prefix, StringComparison.Ordinal) && path.IndexOf('/', prefix.Length) < 0)
                .Select(path => path[prefix.Length..])
                .Order(StringComparer.Ordinal)];
        }
    }

    public void Flush()
    {
        lock (_sync)
        {
            Alive();
        }
    }

    /// <summary>How many of <paramref name="size"/> units the operation gets done: all, or when it is the torn one, a random part.</summary>
    private int Change(int size)
    {
        Alive();
        if (_operationsLeft > 0)
        {
            return size;
        }
        PoweredOff = true;
        return _tearing!.Next(size + 1);
    }

    private void Completed()
    {
        Operations++;
        if (PoweredOff)
        {
            throw new PowerCutException();
        }
        if (_operationsLeft != int.MaxValue)
        {
            _operationsLeft--;
        }
    }

    private long UsedExcept(string? path) => _files.Where(pair => pair.Key != path).Sum(pair => (long)pair.Value.Length);

    private void Alive()
    {
        if (PoweredOff)
        {
            throw new PowerCutException();
        }
    }
}
