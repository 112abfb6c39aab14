using System.Numerics;
using Kiosk.Protocol.Crypto;
using static Kiosk.Protocol.Tests.Crypto.Curve25519Reference;

namespace Kiosk.Protocol.Tests.Crypto;

/// <summary>Scalar reduction, range check and sliding-window recoding against BigInteger.</summary>
public sealed class Scalar25519Tests
{
    [Fact]
    public void ReduceWideMatchesBigInteger()
    {
        var random = new Random(4);
        var input = new byte[64];
        var output = new byte[32];
        for (int round = 0; round < 500; round++)
        {
            switch (round)
            {
                case 0: Array.Fill(input, (byte)0xff); break;
                case 1: Array.Clear(input); break;
                case 2: ToLittleEndian(L, 64).CopyTo(input, 0); break;
                case 3: ToLittleEndian(L * L - 1, 64).CopyTo(input, 0); break;
                default: random.NextBytes(input); break;
            }

            Scalar25519.ReduceWide(input, 0, output);
            Assert.Equal(ToLittleEndian(FromLittleEndian(input) % L, 32), output);
        }
    }

    [Fact]
    public void IsCanonicalMeansBelowL()
    {
        foreach (var s in new[] { BigInteger.Zero, L - 1, L, L + 1, BigInteger.Pow(2, 253), BigInteger.Pow(2, 256) - 1, BigInteger.Pow(2, 252) })
        {
            Assert.Equal(s < L, Scalar25519.IsCanonical(ToLittleEndian(s, 32), 0));
        }
    }

    [Fact]
    public void SlidingWindowDigitsRebuildTheScalar()
    {
        var random = new Random(5);
        var scalar = new byte[32];
        var digits = new sbyte[256];
        for (int round = 0; round < 500; round++)
        {
            random.NextBytes(scalar);
            scalar[31] &= 0x1f; // below 2^253
            if (round == 0)
            {
                ToLittleEndian(L - 1, 32).CopyTo(scalar, 0);
            }
            else if (round == 1)
            {
                ToLittleEndian(BigInteger.Pow(2, 253) - 1, 32).CopyTo(scalar, 0);
            }

            int highest = Scalar25519.ToSlidingWindow(scalar, 0, digits);
            BigInteger rebuilt = 0;
            int lastNonZero = 1000;
            for (int i = 255; i >= 0; i--)
            {
                rebuilt = (rebuilt << 1) + digits[i];
                if (digits[i] != 0)
                {
                    Assert.True(digits[i] % 2 != 0 && Math.Abs((int)digits[i]) <= 15, $"digit {digits[i]} at {i}");
                    Assert.True(lastNonZero - i >= Scalar25519.WindowWidth, "digits closer than the window");
                    lastNonZero = i;
                    Assert.True(i <= highest);
                }
            }

            Assert.Equal(FromLittleEndian(scalar), rebuilt);
            Assert.True(highest < 0 || digits[highest] != 0);
        }
    }
}
