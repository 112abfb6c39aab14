using Kiosk.Protocol.Crypto;
using static Kiosk.Protocol.Tests.Crypto.Curve25519Reference;

namespace Kiosk.Protocol.Tests.Crypto;

/// <summary>The blocked encodings against torsion points computed independently with BigInteger.</summary>
public sealed class SmallOrderEncodingsTests
{
    [Fact]
    public void EveryTorsionPointIsBlockedWithEitherSignBit()
    {
        foreach (byte[] encoding in TorsionPointEncodings())
        {
            Assert.True(SmallOrderEncodings.Contains(encoding, 0));
            byte[] flipped = (byte[])encoding.Clone();
            flipped[31] ^= 0x80;
            Assert.True(SmallOrderEncodings.Contains(flipped, 0));
        }
    }

    [Fact]
    public void NonCanonicalAliasesOfZeroAndOneAreBlockedAndTheirNeighboursAreNot()
    {
        Assert.True(SmallOrderEncodings.Contains(ToLittleEndian(P, 32), 0));
        Assert.True(SmallOrderEncodings.Contains(ToLittleEndian(P + 1, 32), 0));
        Assert.False(SmallOrderEncodings.Contains(ToLittleEndian(P + 2, 32), 0));
        Assert.False(SmallOrderEncodings.Contains(ToLittleEndian(P - 2, 32), 0));
        Assert.False(SmallOrderEncodings.Contains(ToLittleEndian(2, 32), 0));
    }

    [Fact]
    public void RandomEncodingsAreNotBlocked()
    {
        var random = new Random(6);
        var encoding = new byte[32];
        for (int i = 0; i < 1000; i++)
        {
            random.NextBytes(encoding);
            Assert.False(SmallOrderEncodings.Contains(encoding, 0));
        }
    }

    [Fact]
    public void ReadsAtTheGivenOffset()
    {
        byte[] identity = ToLittleEndian(1, 32);
        byte[] padded = [0xff, 0xff, .. identity];
        Assert.True(SmallOrderEncodings.Contains(padded, 2));
        Assert.False(SmallOrderEncodings.Contains(padded, 0));
    }
}
