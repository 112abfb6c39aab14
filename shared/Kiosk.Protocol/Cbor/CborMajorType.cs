namespace Kiosk.Protocol.Cbor;

/// <summary>The eight CBOR major types (RFC 8949 section 3.1), numbered as on the wire.</summary>
public enum CborMajorType
{
    UnsignedInteger = 0,
    NegativeInteger = 1,
    ByteString = 2,
    TextString = 3,
    Array = 4,
    Map = 5,
    Tag = 6,
    Simple = 7
}
