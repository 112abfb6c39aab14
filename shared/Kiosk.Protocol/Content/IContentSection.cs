namespace Kiosk.Protocol.Content;

/// <summary>
/// Positional read access to one section of a content bundle. Readers fetch a few bytes at a
/// time into buffers they own, so a section is never held in memory whole.
/// </summary>
public interface IContentSection
{
    int Length { get; }

    /// <summary>Reads exactly <paramref name="count"/> bytes at <paramref name="position"/>;
    /// a range outside the section raises <see cref="ProtocolDecodeException"/> (Truncated).</summary>
    void Read(int position, byte[] buffer, int offset, int count);
}
