using Kiosk.Protocol.Crypto;

namespace Kiosk.Protocol.Tests.Crypto;

/// <summary>RFC 8032 section 7.1: the published signatures verify, and no single flipped bit does.</summary>
public sealed class Ed25519Rfc8032Tests
{
    public static TheoryData<Rfc8032Vector> Vectors => new(Rfc8032Vector.All);

    [Theory]
    [MemberData(nameof(Vectors))]
    public void VectorIsGenuineAndVerifies(Rfc8032Vector vector)
    {
        // The vector's key and signature must be what libsodium derives from its seed, so a typo
        // in the table cannot make this test meaningless.
        var (publicKey, signature) = NsecOracle.Sign(vector.SeedBytes, vector.MessageBytes);
        Assert.Equal(vector.PublicKeyBytes, publicKey);
        Assert.Equal(vector.SignatureBytes, signature);

        Assert.True(Ed25519.Verify(vector.PublicKeyBytes, vector.MessageBytes, vector.SignatureBytes));
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void VerifiesMessageInsideLargerBuffer(Rfc8032Vector vector)
    {
        byte[] message = vector.MessageBytes;
        var buffer = new byte[message.Length + 10];
        Array.Fill(buffer, (byte)0xa5);
        message.CopyTo(buffer, 7);
        Assert.True(Ed25519.Verify(vector.PublicKeyBytes, buffer, 7, message.Length, vector.SignatureBytes));
        if (message.Length > 0)
        {
            Assert.False(Ed25519.Verify(vector.PublicKeyBytes, buffer, 6, message.Length, vector.SignatureBytes));
        }
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void EveryFlippedSignatureBitFails(Rfc8032Vector vector)
    {
        byte[] publicKey = vector.PublicKeyBytes, message = vector.MessageBytes;
        foreach (var tampered in EveryBitFlipped(vector.SignatureBytes))
        {
            Assert.False(Ed25519.Verify(publicKey, message, tampered));
        }
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void EveryFlippedKeyBitFails(Rfc8032Vector vector)
    {
        byte[] message = vector.MessageBytes, signature = vector.SignatureBytes;
        foreach (var tampered in EveryBitFlipped(vector.PublicKeyBytes))
        {
            Assert.False(Ed25519.Verify(tampered, message, signature));
        }
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void EveryFlippedMessageBitFails(Rfc8032Vector vector)
    {
        byte[] publicKey = vector.PublicKeyBytes, signature = vector.SignatureBytes;
        foreach (var tampered in FlippedMessages(vector.MessageBytes))
        {
            Assert.False(Ed25519.Verify(publicKey, tampered, signature));
        }
    }

    // Every bit of the short messages; for TEST 1024 one bit in every byte (rotating through the
    // bit positions), which keeps the test fast and still touches every byte and bit position.
    private static IEnumerable<byte[]> FlippedMessages(byte[] original)
    {
        if (original.Length <= 64)
        {
            return EveryBitFlipped(original);
        }

        return Enumerable.Range(0, original.Length).Select(index =>
        {
            var copy = (byte[])original.Clone();
            copy[index] ^= (byte)(1 << (index % 8));
            return copy;
        });
    }

    private static IEnumerable<byte[]> EveryBitFlipped(byte[] original)
    {
        for (int bit = 0; bit < original.Length * 8; bit++)
        {
            var copy = (byte[])original.Clone();
            copy[bit / 8] ^= (byte)(1 << (bit % 8));
            yield return copy;
        }
    }
}
