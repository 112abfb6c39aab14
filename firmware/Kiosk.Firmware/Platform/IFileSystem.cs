namespace Kiosk.Firmware.Platform;

/// <summary>
/// Flash or SD storage as the core needs it: files named by '/'-separated relative paths
/// (folders exist implicitly), read and written whole or at a position.
/// <para>Power-cut semantics, which every adapter must provide and the core relies on:</para>
/// <list type="bullet">
/// <item>Operations take effect in the order they are called; once one returns it survives a
/// power cut (the adapter flushes where its medium buffers).</item>
/// <item>A write cut short by power loss may be torn at any byte: any prefix of it may have
/// reached the medium, and a whole-file write may leave the file shorter than before.</item>
/// <item><see cref="Rename"/> and <see cref="Delete"/> are atomic: after a cut the file is
/// either fully in its old state or fully in the new one.</item>
/// </list>
/// The core never trusts a file it wrote without a checksum or signature, so torn writes
/// cost at most the operation in flight.
/// </summary>
public interface IFileSystem
{
    bool Exists(string path);

    /// <summary>Length in bytes, or -1 when the file does not exist.</summary>
    long Length(string path);

    /// <summary>The whole file, or null when it does not exist.</summary>
    byte[] ReadAll(string path);

    /// <summary>Reads up to <paramref name="count"/> bytes at <paramref name="position"/>;
    /// returns how many were read (0 at or past the end, or when the file does not exist).</summary>
    int Read(string path, long position, byte[] buffer, int offset, int count);

    /// <summary>Creates or replaces the file with <paramref name="data"/>. Not atomic.</summary>
    void WriteAll(string path, byte[] data);

    /// <summary>
    /// Writes at <paramref name="position"/>, creating the file when missing and growing it
    /// when needed (a gap reads as zeros). Not atomic.
    /// </summary>
    void Write(string path, long position, byte[] data, int offset, int count);

    /// <summary>Removes the file; nothing happens when it does not exist.</summary>
    void Delete(string path);

    /// <summary>Moves <paramref name="from"/> to <paramref name="to"/>, replacing it, atomically.</summary>
    void Rename(string from, string to);

    /// <summary>Names (not paths) of the files directly in <paramref name="folder"/>; empty when none.</summary>
    string[] List(string folder);

    /// <summary>Bytes still free on the medium.</summary>
    long FreeBytes { get; }

    /// <summary>Pushes buffered writes to the medium; the core calls it before it relies on them.</summary>
    void Flush();
}
