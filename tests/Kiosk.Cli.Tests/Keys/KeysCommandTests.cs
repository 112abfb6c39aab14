using NSec.Cryptography;

namespace Kiosk.Cli.Tests.Keys;

public sealed class KeysCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("kiosk-cli-");

    private string KeyPath => Path.Combine(_folder.FullName, "program-key.pem");

    [Fact]
    public void New_writes_an_owner_only_pkcs8_key_that_public_exports()
    {
        var created = CliRun.Invoke("keys", "new", "--key", KeyPath);

        Assert.Equal(0, created.ExitCode);
        Assert.StartsWith("-----BEGIN PRIVATE KEY-----", File.ReadAllText(KeyPath));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyPath));
        }

        var exported = CliRun.Invoke("keys", "public", "--key", KeyPath);

        Assert.Equal(0, exported.ExitCode);
        var publicKey = Convert.FromBase64String(exported.Output.Trim());
        Assert.Equal(32, publicKey.Length);
        Assert.Contains(exported.Output.Trim(), created.Output);
    }

    [Fact]
    public void Exported_public_key_verifies_what_the_private_key_signs()
    {
        CliRun.Invoke("keys", "new", "--key", KeyPath);
        var hex = CliRun.Invoke("keys", "public", "--key", KeyPath, "--format", "hex").Output.Trim();
        using var programKey = Kiosk.Signing.ProgramKey.Load(KeyPath);
        var message = "catalog"u8.ToArray();

        var signature = programKey.Sign(message);

        var publicKey = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(hex), KeyBlobFormat.RawPublicKey);
        Assert.True(SignatureAlgorithm.Ed25519.Verify(publicKey, message, signature));
    }

    [Fact]
    public void Pem_format_is_a_subject_public_key_info()
    {
        CliRun.Invoke("keys", "new", "--key", KeyPath);

        var pem = CliRun.Invoke("keys", "public", "--key", KeyPath, "--format", "pem").Output;

        Assert.StartsWith("-----BEGIN PUBLIC KEY-----", pem);
        var der = Convert.FromBase64String(string.Concat(pem.Split('\n').Where(line => !line.StartsWith("-----", StringComparison.Ordinal))));
        // SubjectPublicKeyInfo for Ed25519: 12 bytes of header (OID 1.3.101.112) and the 32-byte key.
        Assert.Equal(44, der.Length);
        Assert.Equal(new byte[] { 0x06, 0x03, 0x2B, 0x65, 0x70 }, der[4..9]);
    }

    [Fact]
    public void New_refuses_to_overwrite_an_existing_key()
    {
        CliRun.Invoke("keys", "new", "--key", KeyPath);
        var before = File.ReadAllText(KeyPath);

        var again = CliRun.Invoke("keys", "new", "--key", KeyPath);

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already exists", again.Error);
        Assert.Equal(before, File.ReadAllText(KeyPath));
    }

    [Fact]
    public void Public_names_a_missing_key_file()
    {
        var result = CliRun.Invoke("keys", "public", "--key", KeyPath);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(KeyPath, result.Error);
        Assert.Contains("kiosk keys new", result.Error);
    }

    [Fact]
    public void Public_rejects_a_file_that_is_not_a_key()
    {
        File.WriteAllText(KeyPath, "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5\n-----END PRIVATE KEY-----\n");

        var result = CliRun.Invoke("keys", "public", "--key", KeyPath);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Not an Ed25519 private key", result.Error);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
