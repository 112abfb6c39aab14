using Kiosk.Protocol.Cbor;

namespace Kiosk.Protocol.Tests.Cbor;

public class CborReaderTests
{
    [Theory]
    [InlineData(new byte[] { 0x18, 0x05 }, 5UL)]
    [InlineData(new byte[] { 0x19, 0x00, 0x05 }, 5UL)]
    [InlineData(new byte[] { 0x1B, 0, 0, 0, 0, 0, 0, 0, 0x05 }, 5UL)]
    public void AcceptsNonShortestHeads(byte[] data, ulong expected)
    {
        var reader = new CborReader(data);

        Assert.Equal(expected, reader.ReadUnsigned());
        reader.ExpectEnd();
    }

    [Theory]
    [InlineData(new byte[] { 0x5F, 0x41, 0x00, 0xFF }, DecodeError.Unsupported)]  // indefinite bytes
    [InlineData(new byte[] { 0x7F, 0x61, 0x61, 0xFF }, DecodeError.Unsupported)]  // indefinite text
    [InlineData(new byte[] { 0x9F, 0xFF }, DecodeError.Unsupported)]              // indefinite array
    [InlineData(new byte[] { 0xBF, 0xFF }, DecodeError.Unsupported)]              // indefinite map
    [InlineData(new byte[] { 0xFF }, DecodeError.Malformed)]                      // lone break
    [InlineData(new byte[] { 0x1F }, DecodeError.Malformed)]                      // uint with ai 31
    [InlineData(new byte[] { 0x1C }, DecodeError.Malformed)]                      // reserved 28
    [InlineData(new byte[] { 0x3D }, DecodeError.Malformed)]                      // reserved 29
    [InlineData(new byte[] { 0x5E }, DecodeError.Malformed)]                      // reserved 30
    [InlineData(new byte[] { 0xFC }, DecodeError.Malformed)]
    [InlineData(new byte[] { 0xF8, 0x10 }, DecodeError.Malformed)]                // two-byte simple below 32
    [InlineData(new byte[] { 0x19, 0x01 }, DecodeError.Truncated)]
    [InlineData(new byte[] { 0x43, 0x01, 0x02 }, DecodeError.Truncated)]
    [InlineData(new byte[] { 0x82, 0x01 }, DecodeError.Truncated)]
    [InlineData(new byte[] { 0xA1, 0x01 }, DecodeError.Truncated)]
    [InlineData(new byte[] { 0xC6 }, DecodeError.Truncated)]
    [InlineData(new byte[] { 0x5B, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }, DecodeError.TooLarge)]
    [InlineData(new byte[] { 0x5A, 0xFF, 0xFF, 0xFF, 0xFF, 0x00 }, DecodeError.TooLarge)]
    [InlineData(new byte[] { 0x7A, 0x00, 0x00, 0x10, 0x00, 0x61 }, DecodeError.Truncated)]   // 4096 claimed, 1 present
    [InlineData(new byte[] { 0x9B, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }, DecodeError.TooLarge)]
    [InlineData(new byte[] { 0x99, 0x10, 0x01, 0x00 }, DecodeError.TooLarge)]     // 4097 elements
    [InlineData(new byte[] { 0xB9, 0x08, 0x00, 0x00, 0x00 }, DecodeError.Truncated)] // 2048 pairs claimed
    [InlineData(new byte[] { 0x01, 0x02 }, DecodeError.TrailingBytes)]
    [InlineData(new byte[0], DecodeError.Truncated)]
    public void RejectsBadInputWithTheRightError(byte[] data, DecodeError expected)
    {
        var error = Assert.Throws<ProtocolDecodeException>(() => CborWellFormedness.Check(data, 0, data.Length, CborLimits.Default));
        Assert.Equal(expected, error.Error);

        if (expected != DecodeError.TrailingBytes)
        {
            var skipError = Assert.Throws<ProtocolDecodeException>(() => new CborReader(data).SkipValue());
            Assert.Equal(expected, skipError.Error);
        }
    }

