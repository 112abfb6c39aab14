namespace Kiosk.Protocol.Bundles;

/// <summary>
/// What a bundle contains and how to check it: signed as the payload of a COSE_Sign1 object at
/// the head of the bundle. One bundle holds one language for one display profile.
/// </summary>
public sealed class BundleManifest
{
    public string BundleId;

    /// <summary>Increases with every build; kiosks never install a lower one unless pinned.</summary>
    public uint Version;

    /// <summary>BCP 47 language tag, e.g. "th" or "ar".</summary>
    public string Language;

    /// <summary>Display profile id, e.g. "320x240".</summary>
    public string Profile;

    /// <summary>True when some text is a machine draft not yet reviewed by a native speaker.</summary>
    public bool Draft;

    /// <summary>Size of every chunk but the last, in bytes.</summary>
    public int ChunkSize;

    /// <summary>Total size of the data region in bytes.</summary>
    public int DataLength;

    /// <summary>SHA-256 of each chunk of the data region, in order.</summary>
    public byte[][] ChunkHashes;

    public BundleSection[] Sections;

    public int ChunkCount
    {
        get { return ChunkHashes == null ? 0 : ChunkHashes.Length; }
    }

    /// <summary>Length of chunk <paramref name="index"/>: <see cref="ChunkSize"/> except the last.</summary>
    public int ChunkLength(int index)
    {
        var start = index * ChunkSize;
        var remaining = DataLength - start;
        return remaining < ChunkSize ? remaining : ChunkSize;
    }

    /// <summary>The section called <paramref name="name"/>, or null.</summary>
    public BundleSection FindSection(string name)
    {
        for (var i = 0; i < Sections.Length; i++)
        {
            if (Sections[i].Name == name)
            {
                return Sections[i];
            }
        }
        return null;
    }
}
