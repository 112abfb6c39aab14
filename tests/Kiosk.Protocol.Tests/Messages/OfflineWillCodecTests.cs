using System.Formats.Cbor;
using System.Text;
using Kiosk.Protocol.Messages;

namespace Kiosk.Protocol.Tests.Messages;

/// <summary>
/// The text form of the Last Will: it must survive a string round trip (what M2Mqtt does to a
/// Will), read back through the status decoder, and refuse every other spelling.
/// </summary>
public class OfflineWillCodecTests
{
    public static TheoryData<uint, ulong> Values => new()
    {
        { 0u, 0ul },
        { 1u, 1ul },
        { 23u, 9ul },
        { 7u, 1_000_000ul },
        { uint.MaxValue, ulong.MaxValue },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void A_will_reads_back_through_the_status_decoder_as_offline(uint bootCount, ulong epoch)
    {
        byte[] will = OfflineWillCodec.Encode(bootCount, epoch);

        KioskStatus status = KioskStatusCodec.Decode(will, 0, will.Length);

        Assert.Equal(KioskState.Offline, status.State);
        Assert.Equal(bootCount, status.BootCount);
        Assert.Equal(epoch, status.ConnectionEpoch);
        Assert.True(will.Length <= OfflineWillCodec.MaxEncodedSize);
    }

    [Fact]
    public void Every_will_survives_being_carried_as_a_string_and_is_one_cbor_text_item()
    {
        var random = new Random(20261128);
        for (int i = 0; i < 5_000; i++)
        {
            uint bootCount = (uint)random.NextInt64(0, (long)uint.MaxValue + 1);
            ulong epoch = (ulong)random.NextInt64() >> random.Next(0, 63);
            byte[] will = OfflineWillCodec.Encode(bootCount, epoch);

            // M2Mqtt: the adapter turns bytes into chars one to one, the client sends UTF-8.
            string carried = new(will.Select(b => (char)b).ToArray());
            Assert.Equal(will, Encoding.UTF8.GetBytes(carried));
            Assert.DoesNotContain((byte)0, will);

            var reader = new CborReader(will);
            Assert.Equal($"offline {bootCount} {epoch}", reader.ReadTextString());
            Assert.Equal(0, reader.BytesRemaining);
        }
    }

    [Theory]
    [InlineData("online 1 2")]
    [InlineData("offline 1")]
    [InlineData("offline ")]
    [InlineData("offline 1 ")]
    [InlineData("offline  1 2")]
    [InlineData("offline 1  2")]
    [InlineData("offline 01 2")]
    [InlineData("offline 1 02")]
    [InlineData("offline -1 2")]
    [InlineData("offline +1 2")]
    [InlineData("offline 1 2 3")]
    [InlineData("offline 1 2x")]
    [InlineData("offline 4294967296 2")]
    [InlineData("offline 1 18446744073709551616")]
    [InlineData("offline 1 99999999999999999999")]
    [InlineData("OFFLINE 1 2")]
    [InlineData("offline 1 2\u0660")]
    public void Any_other_text_is_refused_with_a_protocol_error(string text)
    {
        var writer = new CborWriter();
        writer.WriteTextString(text);
        byte[] payload = writer.Encode();

        var error = Assert.Throws<ProtocolDecodeException>(() => KioskStatusCodec.Decode(payload, 0, payload.Length));
        Assert.Contains(error.Error, new[] { DecodeError.InvalidValue, DecodeError.TooLarge });
    }

    [Fact]
    public void A_will_with_trailing_bytes_or_an_overlong_text_is_refused()
    {
        byte[] will = OfflineWillCodec.Encode(3, 4);
        byte[] trailing = [.. will, 0x00];
        var writer = new CborWriter();
        writer.WriteTextString("offline 1 " + new string('1', 40));
        byte[] overlong = writer.Encode();

        Assert.Equal(DecodeError.TrailingBytes, Assert.Throws<ProtocolDecodeException>(() => KioskStatusCodec.Decode(trailing, 0, trailing.Length)).Error);
        Assert.Throws<ProtocolDecodeException>(() => KioskStatusCodec.Decode(overlong, 0, overlong.Length));
    }

    [Fact]
    public void Damaged_wills_fail_only_with_protocol_errors_and_what_is_accepted_round_trips()
    {
        var random = new Random(7);
        byte[] seed = OfflineWillCodec.Encode(12, 345_678);
        int accepted = 0;
        for (int i = 0; i < 10_000; i++)
        {
            byte[] damaged = seed[..random.Next(0, seed.Length + 1)];
            if (damaged.Length > 0)
            {
                for (int flips = random.Next(1, 4); flips > 0; flips--)
                {
                    // Mostly digits, spaces and letters, so many inputs get past the CBOR layer.
                    damaged[random.Next(damaged.Length)] = random.Next(4) == 0 ? (byte)random.Next(256) : (byte)"0123456789 offlin"[random.Next(17)];
                }
            }

            try
            {
                KioskStatus status = KioskStatusCodec.Decode(damaged, 0, damaged.Length);
                if (OfflineWillCodec.IsWill(damaged, 0, damaged.Length))
                {
                    Assert.Equal(damaged, OfflineWillCodec.Encode(status.BootCount, status.ConnectionEpoch));
                    accepted++;
                }
            }
            catch (ProtocolDecodeException)
            {
            }
        }

        Assert.True(accepted > 0, "no mutation produced another valid will, so the round trip went untested");
    }
}