    [Fact]
    public void HugeClaimedStringFailsWithoutAllocating()
    {
        byte[] data = [0x5A, 0x7F, 0xFF, 0xFF, 0xF0, 1, 2, 3, 4, 5];
        var limits = new CborLimits(16, int.MaxValue, 4096, 1024);
        long before = GC.GetAllocatedBytesForCurrentThread();

        var error = Assert.Throws<ProtocolDecodeException>(() => new CborReader(data, 0, data.Length, limits).ReadBytes());

        Assert.Equal(DecodeError.Truncated, error.Error);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64 * 1024);
    }

    [Fact]
    public void EnforcesDepthInSkipAndCheck()
    {
        byte[] ok = NestedArrays(16);
        byte[] tooDeep = NestedArrays(17);
        byte[] deepTags = Enumerable.Repeat((byte)0xC6, 40).Append((byte)0x01).ToArray();

        CborWellFormedness.Check(ok, 0, ok.Length, CborLimits.Default);
        new CborReader(ok).SkipValue();
        Assert.Equal(DecodeError.TooDeep, Assert.Throws<ProtocolDecodeException>(() => CborWellFormedness.Check(tooDeep, 0, tooDeep.Length, CborLimits.Default)).Error);
        Assert.Equal(DecodeError.TooDeep, Assert.Throws<ProtocolDecodeException>(() => new CborReader(tooDeep).SkipValue()).Error);
        Assert.Equal(DecodeError.TooDeep, Assert.Throws<ProtocolDecodeException>(() => new CborReader(deepTags).SkipValue()).Error);
    }

    [Fact]
    public void VeryDeepInputDoesNotOverflowTheStack()
    {
        byte[] data = Enumerable.Repeat((byte)0x81, 1_000_000).Append((byte)0x00).ToArray();
        var limits = new CborLimits(CborLimits.DepthCeiling, 1024, 4096, 2_000_000);

        var error = Assert.Throws<ProtocolDecodeException>(() => CborWellFormedness.Check(data, 0, data.Length, limits));

        Assert.Equal(DecodeError.TooDeep, error.Error);
    }

    [Fact]
    public void WrongTypeGivesUnexpectedTypeAndKeepsThePosition()
    {
        byte[] data = [0x63, 0x61, 0x62, 0x63]; // "abc"
        var reader = new CborReader(data);

        Assert.Equal(DecodeError.UnexpectedType, Assert.Throws<ProtocolDecodeException>(() => reader.ReadUnsigned()).Error);
        Assert.Equal(DecodeError.UnexpectedType, Assert.Throws<ProtocolDecodeException>(() => reader.ReadInt64()).Error);
        Assert.Equal(DecodeError.UnexpectedType, Assert.Throws<ProtocolDecodeException>(() => reader.ReadBytes()).Error);
        Assert.Equal(DecodeError.UnexpectedType, Assert.Throws<ProtocolDecodeException>(() => reader.ReadArrayHeader()).Error);
        Assert.Equal(DecodeError.UnexpectedType, Assert.Throws<ProtocolDecodeException>(() => reader.ReadMapHeader()).Error);
        Assert.Equal(DecodeError.UnexpectedType, Assert.Throws<ProtocolDecodeException>(() => reader.ReadBool()).Error);
        Assert.Equal(DecodeError.UnexpectedType, Assert.Throws<ProtocolDecodeException>(() => reader.ReadNull()).Error);
        Assert.Equal(DecodeError.UnexpectedType, Assert.Throws<ProtocolDecodeException>(() => reader.ReadTag()).Error);
        Assert.False(reader.TryReadNull());
        Assert.Equal(0, reader.Position);
        Assert.Equal(CborMajorType.TextString, reader.PeekMajorType());
        Assert.Equal("abc", reader.ReadText());
        Assert.True(reader.IsAtEnd);
    }

    [Theory]
    [InlineData(new byte[] { 0x3B, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF })] // -2^64
    [InlineData(new byte[] { 0x1B, 0x80, 0, 0, 0, 0, 0, 0, 0 })]                      // 2^63
    public void IntegersBeyondInt64AreInvalidValues(byte[] data)
    {
        var error = Assert.Throws<ProtocolDecodeException>(() => new CborReader(data).ReadInt64());
        Assert.Equal(DecodeError.InvalidValue, error.Error);
    }

    [Theory]
    [InlineData(new byte[] { 0x1A, 0x80, 0, 0, 0 })]    // 2^31
    [InlineData(new byte[] { 0x3A, 0x80, 0, 0, 0 })]    // -2^31 - 1
    public void IntegersBeyondInt32AreInvalidValues(byte[] data)
    {
        var reader = new CborReader(data);
        var error = Assert.Throws<ProtocolDecodeException>(() => reader.ReadInt32());
        Assert.Equal(DecodeError.InvalidValue, error.Error);
        Assert.Equal(0, reader.Position);
    }

    [Fact]
    public void ReadsInt32Extremes()
    {
        var writer = new CborWriter();
        writer.WriteInt32(int.MinValue);
        writer.WriteInt32(int.MaxValue);
        var reader = new CborReader(writer.ToArray());

        Assert.Equal(int.MinValue, reader.ReadInt32());
        Assert.Equal(int.MaxValue, reader.ReadInt32());
        reader.ExpectEnd();
    }

    [Fact]
    public void InvalidUtf8InTextIsReported()
    {
        byte[] data = [0x62, 0xC0, 0xAF];

        var error = Assert.Throws<ProtocolDecodeException>(() => new CborReader(data).ReadText());

        Assert.Equal(DecodeError.InvalidUtf8, error.Error);
    }

    [Fact]
    public void ReadsFromASliceAndReportsAbsolutePositions()
    {
        byte[] data = [0xEE, 0xEE, 0x82, 0x01, 0x02, 0xEE];
        var reader = new CborReader(data, 2, 3, CborLimits.Default);

        Assert.Equal(2, reader.Position);
        Assert.Equal(2, reader.ReadArrayHeader());
        Assert.Equal(1UL, reader.ReadUnsigned());
        Assert.Equal(2UL, reader.ReadUnsigned());
        Assert.True(reader.IsAtEnd);
        Assert.Equal(5, reader.Position);
        Assert.Equal(DecodeError.Truncated, Assert.Throws<ProtocolDecodeException>(() => reader.ReadUnsigned()).Error);
    }

    [Fact]
    public void ReadEncodedValueReturnsTheExactBytesOfOneItem()
    {
        byte[] data = [0x82, 0xA1, 0x01, 0x43, 0x0A, 0x0B, 0x0C, 0x19, 0x00, 0x07];
        var reader = new CborReader(data);
        reader.ReadArrayHeader();

        Assert.Equal(data[1..7], reader.ReadEncodedValue());
        Assert.Equal(data[7..], reader.ReadEncodedValue());
        reader.ExpectEnd();
    }

    [Fact]
    public void InputLargerThanTheLimitIsRefusedUpFront()
    {
        byte[] data = new byte[100];
        var limits = new CborLimits(4, 10, 10, 99);

        Assert.Equal(DecodeError.TooLarge, Assert.Throws<ProtocolDecodeException>(() => new CborReader(data, 0, 100, limits)).Error);
        Assert.Equal(DecodeError.TooLarge, Assert.Throws<ProtocolDecodeException>(() => CborWellFormedness.Check(data, 0, 100, limits)).Error);
    }

    [Fact]
    public void StringAndContainerLimitsApplyToTypedReads()
    {
        var writer = new CborWriter();
        writer.WriteBytes(new byte[11]);
        writer.WriteArrayHeader(11);
        byte[] data = writer.ToArray().Concat(new byte[11]).ToArray();
        var limits = new CborLimits(4, 10, 10, 1000);
        var reader = new CborReader(data, 0, data.Length, limits);

        Assert.Equal(DecodeError.TooLarge, Assert.Throws<ProtocolDecodeException>(() => reader.ReadBytes()).Error);
        reader = new CborReader(data, 12, data.Length - 12, limits);
        Assert.Equal(DecodeError.TooLarge, Assert.Throws<ProtocolDecodeException>(() => reader.ReadArrayHeader()).Error);
    }

    [Fact]
    public void EveryStrictPrefixOfAnItemIsTruncated()
    {
        var random = new Random(5);
        for (int i = 0; i < 100; i++)
        {
            var writer = new CborWriter();
            CborTree.Random(random, 2).WriteTo(writer);
            byte[] data = writer.ToArray();
            for (int length = 0; length < data.Length; length++)
            {
                var error = Assert.Throws<ProtocolDecodeException>(() => CborWellFormedness.Check(data, 0, length, CborLimits.Default));
                Assert.Equal(DecodeError.Truncated, error.Error);
            }
        }
    }

    [Fact]
    public void LimitsOutsideTheirRangeAreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CborLimits(0, 1, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CborLimits(CborLimits.DepthCeiling + 1, 1, 1, 1));
        var limits = CborLimits.Default;
        limits.MaxDepth = 1000;
        Assert.Throws<ArgumentOutOfRangeException>(() => new CborReader(new byte[1], 0, 1, limits));
        Assert.Equal(16, CborLimits.Default.MaxDepth);
    }

    [Fact]
    public void ArgumentMistakesAreArgumentExceptionsNotDecodeErrors()
    {
        Assert.Throws<ArgumentNullException>(() => new CborReader(null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CborReader(new byte[4], 3, 2, CborLimits.Default));
        Assert.Throws<ArgumentNullException>(() => CborWellFormedness.Check(null!, 0, 0, CborLimits.Default));
        Assert.Throws<ArgumentOutOfRangeException>(() => CborWellFormedness.Check(new byte[4], -1, 2, CborLimits.Default));

        CborWellFormedness.Check([0x01], 0, 1, null!);
        Assert.Equal(1UL, new CborReader([0x01], 0, 1, null!).ReadUnsigned());
    }

    private static byte[] NestedArrays(int depth)
    {
        return Enumerable.Repeat((byte)0x81, depth).Append((byte)0x00).ToArray();
    }
}
