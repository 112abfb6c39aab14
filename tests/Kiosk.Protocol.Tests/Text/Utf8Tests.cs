using System.Text;
using Kiosk.Protocol.Text;

namespace Kiosk.Protocol.Tests.Text;

public class Utf8Tests
{
    private static readonly UTF8Encoding StrictReference = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Fact]
    public void RandomStringsEncodeLikeTheFrameworkAndRoundTrip()
    {
        var random = new Random(1234);
        for (int i = 0; i < 2000; i++)
        {
            string text = RandomValidString(random, random.Next(0, 40));
            byte[] expected = StrictReference.GetBytes(text);

            byte[] actual = Utf8.Encode(text);

            Assert.Equal(expected, actual);
            Assert.Equal(expected.Length, Utf8.EncodedLength(text));
            Assert.Equal(text, Utf8.Decode(actual, 0, actual.Length));
        }
    }

    [Fact]
    public void RandomBytesAreAcceptedExactlyWhenTheFrameworkAcceptsThem()
    {
        var random = new Random(99);
        int accepted = 0;
        for (int i = 0; i < 20000; i++)
        {
            byte[] data = RandomUtf8ishBytes(random);
            string? reference;
            try
            {
                reference = StrictReference.GetString(data);
            }
            catch (DecoderFallbackException)
            {
                reference = null;
            }

            if (reference is null)
            {
                var error = Assert.Throws<ProtocolDecodeException>(() => Utf8.Decode(data, 0, data.Length));
                Assert.Equal(DecodeError.InvalidUtf8, error.Error);
            }
            else
            {
                accepted++;
                Assert.Equal(reference, Utf8.Decode(data, 0, data.Length));
            }
        }

        // Both branches must have been exercised for the comparison to mean anything.
        Assert.InRange(accepted, 1000, 19000);
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0xAF })]              // overlong '/'
    [InlineData(new byte[] { 0xC1, 0xBF })]              // overlong
    [InlineData(new byte[] { 0xE0, 0x80, 0xAF })]        // overlong 3-byte
    [InlineData(new byte[] { 0xF0, 0x80, 0x80, 0xAF })]  // overlong 4-byte
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]        // U+D800 high surrogate
    [InlineData(new byte[] { 0xED, 0xBF, 0xBF })]        // U+DFFF low surrogate
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })]  // U+110000
    [InlineData(new byte[] { 0xF5, 0x80, 0x80, 0x80 })]  // lead byte beyond range
    [InlineData(new byte[] { 0xE2, 0x82 })]              // truncated euro sign
    [InlineData(new byte[] { 0x41, 0xF0, 0x9F, 0x98 })]  // truncated emoji after 'A'
    [InlineData(new byte[] { 0x80 })]                    // stray continuation
    [InlineData(new byte[] { 0xC3, 0x28 })]              // lead without continuation
    [InlineData(new byte[] { 0xFF })]
    public void RejectsIllFormedSequences(byte[] data)
    {
        var error = Assert.Throws<ProtocolDecodeException>(() => Utf8.Decode(data, 0, data.Length));
        Assert.Equal(DecodeError.InvalidUtf8, error.Error);
    }

    [Fact]
    public void DecodesBoundaryScalars()
    {
        string text = "\u007F\u0080\u07FF\u0800\uD7FF\uE000\uFFFF" + char.ConvertFromUtf32(0x10000) + char.ConvertFromUtf32(0x10FFFF);
        byte[] data = Encoding.UTF8.GetBytes(text);

        Assert.Equal(text, Utf8.Decode(data, 0, data.Length));
    }

    [Fact]
    public void DecodesOnlyTheGivenSlice()
    {
        byte[] data = Encoding.UTF8.GetBytes("xxhéllo\u0915yy");

        Assert.Equal("héllo\u0915", Utf8.Decode(data, 2, data.Length - 4));
    }

    // A Fact rather than InlineData: the test runner's serialisation would replace lone surrogates.
    [Fact]
    public void UnpairedSurrogatesCannotBeEncoded()
    {
        string[] texts = ["a\uD800", "\uDC00b", "\uD800\uD800", "\uDBFF", "ok\uDFFF\uD800"];
        foreach (string text in texts)
        {
            Assert.Throws<ArgumentException>(() => Utf8.Encode(text));
            Assert.Throws<ArgumentException>(() => Utf8.EncodedLength(text));
        }
    }

    private static string RandomValidString(Random random, int length)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < length; i++)
        {
            int pick = random.Next(5);
            int scalar = pick switch
            {
                0 => random.Next(0, 0x80),
                1 => random.Next(0x80, 0x800),
                2 => random.Next(0x800, 0xD800),
                3 => random.Next(0xE000, 0x10000),
                _ => random.Next(0x10000, 0x110000),
            };
            builder.Append(char.ConvertFromUtf32(scalar));
        }

        return builder.ToString();
    }

    // Mostly plausible UTF-8 with occasional damage, so both valid and invalid inputs are common.
    private static byte[] RandomUtf8ishBytes(Random random)
    {
        byte[] data = StrictReference.GetBytes(RandomValidString(random, random.Next(0, 8)));
        if (data.Length > 0 && random.Next(2) == 0)
        {
            data[random.Next(data.Length)] = (byte)random.Next(256);
        }

        if (data.Length > 0 && random.Next(4) == 0)
        {
            Array.Resize(ref data, random.Next(data.Length));
        }

        return data;
    }
}
