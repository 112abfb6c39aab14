using Kiosk.Companion.Provisioning;

namespace Kiosk.Companion.Tests.Provisioning;

public sealed class KioskCredentialTests
{
    [Fact]
    public void A_password_verifies_against_its_hash_and_nothing_else_does()
    {
        var password = KioskCredential.NewPassword();
        var hash = KioskCredential.Hash(password);

        Assert.True(KioskCredential.Verify(password, hash));
        Assert.False(KioskCredential.Verify(password + "x", hash));
        Assert.False(KioskCredential.Verify(KioskCredential.NewPassword(), hash));
        Assert.DoesNotContain(password, hash, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_password_hashes_differently_each_time()
    {
        var password = KioskCredential.NewPassword();

        Assert.NotEqual(KioskCredential.Hash(password), KioskCredential.Hash(password));
    }

    [Theory]
    [InlineData("")]
    [InlineData("sha256$abc")]
    [InlineData("md5$AAAA$AAAA")]
    [InlineData("sha256$not base64$AAAA")]
    public void Malformed_stored_hashes_never_verify(string stored)
    {
        Assert.False(KioskCredential.Verify("anything", stored));
    }

    [Fact]
    public void Passwords_carry_256_random_bits()
    {
        var password = KioskCredential.NewPassword();

        Assert.Equal(43, password.Length);
        Assert.Matches("^[A-Za-z0-9_-]+$", password);
    }
}
