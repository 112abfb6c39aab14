using System;
using Kiosk.Protocol.Crypto;

namespace Kiosk.Protocol.Security;

/// <summary>
/// The teacher PIN rule of <see cref="Messages.KioskConfig.PinHash"/>, written once so the
/// companion computes exactly what the kiosk checks: h1 = SHA-256(salt || PIN as ASCII digits),
/// h(k) = SHA-256(h(k-1)), the result is h(iterations). A PIN is 4 to 12 ASCII digits.
/// </summary>
public static class PinHash
{
    public const int MinPinLength = 4;
    public const int MaxPinLength = 12;
    public const int HashSize = Sha256.HashSize;

    public static bool IsValidPin(string pin)
    {
        if (pin == null || pin.Length < MinPinLength || pin.Length > MaxPinLength)
        {
            return false;
        }

        for (int i = 0; i < pin.Length; i++)
        {
            if (pin[i] < '0' || pin[i] > '9')
            {
                return false;
            }
        }

        return true;
    }

    public static byte[] Compute(byte[] salt, string pin, uint iterations)
    {
        if (salt == null)
        {
            throw new ArgumentNullException("salt");
        }

        if (!IsValidPin(pin))
        {
            throw new ArgumentException("A PIN is 4 to 12 ASCII digits.", "pin");
        }

        if (iterations == 0)
        {
            throw new ArgumentOutOfRangeException("iterations");
        }

        var input = new byte[salt.Length + pin.Length];
        Array.Copy(salt, input, salt.Length);
        for (int i = 0; i < pin.Length; i++)
        {
            input[salt.Length + i] = (byte)pin[i];
        }

        var sha = new Sha256();
        var digest = new byte[HashSize];
        sha.Update(input, 0, input.Length);
        sha.Finish(digest, 0);
        for (uint k = 1; k < iterations; k++)
        {
            sha.Reset();
            sha.Update(digest, 0, HashSize);
            sha.Finish(digest, 0);
        }

        return digest;
    }

    /// <summary>
    /// True when <paramref name="pin"/> hashes to <paramref name="expectedHash"/>. The
    /// comparison takes the same time wherever the hashes differ; a malformed PIN still costs a
    /// full hash, so timing never tells a caller which rule a guess broke.
    /// </summary>
    public static bool Matches(byte[] salt, uint iterations, byte[] expectedHash, string pin)
    {
        if (expectedHash == null || expectedHash.Length != HashSize)
        {
            return false;
        }

        bool valid = IsValidPin(pin);
        byte[] actual = Compute(salt, valid ? pin : "0000", iterations);
        int difference = valid ? 0 : 1;
        for (int i = 0; i < HashSize; i++)
        {
            difference |= actual[i] ^ expectedHash[i];
        }

        return difference == 0;
    }
}
