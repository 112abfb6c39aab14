using Kiosk.Protocol.Bundles;

namespace Kiosk.Protocol.Content;

/// <summary>A section of an installed, verified bundle, read from flash on demand.</summary>
public sealed class BundleContentSection : IContentSection
{
    private readonly Bundle _bundle;
    private readonly BundleSection _section;

    public BundleContentSection(Bundle bundle, BundleSection section)
    {
        _bundle = bundle;
        _section = section;
    }

    public int Length
    {
        get { return _section.Length; }
    }

    public void Read(int position, byte[] buffer, int offset, int count)
    {
        ContentFormat.CheckRange(position, count, _section.Length);
        _bundle.ReadSection(_section, position, buffer, offset, count);
    }
}
