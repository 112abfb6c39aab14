using System.Security.Cryptography;
using System.Text;

namespace Kiosk.Companion.Provisioning;

/// <summary>
/// The teacher PIN rule of KioskConfig.PinHash (docs/protocol.md): h1 = SHA-256(salt || PIN as
/// ASCII digits), h(k) = SHA-256(h(k-1)), the config carries h(N). The kiosk checks a typed PIN
/// the same way; there is no shared implementation in Kiosk.Protocol yet.
/// </summary>
public static class TeacherPin
{
    public const int MinLength = 4;
    public const int MaxLength = 8;
    public const int SaltLength = 16;

    public static bool IsValid(string? pin) =>
        pin is { Length: >= MinLength and <= MaxLength } && pin.All(char.IsAsciiDigit);

    public static string NewPin() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public static byte[] NewSalt() => RandomNumberGenerator.GetBytes(SaltLength);

    public static byte[] Hash(byte[] salt, string pin, uint iterations)
    {
        if (!IsValid(pin))
        {
            throw new ArgumentException($"A teacher PIN is {MinLength} to {MaxLength} digits.", nameof(pin));
        }
        ArgumentOutOfRangeException.ThrowIfZero(iterations);
        var hash = SHA256.HashData([.. salt, .. Encoding.ASCII.GetBytes(pin)]);
        for (var round = 1; round < iterations; round++)
        {
            hash = SHA256.HashData(hash);
        }
        return hash;
    }
}
