using System.Security.Cryptography;
using System.Text;
using Kiosk.Protocol.Crypto;

namespace Kiosk.Protocol.Tests.Crypto;

/// <summary>
/// SHA-256 and SHA-512 against the FIPS 180-4 example vectors published by NIST, against .NET's
/// own implementation, and incremental against one-shot.
/// </summary>
public sealed class ShaVectorTests
{
    private const string TwoBlock448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";

    private const string TwoBlock896 =
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";

    public static TheoryData<string, string> Sha256Vectors => new()
    {
        { "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" },
        { "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" },
        { TwoBlock448, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1" },
        { TwoBlock896, "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1" },
    };

    public static TheoryData<string, string> Sha512Vectors => new()
    {
        { "abc", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f" },
        { "", "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e" },
        { TwoBlock448, "204a8fc6dda82f0a0ced7beb8e08a41657c16ef468b228a8279be331a703c33596fd15c13b1b07f9aa1d3bea57789ca031ad85c7a71dd70354ec631238ca3445" },
        { TwoBlock896, "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909" },
    };

    [Theory]
    [MemberData(nameof(Sha256Vectors))]
    public void Sha256MatchesNistExample(string message, string expectedHex)
    {
        Assert.Equal(expectedHex, Convert.ToHexStringLower(Sha256.Hash(Encoding.ASCII.GetBytes(message))));
    }

    [Theory]
    [MemberData(nameof(Sha512Vectors))]
    public void Sha512MatchesNistExample(string message, string expectedHex)
    {
        Assert.Equal(expectedHex, Convert.ToHexStringLower(Sha512.Hash(Encoding.ASCII.GetBytes(message))));
    }

    [Fact]
    public void OneMillionLetterAFedInUnevenPiecesMatchesNist()
    {
        var million = new byte[1_000_000];
        Array.Fill(million, (byte)'a');
        var sha256 = new Sha256();
        var sha512 = new Sha512();
        for (int offset = 0, piece = 1; offset < million.Length; offset += piece, piece = (piece * 7 % 1000) + 1)
        {
            int count = Math.Min(piece, million.Length - offset);
            sha256.Update(million, offset, count);
            sha512.Update(million, offset, count);
        }

        var digest256 = new byte[Sha256.HashSize];
        var digest512 = new byte[Sha512.HashSize];
        sha256.Finish(digest256, 0);
        sha512.Finish(digest512, 0);
        Assert.Equal("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", Convert.ToHexStringLower(digest256));
        Assert.Equal(
            "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b",
            Convert.ToHexStringLower(digest512));
    }

    [Fact]
    public void Sha256SplitAtEveryOffsetEqualsOneShot()
    {
        // 200 bytes span four blocks, so the splits cross every block boundary and padding case.
        byte[] data = RandomBytes(200, seed: 1);
        byte[] expected = SHA256.HashData(data);
        var hasher = new Sha256();
        var digest = new byte[Sha256.HashSize + 3];
        for (int split = 0; split <= data.Length; split++)
        {
            hasher.Update(data, 0, split);
            hasher.Update(data, split, data.Length - split);
            hasher.Finish(digest, 3);
            Assert.Equal(expected, digest[3..]);
        }
    }

    [Fact]
    public void Sha512SplitAtEveryOffsetEqualsOneShot()
    {
        byte[] data = RandomBytes(400, seed: 2);
        byte[] expected = SHA512.HashData(data);
        var hasher = new Sha512();
        var digest = new byte[Sha512.HashSize + 5];
        for (int split = 0; split <= data.Length; split++)
        {
            hasher.Update(data, 0, split);
            hasher.Update(data, split, data.Length - split);
            hasher.Finish(digest, 5);
            Assert.Equal(expected, digest[5..]);
        }
    }

    [Fact]
    public void RandomLengthsAgreeWithDotNet()
    {
        var random = new Random(3);
        var sha256 = new Sha256();
        var sha512 = new Sha512();
        var digest256 = new byte[Sha256.HashSize];
        var digest512 = new byte[Sha512.HashSize];
        for (int round = 0; round < 300; round++)
        {
            var data = new byte[random.Next(0, 1001)];
            random.NextBytes(data);

            // Feed it in three random pieces through reused instances.
            int first = random.Next(0, data.Length + 1);
            int second = random.Next(first, data.Length + 1);
            foreach (var (update, finish) in new (Action<byte[], int, int>, Action)[]
            {
                (sha256.Update, () => sha256.Finish(digest256, 0)),
                (sha512.Update, () => sha512.Finish(digest512, 0)),
            })
            {
                update(data, 0, first);
                update(data, first, second - first);
                update(data, second, data.Length - second);
                finish();
            }

            Assert.Equal(SHA256.HashData(data), digest256);
            Assert.Equal(SHA512.HashData(data), digest512);
            Assert.Equal(SHA256.HashData(data), Sha256.Hash(data));
            Assert.Equal(SHA512.HashData(data), Sha512.Hash(data));
        }
    }

    [Fact]
    public void ResetDiscardsWhatWasHashed()
    {
        var hasher = new Sha256();
        hasher.Update(new byte[] { 1, 2, 3 }, 0, 3);
        hasher.Reset();
        var digest = new byte[Sha256.HashSize];
        hasher.Finish(digest, 0);
        Assert.Equal(SHA256.HashData(Array.Empty<byte>()), digest);
    }

    [Fact]
    public void BadArgumentsThrow()
    {
        var hasher = new Sha512();
        Assert.Throws<ArgumentNullException>(() => hasher.Update(null!, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => hasher.Update(new byte[4], 2, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => hasher.Update(new byte[4], -1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => hasher.Finish(new byte[70], 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Sha256().Finish(new byte[31], 0));
    }

    internal static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
