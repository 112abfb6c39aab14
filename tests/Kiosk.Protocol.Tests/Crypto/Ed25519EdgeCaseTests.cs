using System.Numerics;
using Kiosk.Protocol.Crypto;
using static Kiosk.Protocol.Tests.Crypto.Curve25519Reference;

namespace Kiosk.Protocol.Tests.Crypto;

/// <summary>
/// Crafted inputs at the edges of the verification policy (docs/crypto.md). Where a crafted
/// signature satisfies the bare equation, the test also shows that the arithmetic alone would
/// accept it, so it is the policy rule that rejects it, and that NSec rejects it too.
/// </summary>
public sealed class Ed25519EdgeCaseTests
{
    private static readonly byte[] Message = "kiosk bundle manifest"u8.ToArray();

    private static readonly Rfc8032Vector Valid = Rfc8032Vector.All[2];

    [Fact]
    public void SignatureWithLAddedToSIsRejected()
    {
        byte[] signature = Valid.SignatureBytes;
        var s = FromLittleEndian(signature.AsSpan(32));
        ToLittleEndian(s + L, 32).CopyTo(signature, 32);

        Assert.False(Ed25519.Verify(Valid.PublicKeyBytes, Valid.MessageBytes, signature));
        Assert.Equal(false, NsecOracle.Verify(Valid.PublicKeyBytes, Valid.MessageBytes, signature));
        Assert.True(ArithmeticAlone(Valid.PublicKeyBytes, Valid.MessageBytes, signature), "S + L satisfies the bare equation");
    }

    [Fact]
    public void SEqualToLAndAllOnesAreRejected()
    {
        foreach (var s in new[] { L, L + 1, BigInteger.Pow(2, 256) - 1 })
        {
            byte[] signature = Valid.SignatureBytes;
            ToLittleEndian(s, 32).CopyTo(signature, 32);
            Assert.False(Ed25519.Verify(Valid.PublicKeyBytes, Valid.MessageBytes, signature));
            Assert.Equal(false, NsecOracle.Verify(Valid.PublicKeyBytes, Valid.MessageBytes, signature));
        }
    }

    [Fact]
    public void NonCanonicalPublicKeysAreRejected()
    {
        // y = p .. p + 18 with either sign: the only encodings with y >= p.
        for (int delta = 0; delta < 19; delta++)
        {
            foreach (bool sign in new[] { false, true })
            {
                byte[] key = ToLittleEndian(P + delta, 32);
                if (sign)
                {
                    key[31] |= 0x80;
                }

                Assert.False(Ed25519.Verify(key, Message, Valid.SignatureBytes));
                Assert.NotEqual(true, NsecOracle.Verify(key, Message, Valid.SignatureBytes));
            }
        }
    }

    [Fact]
    public void SmallOrderPublicKeysAreRejectedEvenWhenTheEquationHolds()
    {
        byte[][] smallOrder = TorsionPointEncodings();
        Assert.Equal(8, smallOrder.Select(Convert.ToHexString).Distinct().Count());

        // R = [r]B and S = r: then [S]B - [k]A = R whenever [k]A is the identity, which for a
        // small-order A happens for one message in at most eight.
        byte[] rSeed = new byte[32];
        rSeed[0] = 7;
        byte[] r = NsecOracle.Sign(rSeed, Message).PublicKey;
        byte[] s = ToLittleEndian(SecretScalar(rSeed) % L, 32);
        byte[] signature = [.. r, .. s];
        foreach (byte[] key in smallOrder)
        {
            byte[] message = FindMessageWhereEquationHolds(key, signature);
            Assert.True(ArithmeticAlone(key, message, signature), "crafted forgery satisfies the bare equation");
            Assert.False(Ed25519.Verify(key, message, signature));
            Assert.NotEqual(true, NsecOracle.Verify(key, message, signature));

            byte[] flippedSign = (byte[])key.Clone();
            flippedSign[31] ^= 0x80;
            Assert.False(Ed25519.Verify(flippedSign, message, signature));
        }
    }

