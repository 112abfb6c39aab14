using Kiosk.Protocol.Crypto;

namespace Kiosk.Protocol.Cose;

/// <summary>Checks COSE_Sign1 signatures against the program's public key.</summary>
public static class CoseSign1Verifier
{
    public static bool Verify(CoseSign1 message, byte[] publicKey)
    {
        if (message.Algorithm != CoseAlgorithm.EdDsa || message.Signature == null || message.Signature.Length != Ed25519.SignatureSize)
        {
            return false;
        }
        var signed = SigStructure.Encode(message.ProtectedHeader, message.Payload);
        return Ed25519.Verify(publicKey, signed, 0, signed.Length, message.Signature);
    }

    /// <summary>
    /// Decodes a COSE_Sign1 object and returns its payload only if the signature is valid;
    /// otherwise a <see cref="ProtocolDecodeException"/> (never unverified bytes).
    /// </summary>
    public static byte[] VerifiedPayload(byte[] data, int offset, int count, byte[] publicKey)
    {
        var message = CoseSign1Codec.Decode(data, offset, count);
        if (message.Algorithm != CoseAlgorithm.EdDsa)
        {
            throw new ProtocolDecodeException(DecodeError.Unsupported, "Only EdDSA (COSE algorithm -8) signatures are accepted.");
        }
        if (!Verify(message, publicKey))
        {
            throw new ProtocolDecodeException(DecodeError.BadSignature, "The signature does not match the program key.");
        }
        return message.Payload;
    }
}
