using System.Security.Cryptography;
using System.Text;
using Kiosk.Protocol.Security;

namespace Kiosk.Firmware.Tests.Teacher;

public sealed class PinHashTests
{
    [Theory]
    [InlineData("1234", 1u)]
    [InlineData("0000", 2u)]
    [InlineData("987654321012", 1000u)]
    public void Agrees_with_an_independent_sha256_of_the_documented_rule(string pin, uint iterations)
    {
        var salt = RandomNumberGenerator.GetBytes(16 + pin.Length);
        var expected = SHA256.HashData([.. salt, .. Encoding.ASCII.GetBytes(pin)]);
        for (var k = 1; k < iterations; k++)
        {
            expected = SHA256.HashData(expected);
        }

        Assert.Equal(expected, PinHash.Compute(salt, pin, iterations));
        Assert.True(PinHash.Matches(salt, iterations, expected, pin));
    }

    [Theory]
    [InlineData("1235")]
    [InlineData("12345")]
    [InlineData("123")]
    [InlineData("12a4")]
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_any_other_or_malformed_pin(string? pin)
    {
        var salt = new byte[16];
        var hash = PinHash.Compute(salt, "1234", 10);
        Assert.False(PinHash.Matches(salt, 10, hash, pin!));
    }
}
