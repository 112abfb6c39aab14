using System.Security.Cryptography;
using System.Text;

namespace Kiosk.Companion.Provisioning;

/// <summary>
/// Kiosk MQTT passwords: 256 random bits, stored as "sha256$salt$hash". A slow hash would add
/// nothing for a secret this long and would cost CPU on every reconnect of thousands of kiosks.
/// </summary>
public static class KioskCredential
{
    private const string Scheme = "sha256";

    public static string NewPassword() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        return $"{Scheme}${Convert.ToBase64String(salt)}${Convert.ToBase64String(Digest(salt, password))}";
    }

    public static bool Verify(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 3 || parts[0] != Scheme)
        {
            return false;
        }
        try
        {
            var salt = Convert.FromBase64String(parts[1]);
            var expected = Convert.FromBase64String(parts[2]);
            return CryptographicOperations.FixedTimeEquals(Digest(salt, password), expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static byte[] Digest(byte[] salt, string password) =>
        SHA256.HashData([.. salt, .. Encoding.UTF8.GetBytes(password)]);

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
