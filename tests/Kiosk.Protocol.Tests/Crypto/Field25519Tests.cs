using System.Numerics;
using Kiosk.Protocol.Crypto;
using static Kiosk.Protocol.Tests.Crypto.Curve25519Reference;

namespace Kiosk.Protocol.Tests.Crypto;

/// <summary>The limb arithmetic against BigInteger, including inputs at the documented limb bounds.</summary>
public sealed class Field25519Tests
{
    private static readonly int[] LimbWidths = [26, 25, 26, 25, 26, 25, 26, 25, 26, 25];

    [Fact]
    public void EncodingRoundTripsAndIsCanonical()
    {
        var random = new Random(1);
        var element = Field25519.Create();
        var output = new byte[32];
        foreach (var value in SampleValues(random, 200).Concat([P - 1, P, P + 1, P + 18, BigInteger.Pow(2, 255) - 1]))
        {
            Field25519.FromBytes(element, ToLittleEndian(value, 32), 0);
            Assert.Equal(Mod(value), ValueOf(element));
            Field25519.ToBytes(output, 0, element);
            Assert.Equal(ToLittleEndian(Mod(value), 32), output);
        }
    }

    [Fact]
    public void MultiplyAndSquareMatchBigInteger()
    {
        var random = new Random(2);
        var f = Field25519.Create();
        var g = Field25519.Create();
        var h = Field25519.Create();
        var encoded = new byte[32];
        for (int round = 0; round < 500; round++)
        {
            RandomLimbs(random, f, round % 3);
            RandomLimbs(random, g, (round / 3) % 3);
            BigInteger fv = ValueOf(f), gv = ValueOf(g);

            Field25519.Multiply(h, f, g);
            AssertReduced(h);
            Assert.Equal(Mod(fv * gv), ValueOf(h));

            Field25519.Square(h, f);
            AssertReduced(h);
            Assert.Equal(Mod(fv * fv), ValueOf(h));

            Field25519.ToBytes(encoded, 0, f);
            Assert.Equal(ToLittleEndian(Mod(fv), 32), encoded);
        }
    }

    [Fact]
    public void InvertAndPowerMatchBigInteger()
    {
        var random = new Random(3);
        var f = Field25519.Create();
        var h = Field25519.Create();
        foreach (var value in SampleValues(random, 20).Append(1).Append(P - 1))
        {
            Field25519.FromBytes(f, ToLittleEndian(value, 32), 0);
            Field25519.Invert(h, f);
            Assert.Equal(Inverse(value), ValueOf(h));
            Field25519.PowerP58(h, f);
            Assert.Equal(BigInteger.ModPow(value, (P - 5) / 8, P), ValueOf(h));
        }
    }

    [Fact]
    public void CurveConstantsMatchTheirDefinitions()
    {
        Assert.Equal(D, ValueOf(EdwardsCurve.D));
        Assert.Equal(Mod(2 * D), ValueOf(EdwardsCurve.TwoD));
        Assert.Equal(SqrtMinusOne, ValueOf(EdwardsCurve.SqrtMinusOne));
        Assert.Equal(P - 1, Mod(SqrtMinusOne * SqrtMinusOne));
    }

    internal static BigInteger ValueOf(int[] limbs)
    {
        BigInteger value = 0;
        int position = 0;
        for (int i = 0; i < 10; i++)
        {
            value += (BigInteger)limbs[i] << position;
            position += LimbWidths[i];
        }

        return Mod(value);
    }

    // Shape 0: carried limbs; 1: a sum of two carried elements; 2: a difference (negative limbs) —
    // the operand shapes the point formulas feed to Multiply.
    private static void RandomLimbs(Random random, int[] limbs, int shape)
    {
        for (int i = 0; i < 10; i++)
        {
            int bound = 1 << LimbWidths[i];
            limbs[i] = shape switch
            {
                0 => random.Next(bound),
                1 => random.Next(bound) + random.Next(bound) + random.Next(bound / 2),
                _ => random.Next(bound) - random.Next(bound) - random.Next(bound / 2),
            };
        }
    }

    private static void AssertReduced(int[] limbs)
    {
        for (int i = 0; i < 10; i++)
        {
            Assert.InRange(limbs[i], -(1 << 17), (1 << LimbWidths[i]) + (1 << 17));
        }
    }

    private static IEnumerable<BigInteger> SampleValues(Random random, int count)
    {
        var bytes = new byte[32];
        for (int i = 0; i < count; i++)
        {
            random.NextBytes(bytes);
            bytes[31] &= 0x7f;
            yield return FromLittleEndian(bytes);
        }
    }
}
