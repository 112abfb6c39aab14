using System.Security.Cryptography;
using System.Text;
using Kiosk.Companion.Provisioning;

namespace Kiosk.Companion.Tests.Provisioning;

public sealed class TeacherPinTests
{
    /// <summary>The rule of docs/protocol.md written out independently: h1 = SHA-256(salt || pin), h(k) = SHA-256(h(k-1)).</summary>
    public static byte[] ReferenceHash(byte[] salt, string pin, uint iterations)
    {
        var input = new byte[salt.Length + pin.Length];
        salt.CopyTo(input, 0);
        Encoding.ASCII.GetBytes(pin).CopyTo(input, salt.Length);
        var hash = SHA256.HashData(input);
        for (var k = 2; k <= iterations; k++)
        {
            hash = SHA256.HashData(hash);
        }
        return hash;
    }

    [Theory]
    [InlineData("0000", 1u)]
    [InlineData("4711", 2u)]
    [InlineData("123456789012", 1000u)]
    public void Hash_follows_the_protocol_rule(string pin, uint iterations)
    {
        var salt = TeacherPin.NewSalt();

        Assert.Equal(ReferenceHash(salt, pin, iterations), TeacherPin.Hash(salt, pin, iterations));
    }

    [Fact]
    public void One_round_is_a_single_sha256_of_salt_and_pin()
    {
        byte[] salt = [.. Enumerable.Range(0, 16).Select(i => (byte)i)];

        Assert.Equal(SHA256.HashData([.. salt, (byte)'1', (byte)'2', (byte)'3', (byte)'4']), TeacherPin.Hash(salt, "1234", 1));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("123")]
    [InlineData("1234567890123")]
    [InlineData("12a4")]
    [InlineData("١٢٣٤")]
    public void Invalid_pins_are_refused(string? pin)
    {
        Assert.False(TeacherPin.IsValid(pin));
        Assert.ThrowsAny<ArgumentException>(() => TeacherPin.Hash(TeacherPin.NewSalt(), pin!, 1));
    }

    [Fact]
    public void Generated_pins_are_six_digits()
    {
        var pins = Enumerable.Range(0, 50).Select(_ => TeacherPin.NewPin()).ToList();

        Assert.All(pins, pin => Assert.Matches("^[0-9]{6}$", pin));
        Assert.True(pins.Distinct().Count() > 1);
    }
}
