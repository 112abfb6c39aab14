using System.Security.Cryptography;
using NSec.Cryptography;

namespace Kiosk.Signing;

/// <summary>
/// The program's Ed25519 signing key. Kiosks show children only content signed by it; they hold
/// its public half from provisioning. The private half is stored as PKCS#8 PEM so standard tools
/// (openssl, any COSE library) can read it.
/// </summary>
public sealed class ProgramKey : IDisposable
{
    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;

    private readonly Key _key;

    private ProgramKey(Key key)
    {
        _key = key;
        PublicKey = key.PublicKey.Export(KeyBlobFormat.RawPublicKey);
        KeyId = ComputeKeyId(PublicKey);
    }

    /// <summary>The raw 32-byte Ed25519 public key, as kiosks are provisioned with it.</summary>
    public byte[] PublicKey { get; }

    /// <summary>First 8 bytes of SHA-256 of the public key; carried as the COSE kid.</summary>
    public byte[] KeyId { get; }

    public static ProgramKey Generate() =>
        new(Key.Create(Algorithm, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport }));

    public static ProgramKey FromPem(string pem)
    {
        ArgumentNullException.ThrowIfNull(pem);
        if (!Key.TryImport(
                Algorithm,
                System.Text.Encoding.ASCII.GetBytes(pem),
                KeyBlobFormat.PkixPrivateKeyText,
                out var key,
                new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport }) || key is null)
        {
            throw new InvalidDataException("Not an Ed25519 private key in PKCS#8 PEM form (\"-----BEGIN PRIVATE KEY-----\").");
        }
        return new ProgramKey(key);
    }

    public static ProgramKey Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No program key at '{path}'. Create one with 'kiosk keys new'.", path);
        }
        try
        {
            return FromPem(File.ReadAllText(path));
        }
        catch (InvalidDataException error)
        {
            throw new InvalidDataException($"{path}: {error.Message}", error);
        }
    }

    public string ToPem() => Pem(_key.Export(KeyBlobFormat.PkixPrivateKeyText));

    public string PublicKeyPem() => Pem(_key.PublicKey.Export(KeyBlobFormat.PkixPublicKeyText));

    /// <summary>
    /// Writes the private key, readable by the owner only, and refuses to overwrite an existing
    /// key: losing the program key means re-provisioning every kiosk.
    /// </summary>
    public void Save(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using var file = new FileStream(path, options);
        using var writer = new StreamWriter(file);
        writer.Write(ToPem());
    }

    /// <summary>Signs raw bytes with Ed25519 (RFC 8032, pure EdDSA).</summary>
    public byte[] Sign(byte[] data) => Algorithm.Sign(_key, data);

    public void Dispose() => _key.Dispose();

    // NSec writes CRLF line ends; key files and provisioning files use LF like openssl does.
    private static string Pem(byte[] text) => System.Text.Encoding.ASCII.GetString(text).Replace("\r\n", "\n", StringComparison.Ordinal);

    private static byte[] ComputeKeyId(byte[] publicKey) => SHA256.HashData(publicKey)[..8];
}