    [Fact]
    public void SmallOrderRIsRejectedEvenWhenTheEquationHolds()
    {
        // With R the identity and S = k a, [S]B - [k]A is the identity: the bare equation holds.
        byte[] seed = Valid.SeedBytes;
        byte[] key = Valid.PublicKeyBytes;
        BigInteger a = SecretScalar(seed);
        byte[] identity = ToLittleEndian(1, 32);
        BigInteger k = Challenge(identity, key, Message);
        byte[] signature = [.. identity, .. ToLittleEndian(k * a % L, 32)];

        Assert.True(ArithmeticAlone(key, Message, signature), "crafted signature satisfies the bare equation");
        Assert.False(Ed25519.Verify(key, Message, signature));
        Assert.Equal(false, NsecOracle.Verify(key, Message, signature));

        foreach (byte[] r in TorsionPointEncodings())
        {
            byte[] other = [.. r, .. Valid.SignatureBytes.AsSpan(32)];
            Assert.False(Ed25519.Verify(key, Message, other));
            Assert.Equal(false, NsecOracle.Verify(key, Message, other));
        }
    }

    [Fact]
    public void NonCanonicalRIsRejected()
    {
        // R = y + p for the small y that have such an alias: still never equal to an encoding.
        for (int delta = 0; delta < 19; delta++)
        {
            byte[] signature = [.. ToLittleEndian(P + delta, 32), .. Valid.SignatureBytes.AsSpan(32)];
            Assert.False(Ed25519.Verify(Valid.PublicKeyBytes, Valid.MessageBytes, signature));
            Assert.Equal(false, NsecOracle.Verify(Valid.PublicKeyBytes, Valid.MessageBytes, signature));
        }
    }

    [Fact]
    public void KeysOffTheCurveAreRejected()
    {
        int offCurve = 0;
        for (int y = 2; offCurve < 20; y++)
        {
            if (RecoverX(y, odd: false) is null)
            {
                offCurve++;
                byte[] key = ToLittleEndian(y, 32);
                Assert.False(Ed25519.Verify(key, Message, Valid.SignatureBytes));
                Assert.NotEqual(true, NsecOracle.Verify(key, Message, Valid.SignatureBytes));
            }
        }
    }

    [Fact]
    public void AllZeroKeyAndSignatureAreRejected()
    {
        var zeroKey = new byte[32];
        var zeroSignature = new byte[64];
        Assert.False(Ed25519.Verify(zeroKey, Message, zeroSignature));
        Assert.False(Ed25519.Verify(Valid.PublicKeyBytes, Valid.MessageBytes, zeroSignature));
        Assert.False(Ed25519.Verify(zeroKey, Valid.MessageBytes, Valid.SignatureBytes));
        Assert.NotEqual(true, NsecOracle.Verify(zeroKey, Message, zeroSignature));
        Assert.Equal(false, NsecOracle.Verify(Valid.PublicKeyBytes, Valid.MessageBytes, zeroSignature));
    }

    [Fact]
    public void WrongLengthsAreRejected()
    {
        byte[] key = Valid.PublicKeyBytes, message = Valid.MessageBytes, signature = Valid.SignatureBytes;
        Assert.False(Ed25519.Verify(key[..31], message, signature));
        Assert.False(Ed25519.Verify([.. key, 0], message, signature));
        Assert.False(Ed25519.Verify(key, message, signature[..63]));
        Assert.False(Ed25519.Verify(key, message, [.. signature, 0]));
        Assert.False(Ed25519.Verify([], message, []));
    }

    [Fact]
    public void NullsAndBadRangesThrow()
    {
        byte[] key = Valid.PublicKeyBytes, message = Valid.MessageBytes, signature = Valid.SignatureBytes;
        Assert.Throws<ArgumentNullException>(() => Ed25519.Verify(null!, message, signature));
        Assert.Throws<ArgumentNullException>(() => Ed25519.Verify(key, null!, signature));
        Assert.Throws<ArgumentNullException>(() => Ed25519.Verify(key, message, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => Ed25519.Verify(key, message, 1, message.Length, signature));
        Assert.Throws<ArgumentOutOfRangeException>(() => Ed25519.Verify(key, message, -1, 1, signature));
    }

    // The verification arithmetic without the byte-level policy rules in front of it.
    private static bool ArithmeticAlone(byte[] key, byte[] message, byte[] signature) =>
        new Ed25519Verification().Run(key, message, 0, message.Length, signature);

    private static byte[] FindMessageWhereEquationHolds(byte[] key, byte[] signature)
    {
        for (byte counter = 0; ; counter++)
        {
            byte[] message = [.. Message, counter];
            if (ArithmeticAlone(key, message, signature))
            {
                return message;
            }
        }
    }
}
