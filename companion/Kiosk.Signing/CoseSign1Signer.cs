using Kiosk.Protocol.Cose;

namespace Kiosk.Signing;

/// <summary>
/// Wraps a payload in a COSE_Sign1 object signed with the program key: EdDSA in the protected
/// header, the key id in the unprotected header, the payload attached. Nothing private: any COSE
/// library verifies it with the public key.
/// </summary>
public static class CoseSign1Signer
{
    private static readonly byte[] ProtectedHeader = CoseSign1Codec.EncodeProtectedHeader(CoseAlgorithm.EdDsa);

    public static byte[] Sign(byte[] payload, ProgramKey key)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(key);
        var signature = key.Sign(SigStructure.Encode(ProtectedHeader, payload));
        return CoseSign1Codec.Encode(new CoseSign1
        {
            ProtectedHeader = ProtectedHeader,
            Algorithm = CoseAlgorithm.EdDsa,
            KeyId = key.KeyId,
            Payload = payload,
            Signature = signature,
        });
    }
}
