namespace Kiosk.Protocol.Cose;

/// <summary>
/// A COSE_Sign1 object (RFC 9052 section 4.2): one signer, EdDSA only. Plain data; encoding is
/// in <see cref="CoseSign1Codec"/>, checking in <see cref="CoseSign1Verifier"/>.
/// </summary>
public sealed class CoseSign1
{
    /// <summary>The protected header exactly as encoded (a CBOR map inside a byte string); the
    /// signature covers these bytes, so they are kept verbatim rather than re-encoded.</summary>
    public byte[] ProtectedHeader;

    /// <summary>The algorithm from the protected header (COSE label 1); -8 is EdDSA.</summary>
    public int Algorithm;

    /// <summary>The key id from the unprotected header (COSE label 4), or null.</summary>
    public byte[] KeyId;

    public byte[] Payload;

    public byte[] Signature;
}
