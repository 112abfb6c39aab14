namespace Kiosk.Protocol.Messages;

/// <summary>Which part of a bundle a chunk belongs to: the signed manifest first, then the data it describes.</summary>
public enum BundlePart
{
    Manifest = 0,
    Data = 1
}
