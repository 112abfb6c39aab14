using System.Formats.Cbor;
using Kiosk.Protocol.Cbor;
using SfcReader = System.Formats.Cbor.CborReader;
using SfcWriter = System.Formats.Cbor.CborWriter;

namespace Kiosk.Protocol.Tests.Cbor;

/// <summary>System.Formats.Cbor is the independent implementation our codec is checked against.</summary>
public class CborInteropTests
{
    [Fact]
    public void OurEncodingIsByteIdenticalToCanonicalSystemFormatsCbor()
    {
        var random = new Random(7);
        for (int i = 0; i < 1500; i++)
        {
            CborTree tree = CborTree.Random(random, 4);
            var ours = new Kiosk.Protocol.Cbor.CborWriter();
            tree.WriteTo(ours);
            var reference = new SfcWriter(CborConformanceMode.Canonical);
            tree.WriteTo(reference);

            Assert.Equal(reference.Encode(), ours.ToArray());
        }
    }

    [Theory]
    [InlineData(CborConformanceMode.Strict)]
    [InlineData(CborConformanceMode.Canonical)]
    public void SystemFormatsCborReadsWhatWeWrite(CborConformanceMode mode)
    {
        var random = new Random(11);
        for (int i = 0; i < 1000; i++)
        {
            CborTree tree = CborTree.Random(random, 4);
            var ours = new Kiosk.Protocol.Cbor.CborWriter();
            tree.WriteTo(ours);

            var reader = new SfcReader(ours.ToArray(), mode);
            tree.AssertRead(reader);
            Assert.Equal(0, reader.BytesRemaining);
        }
    }

    [Fact]
    public void WeReadWhatSystemFormatsCborWrites()
    {
        var random = new Random(13);
        for (int i = 0; i < 1000; i++)
        {
            CborTree tree = CborTree.Random(random, 4);
            var reference = new SfcWriter(CborConformanceMode.Strict);
            tree.WriteTo(reference);
            byte[] encoded = reference.Encode();

            CborWellFormedness.Check(encoded, 0, encoded.Length, CborLimits.Default);
            var reader = new Kiosk.Protocol.Cbor.CborReader(encoded);
            tree.AssertRead(reader);
            reader.ExpectEnd();

            var skipper = new Kiosk.Protocol.Cbor.CborReader(encoded);
            skipper.SkipValue();
            Assert.True(skipper.IsAtEnd);
        }
    }

    [Fact]
    public void WeSkipFloatsThatSystemFormatsCborWrites()
    {
        var reference = new SfcWriter();
        reference.WriteStartArray(4);
        reference.WriteHalf((Half)1.5);
        reference.WriteSingle(3.25f);
        reference.WriteDouble(Math.PI);
        reference.WriteSimpleValue((CborSimpleValue)200);
        reference.WriteEndArray();
        byte[] encoded = reference.Encode();

        CborWellFormedness.Check(encoded, 0, encoded.Length, CborLimits.Default);
        var reader = new Kiosk.Protocol.Cbor.CborReader(encoded);
        Assert.Equal(4, reader.ReadArrayHeader());
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(CborMajorType.Simple, reader.PeekMajorType());
            Assert.Throws<ProtocolDecodeException>(() => reader.ReadUnsigned());
            reader.SkipValue();
        }

        reader.ExpectEnd();
    }

    /// <summary>
    /// Anything our well-formedness check accepts must be a single well-formed item to an
    /// independent decoder too (the reverse does not hold: we also refuse indefinite lengths
    /// and enforce limits).
    /// </summary>
    [Fact]
    public void EverythingWeAcceptIsWellFormedToSystemFormatsCbor()
    {
        var random = new Random(17);
        int accepted = 0;
        for (int i = 0; i < 30000; i++)
        {
            byte[] data = new byte[random.Next(1, 12)];
            random.NextBytes(data);
            bool ours;
            try
            {
                CborWellFormedness.Check(data, 0, data.Length, CborLimits.Default);
                ours = true;
            }
            catch (ProtocolDecodeException)
            {
                ours = false;
            }

            if (ours)
            {
                accepted++;
                var reader = new SfcReader(data, CborConformanceMode.Lax);
                reader.SkipValue(disableConformanceModeChecks: true);
                Assert.Equal(0, reader.BytesRemaining);
            }
        }

        Assert.True(accepted > 100, "too few accepted inputs for the comparison to mean anything: " + accepted);
    }
}
