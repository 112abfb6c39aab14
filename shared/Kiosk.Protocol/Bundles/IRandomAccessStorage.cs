namespace Kiosk.Protocol.Bundles;

/// <summary>
/// Read access to a stored bundle at any position, so a kiosk with 100 KB of heap can check
/// and read a 1 MB bundle a chunk at a time (a file on flash or SD, or memory in tests).
/// </summary>
public interface IRandomAccessStorage
{
    long Length { get; }

    /// <summary>Reads up to <paramref name="count"/> bytes at <paramref name="position"/>;
    /// returns how many were read (fewer only at the end).</summary>
    int Read(long position, byte[] buffer, int offset, int count);
}
