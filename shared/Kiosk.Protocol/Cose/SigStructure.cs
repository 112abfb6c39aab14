using Kiosk.Protocol.Cbor;

namespace Kiosk.Protocol.Cose;

/// <summary>
/// The bytes an EdDSA signature covers (RFC 9052 section 4.4):
/// ["Signature1", body_protected, external_aad, payload]. External AAD is always empty here.
/// Signer and verifier both build it through this one class.
/// </summary>
public static class SigStructure
{
    private const string Context = "Signature1";

    public static byte[] Encode(byte[] protectedHeader, byte[] payload)
    {
        var writer = new CborWriter(protectedHeader.Length + payload.Length + 24);
        writer.WriteArrayHeader(4);
        writer.WriteText(Context);
        writer.WriteBytes(protectedHeader);
        writer.WriteBytes(new byte[0]);
        writer.WriteBytes(payload);
        return writer.ToArray();
    }
}
