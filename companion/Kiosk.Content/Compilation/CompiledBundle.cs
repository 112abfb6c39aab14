namespace Kiosk.Content.Compilation;

/// <summary>One signed bundle (one language, one display profile) and the figures about it.</summary>
public sealed record CompiledBundle(
    string BundleId,
    string Language,
    string ProfileId,
    uint Version,
    bool Draft,
    byte[] Bytes,
    IReadOnlyList<LessonSize> Lessons,
    IReadOnlyDictionary<string, int> SectionSizes,
    int PageCount,
    TimeSpan Elapsed)
{
    /// <summary>Bundle ids are <c>&lt;language&gt;-&lt;profile&gt;</c>, e.g. <c>th-320x240</c>.</summary>
    public static string IdFor(string language, string profileId) => $"{language}-{profileId}";

    public string FileName => BundleId + ".kbdl";
}
