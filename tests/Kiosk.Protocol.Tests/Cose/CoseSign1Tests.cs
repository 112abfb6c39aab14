using System.Formats.Cbor;
using Kiosk.Protocol;
using Kiosk.Protocol.Cose;
using Kiosk.Signing;
using NSec.Cryptography;
using CborWriter = System.Formats.Cbor.CborWriter;
using CborReader = System.Formats.Cbor.CborReader;

namespace Kiosk.Protocol.Tests.Cose;

/// <summary>
/// What we sign must be ordinary COSE: System.Formats.Cbor (an independent CBOR implementation)
/// and NSec check our objects without our code, and our verifier accepts objects built by them.
/// </summary>
public sealed class CoseSign1Tests : IDisposable
{
    private readonly ProgramKey _key = ProgramKey.Generate();
    private readonly byte[] _payload = "a catalog for group school-7"u8.ToArray();

    [Fact]
    public void Signed_object_is_standard_cose_sign1()
    {
        var signed = CoseSign1Signer.Sign(_payload, _key);

        var reader = new CborReader(signed, CborConformanceMode.Canonical);
        Assert.Equal((CborTag)18, reader.ReadTag());
        Assert.Equal(4, reader.ReadStartArray());
        var protectedHeader = reader.ReadByteString();
        var header = new CborReader(protectedHeader, CborConformanceMode.Canonical);
        Assert.Equal(1, header.ReadStartMap());
        Assert.Equal(1, header.ReadInt32());
        Assert.Equal(-8, header.ReadInt32());
        Assert.Equal(1, reader.ReadStartMap());
        Assert.Equal(4, reader.ReadInt32());
        Assert.Equal(_key.KeyId, reader.ReadByteString());
        reader.ReadEndMap();
        var payload = reader.ReadByteString();
        var signature = reader.ReadByteString();
        reader.ReadEndArray();
        Assert.Equal(0, reader.BytesRemaining);
        Assert.Equal(_payload, payload);

        var publicKey = NSec.Cryptography.PublicKey.Import(SignatureAlgorithm.Ed25519, _key.PublicKey, KeyBlobFormat.RawPublicKey);
        Assert.True(SignatureAlgorithm.Ed25519.Verify(publicKey, IndependentSigStructure(protectedHeader, payload), signature));
    }

    [Fact]
    public void Verifier_accepts_objects_built_by_other_tools()
    {
        // Untagged, kid in the protected header, an extra unprotected header: all legal COSE.
        var writer = new CborWriter(CborConformanceMode.Lax);
        writer.WriteStartMap(2);
        writer.WriteInt32(1);
        writer.WriteInt32(-8);
        writer.WriteInt32(4);
        writer.WriteByteString(_key.KeyId);
        writer.WriteEndMap();
        var protectedHeader = writer.Encode();
        var signature = _key.Sign(IndependentSigStructure(protectedHeader, _payload));
        var message = new CborWriter(CborConformanceMode.Lax);
        message.WriteStartArray(4);
        message.WriteByteString(protectedHeader);
        message.WriteStartMap(1);
        message.WriteTextString("note");
        message.WriteTextString("built elsewhere");
        message.WriteEndMap();
        message.WriteByteString(_payload);
        message.WriteByteString(signature);
        message.WriteEndArray();
        var encoded = message.Encode();

        var verified = CoseSign1Verifier.VerifiedPayload(encoded, 0, encoded.Length, _key.PublicKey);

        Assert.Equal(_payload, verified);
    }

    [Fact]
    public void Round_trip_keeps_every_field()
    {
        var signed = CoseSign1Signer.Sign(_payload, _key);

        var decoded = CoseSign1Codec.Decode(signed, 0, signed.Length);

        Assert.Equal(CoseAlgorithm.EdDsa, decoded.Algorithm);
        Assert.Equal(_key.KeyId, decoded.KeyId);
        Assert.Equal(_payload, decoded.Payload);
        Assert.Equal(64, decoded.Signature.Length);
        Assert.Equal(signed, CoseSign1Codec.Encode(decoded));
    }

