namespace Kiosk.Protocol.Cose;

/// <summary>COSE algorithm and header labels this protocol uses (IANA COSE registries).</summary>
public static class CoseAlgorithm
{
    /// <summary>EdDSA (RFC 9053 section 2.2); with our keys always Ed25519.</summary>
    public const int EdDsa = -8;

    /// <summary>CBOR tag for a COSE_Sign1 object (RFC 9052 section 2).</summary>
    public const ulong Sign1Tag = 18;

    public const int AlgorithmLabel = 1;
    public const int CriticalLabel = 2;
    public const int KeyIdLabel = 4;
}
