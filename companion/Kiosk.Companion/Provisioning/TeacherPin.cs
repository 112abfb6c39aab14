using System.Security.Cryptography;
using Kiosk.Protocol.Security;

namespace Kiosk.Companion.Provisioning;

/// <summary>
/// Teacher PINs on the companion side: the hash itself is the shared rule in
/// <see cref="PinHash"/> (the one the kiosk checks); this adds what only the companion does,
/// making salts and first PINs.
/// </summary>
public static class TeacherPin
{
    public const int MinLength = PinHash.MinPinLength;
    public const int MaxLength = PinHash.MaxPinLength;
    public const int SaltLength = 16;

    public static bool IsValid(string? pin) => pin is not null && PinHash.IsValidPin(pin);

    public static string NewPin() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    public static byte[] NewSalt() => RandomNumberGenerator.GetBytes(SaltLength);

    public static byte[] Hash(byte[] salt, string pin, uint iterations) => PinHash.Compute(salt, pin, iterations);
}
