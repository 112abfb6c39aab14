using System.Numerics;

namespace Kiosk.Protocol.Tests.Crypto;

/// <summary>
/// Slow, obviously-correct edwards25519 facts in BigInteger arithmetic, written straight from
/// RFC 8032 so the tests do not have to trust the code under test for their expectations.
/// </summary>
internal static class Curve25519Reference
{
    public static readonly BigInteger P = BigInteger.Pow(2, 255) - 19;

    public static readonly BigInteger L = BigInteger.Pow(2, 252) + BigInteger.Parse("27742317777372353535851937790883648493");

    public static readonly BigInteger D = Mod(-121665 * Inverse(121666));

    public static readonly BigInteger SqrtMinusOne = BigInteger.ModPow(2, (P - 1) / 4, P);

    public static BigInteger Mod(BigInteger value)
    {
        var r = value % P;
        return r.Sign < 0 ? r + P : r;
    }

    public static BigInteger Inverse(BigInteger value) => BigInteger.ModPow(Mod(value), P - 2, P);

    /// <summary>A square root mod p, or null when there is none.</summary>
    public static BigInteger? Sqrt(BigInteger value)
    {
        value = Mod(value);
        var candidate = BigInteger.ModPow(value, (P + 3) / 8, P);
        if (Mod(candidate * candidate) == value)
        {
            return candidate;
        }

        candidate = Mod(candidate * SqrtMinusOne);
        return Mod(candidate * candidate) == value ? candidate : null;
    }

    /// <summary>The x with the given parity on the curve at y, or null when y is not on it.</summary>
    public static BigInteger? RecoverX(BigInteger y, bool odd)
    {
        var x = Sqrt((y * y - 1) * Inverse(D * y * y + 1));
        if (x is null)
        {
            return null;
        }

        return x.Value.IsEven == !odd ? x.Value : Mod(-x.Value);
    }

    public static byte[] Encode(BigInteger x, BigInteger y)
    {
        var bytes = ToLittleEndian(y, 32);
        if (!x.IsEven)
        {
            bytes[31] |= 0x80;
        }

        return bytes;
    }

    /// <summary>The encodings of the eight points whose order divides 8.</summary>
    public static byte[][] TorsionPointEncodings()
    {
        // [2]P has y = 0 exactly when x^2 = -y^2; on the curve that gives d y^4 + 2 y^2 - 1 = 0.
        var points = new List<(BigInteger X, BigInteger Y)> { (0, 1), (0, P - 1), (SqrtMinusOne, 0), (P - SqrtMinusOne, 0) };
        var root = Sqrt(1 + D)!.Value;
        foreach (var discriminantRoot in new[] { root, P - root })
        {
            var ySquared = Mod((discriminantRoot - 1) * Inverse(D));
            if (Sqrt(ySquared) is BigInteger y)
            {
                foreach (var signedY in new[] { y, P - y })
                {
                    var x = RecoverX(signedY, odd: false)!.Value;
                    points.Add((x, signedY));
                    points.Add((P - x, signedY));
                }
            }
        }

        return points.Select(point => Encode(point.X, point.Y)).ToArray();
    }

    public static byte[] ToLittleEndian(BigInteger value, int length)
    {
        var bytes = new byte[length];
        value.TryWriteBytes(bytes, out _, isUnsigned: true, isBigEndian: false);
        return bytes;
    }

    public static BigInteger FromLittleEndian(ReadOnlySpan<byte> bytes) => new(bytes, isUnsigned: true, isBigEndian: false);

    /// <summary>The secret scalar RFC 8032 derives from a seed: the clamped first half of SHA-512(seed).</summary>
    public static BigInteger SecretScalar(byte[] seed)
    {
        var h = System.Security.Cryptography.SHA512.HashData(seed);
        h[0] &= 248;
        h[31] &= 127;
        h[31] |= 64;
        return FromLittleEndian(h.AsSpan(0, 32));
    }

    public static BigInteger Challenge(byte[] r, byte[] publicKey, byte[] message)
    {
        var h = System.Security.Cryptography.SHA512.HashData([.. r, .. publicKey, .. message]);
        return FromLittleEndian(h) % L;
    }
}