    [Fact]
    public void Another_key_is_refused()
    {
        using var other = ProgramKey.Generate();
        var signed = CoseSign1Signer.Sign(_payload, other);

        var error = Assert.Throws<ProtocolDecodeException>(() => CoseSign1Verifier.VerifiedPayload(signed, 0, signed.Length, _key.PublicKey));

        Assert.Equal(DecodeError.BadSignature, error.Error);
    }

    [Fact]
    public void Other_algorithms_and_critical_headers_are_refused()
    {
        var es256 = Build(header => { header.WriteStartMap(1); header.WriteInt32(1); header.WriteInt32(-7); header.WriteEndMap(); });
        var critical = Build(header =>
        {
            header.WriteStartMap(2);
            header.WriteInt32(1);
            header.WriteInt32(-8);
            header.WriteInt32(2);
            header.WriteStartArray(1);
            header.WriteInt32(99);
            header.WriteEndArray();
            header.WriteEndMap();
        });

        Assert.Equal(DecodeError.Unsupported, Assert.Throws<ProtocolDecodeException>(() => CoseSign1Verifier.VerifiedPayload(es256, 0, es256.Length, _key.PublicKey)).Error);
        Assert.Equal(DecodeError.Unsupported, Assert.Throws<ProtocolDecodeException>(() => CoseSign1Verifier.VerifiedPayload(critical, 0, critical.Length, _key.PublicKey)).Error);
    }

    [Fact]
    public void Detached_payload_is_refused()
    {
        var message = new CborWriter();
        message.WriteTag((CborTag)18);
        message.WriteStartArray(4);
        message.WriteByteString(CoseSign1Codec.EncodeProtectedHeader(CoseAlgorithm.EdDsa));
        message.WriteStartMap(0);
        message.WriteEndMap();
        message.WriteNull();
        message.WriteByteString(new byte[64]);
        message.WriteEndArray();
        var encoded = message.Encode();

        Assert.Equal(DecodeError.UnexpectedType, Assert.Throws<ProtocolDecodeException>(() => CoseSign1Codec.Decode(encoded, 0, encoded.Length)).Error);
    }

    [Fact]
    public void Mutated_objects_end_only_in_typed_rejections()
    {
        var signed = CoseSign1Signer.Sign(_payload, _key);
        var random = new Random(1234);
        var rejected = 0;
        var cases = Fuzz.Cases(3_000, 100_000);
        for (var i = 0; i < cases; i++)
        {
            var mutated = Fuzz.Mutate(signed, random);
            try
            {
                var payload = CoseSign1Verifier.VerifiedPayload(mutated, 0, mutated.Length, _key.PublicKey);
                // Only an encoding-equivalent object may pass, and then with the same payload.
                Assert.Equal(_payload, payload);
            }
            catch (ProtocolDecodeException)
            {
                rejected++;
            }
        }
        Assert.True(rejected > cases * 0.97, $"only {rejected} of {cases} mutations were rejected");
    }

    public void Dispose() => _key.Dispose();

    private byte[] Build(Action<CborWriter> writeProtectedHeader)
    {
        var header = new CborWriter();
        writeProtectedHeader(header);
        var protectedHeader = header.Encode();
        var message = new CborWriter();
        message.WriteTag((CborTag)18);
        message.WriteStartArray(4);
        message.WriteByteString(protectedHeader);
        message.WriteStartMap(0);
        message.WriteEndMap();
        message.WriteByteString(_payload);
        message.WriteByteString(_key.Sign(IndependentSigStructure(protectedHeader, _payload)));
        message.WriteEndArray();
        return message.Encode();
    }

    /// <summary>Sig_structure per RFC 9052 section 4.4, built without our code.</summary>
    internal static byte[] IndependentSigStructure(byte[] protectedHeader, byte[] payload)
    {
        var writer = new CborWriter(CborConformanceMode.Canonical);
        writer.WriteStartArray(4);
        writer.WriteTextString("Signature1");
        writer.WriteByteString(protectedHeader);
        writer.WriteByteString([]);
        writer.WriteByteString(payload);
        writer.WriteEndArray();
        return writer.Encode();
    }
}
