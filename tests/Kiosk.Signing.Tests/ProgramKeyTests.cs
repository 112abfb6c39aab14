using Kiosk.Protocol.Cose;

namespace Kiosk.Signing.Tests;

public sealed class ProgramKeyTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("program-key-");

    [Fact]
    public void Saved_key_loads_back_with_the_same_public_key()
    {
        using var key = ProgramKey.Generate();
        var path = Path.Combine(_folder.FullName, "nested", "key.pem");

        key.Save(path);
        using var loaded = ProgramKey.Load(path);

        Assert.Equal(key.PublicKey, loaded.PublicKey);
        Assert.Equal(key.KeyId, loaded.KeyId);
        Assert.Equal(8, key.KeyId.Length);
    }

    [Fact]
    public void Save_never_overwrites()
    {
        using var key = ProgramKey.Generate();
        using var other = ProgramKey.Generate();
        var path = Path.Combine(_folder.FullName, "key.pem");
        key.Save(path);

        Assert.Throws<IOException>(() => other.Save(path));
        using var loaded = ProgramKey.Load(path);
        Assert.Equal(key.PublicKey, loaded.PublicKey);
    }

    [Fact]
    public void Openssl_reads_our_private_key_and_derives_the_same_public_key()
    {
        using var key = ProgramKey.Generate();
        var path = Path.Combine(_folder.FullName, "key.pem");
        key.Save(path);

        var (exitCode, output) = OpenSsl.Run(_folder.FullName, "pkey", "-in", "key.pem", "-pubout");

        Assert.Equal(0, exitCode);
        Assert.Equal(key.PublicKeyPem().Trim(), output.Trim());
    }

    [Fact]
    public void Openssl_verifies_a_cose_signature_over_its_sig_structure()
    {
        using var key = ProgramKey.Generate();
        var payload = "kiosk config for k-0042"u8.ToArray();
        var signed = CoseSign1Signer.Sign(payload, key);
        var message = CoseSign1Codec.Decode(signed, 0, signed.Length);
        File.WriteAllText(Path.Combine(_folder.FullName, "public.pem"), key.PublicKeyPem());
        File.WriteAllBytes(Path.Combine(_folder.FullName, "tbs.bin"), SigStructure.Encode(message.ProtectedHeader, message.Payload));
        File.WriteAllBytes(Path.Combine(_folder.FullName, "sig.bin"), message.Signature);

        var (exitCode, output) = OpenSsl.Run(_folder.FullName, "pkeyutl", "-verify", "-pubin", "-inkey", "public.pem", "-rawin", "-in", "tbs.bin", "-sigfile", "sig.bin");

        Assert.True(exitCode == 0, output);
        Assert.Contains("Signature Verified Successfully", output);
    }

    [Fact]
    public void A_key_made_by_openssl_can_sign_for_the_program()
    {
        var (exitCode, output) = OpenSsl.Run(_folder.FullName, "genpkey", "-algorithm", "ed25519", "-out", "openssl.pem");
        Assert.True(exitCode == 0, output);

        using var key = ProgramKey.Load(Path.Combine(_folder.FullName, "openssl.pem"));
        var signed = CoseSign1Signer.Sign([1, 2, 3], key);

        Assert.Equal(new byte[] { 1, 2, 3 }, CoseSign1Verifier.VerifiedPayload(signed, 0, signed.Length, key.PublicKey));
    }

    [Fact]
    public void Load_names_the_file_when_it_is_not_a_key()
    {
        var path = Path.Combine(_folder.FullName, "notes.pem");
        File.WriteAllText(path, "hello");

        var error = Assert.Throws<InvalidDataException>(() => ProgramKey.Load(path));

        Assert.Contains(path, error.Message);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
