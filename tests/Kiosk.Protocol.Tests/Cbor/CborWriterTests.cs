using Kiosk.Protocol.Cbor;

namespace Kiosk.Protocol.Tests.Cbor;

public class CborWriterTests
{
    // Expected bytes from RFC 8949 Appendix A.
    [Theory]
    [InlineData(0L, "00")]
    [InlineData(23L, "17")]
    [InlineData(24L, "1818")]
    [InlineData(100L, "1864")]
    [InlineData(1000L, "1903e8")]
    [InlineData(1000000L, "1a000f4240")]
    [InlineData(1000000000000L, "1b000000e8d4a51000")]
    [InlineData(-1L, "20")]
    [InlineData(-10L, "29")]
    [InlineData(-100L, "3863")]
    [InlineData(-1000L, "3903e7")]
    public void WritesRfcAppendixIntegers(long value, string hex)
    {
        var writer = new CborWriter();
        writer.WriteInt64(value);

        Assert.Equal(Convert.FromHexString(hex), writer.ToArray());
    }

    [Fact]
    public void WritesRfcAppendixScalars()
    {
        var writer = new CborWriter();
        writer.WriteUnsigned(18446744073709551615UL);
        writer.WriteBool(false);
        writer.WriteBool(true);
        writer.WriteNull();
        writer.WriteText("\u00fc");
        writer.WriteText("\u6c34");
        writer.WriteBytes([1, 2, 3, 4]);
        writer.WriteTag(1);
        writer.WriteUnsigned(1363896240);

        Assert.Equal(Convert.FromHexString("1bfffffffffffffffff4f5f662c3bc63e6b0b44401020304c11a514b67b0"), writer.ToArray());
    }

    [Fact]
    public void WritesSlicesEncodedItemsAndResets()
    {
        var writer = new CborWriter(1);
        writer.WriteBytes([9, 8, 7, 6], 1, 2);
        writer.WriteEncoded([0x82, 0x01, 0x02]);
        Assert.Equal(6, writer.Length);
        Assert.Equal(new byte[] { 0x42, 8, 7, 0x82, 0x01, 0x02 }, writer.ToArray());

        writer.Reset();
        writer.WriteArrayHeader(0);
        writer.WriteMapHeader(0);
        Assert.Equal(new byte[] { 0x80, 0xA0 }, writer.ToArray());
    }

    [Fact]
    public void GrowsPastItsInitialCapacity()
    {
        var writer = new CborWriter(0);
        byte[] big = new byte[100_000];
        new Random(3).NextBytes(big);
        writer.WriteBytes(big);

        byte[] encoded = writer.ToArray();
        var reader = new CborReader(encoded, 0, encoded.Length, new CborLimits(1, 200_000, 1, 200_000));
        Assert.Equal(big, reader.ReadBytes());
    }

    [Fact]
    public void RefusesBadArguments()
    {
        var writer = new CborWriter();
        Assert.Throws<ArgumentNullException>(() => writer.WriteBytes(null!));
        Assert.Throws<ArgumentNullException>(() => writer.WriteText(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.WriteBytes(new byte[2], 1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.WriteArrayHeader(-1));
        Assert.Throws<ArgumentException>(() => writer.WriteText("\uD800"));
        Assert.Equal(0, writer.Length);
    }
}
