using Kiosk.Protocol.Crypto;

namespace Kiosk.Protocol.Tests.Crypto;

/// <summary>
/// Random keys and messages signed by NSec must verify here, and a random flipped bit must fail
/// here and in NSec alike. 2,000 rounds by default; set KIOSK_LONG_FUZZ=1 for 100,000.
/// </summary>
public sealed class Ed25519NsecAgreementTests
{
    private static int Rounds => Environment.GetEnvironmentVariable("KIOSK_LONG_FUZZ") == "1" ? 100_000 : 2_000;

    [Fact]
    public void RandomSignaturesAgreeWithNsec()
    {
        var random = new Random(8032);
        var seed = new byte[32];
        for (int round = 0; round < Rounds; round++)
        {
            random.NextBytes(seed);
            var message = new byte[random.Next(0, 300)];
            random.NextBytes(message);
            var (publicKey, signature) = NsecOracle.Sign(seed, message);
            Assert.True(Ed25519.Verify(publicKey, message, signature), $"round {round}: valid signature rejected");

            // Flip one random bit of key, message or signature.
            byte[] key = (byte[])publicKey.Clone(), text = (byte[])message.Clone(), sig = (byte[])signature.Clone();
            byte[] target = random.Next(3) switch
            {
                0 => key,
                1 when text.Length > 0 => text,
                _ => sig,
            };
            int bit = random.Next(target.Length * 8);
            target[bit / 8] ^= (byte)(1 << (bit % 8));

            bool ours = Ed25519.Verify(key, text, sig);
            Assert.False(ours, $"round {round}: tampered signature accepted");
            bool? theirs = NsecOracle.Verify(key, text, sig);
            Assert.True(theirs is null or false, $"round {round}: NSec accepted the tampered signature");
        }
    }

    [Fact]
    public void RandomGarbageIsRejectedByBoth()
    {
        var random = new Random(25519);
        var key = new byte[32];
        var signature = new byte[64];
        var message = new byte[] { 1, 2, 3 };
        for (int round = 0; round < 500; round++)
        {
            random.NextBytes(key);
            random.NextBytes(signature);
            signature[63] &= 0x0f; // keep S below L so the curve arithmetic, not the range rule, decides
            Assert.False(Ed25519.Verify(key, message, signature));
            Assert.NotEqual(true, NsecOracle.Verify(key, message, signature));
        }
    }
}
