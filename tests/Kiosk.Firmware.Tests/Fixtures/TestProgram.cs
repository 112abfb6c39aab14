using Kiosk.Protocol.Bundles;
using Kiosk.Protocol.Cose;
using Kiosk.Protocol.Messages;
using Kiosk.Signing;

namespace Kiosk.Firmware.Tests.Fixtures;

/// <summary>The staff side for tests: a program key, and bundles, catalogs and configs signed with it.</summary>
public sealed class TestProgram : IDisposable
{
    public const string Profile = "320x240";
    public const string Group = "school-one";
    public const string KioskId = "kiosk-0001";

    public ProgramKey Key { get; } = ProgramKey.Generate();

    public byte[] PublicKey => Key.PublicKey;

    /// <summary>A bundle with one section of seeded random bytes, so versions differ in content.</summary>
    public byte[] Bundle(string bundleId, ulong version, string language, int dataBytes = 6000, int chunkSize = 256, ProgramKey? signer = null)
    {
        var data = new byte[dataBytes];
        new Random(StableSeed(bundleId + "@" + version + "/" + language)).NextBytes(data);
        return new BundleBuilder(bundleId, (uint)version, language, Profile, chunkSize).AddSection("lessons", data).Build(signer ?? Key);
    }

    public static CatalogEntry EntryFor(byte[] bundle, bool pinned = false)
    {
        var signed = SignedManifestOf(bundle);
        var payload = CoseSign1Codec.Decode(signed, 0, signed.Length).Payload;
        var manifest = BundleManifestCodec.Decode(payload, 0, payload.Length);
        return new CatalogEntry
        {
            BundleId = manifest.BundleId,
            Version = (uint)manifest.Version,
            Language = manifest.Language,
            ProfileId = manifest.Profile,
            TotalSize = (uint)(bundle.Length - BundleLayout.HeaderSize),
            ManifestSha256 = System.Security.Cryptography.SHA256.HashData(signed),
            Pinned = pinned,
        };
    }

    public static byte[] SignedManifestOf(byte[] bundle)
    {
        var length = BundleLayout.DecodeHeader(bundle[..BundleLayout.HeaderSize]);
        return bundle[BundleLayout.HeaderSize..(BundleLayout.HeaderSize + length)];
    }

    public byte[] Catalog(ulong serial, params CatalogEntry[] entries) => Catalog(serial, Group, Key, entries);

    public static byte[] Catalog(ulong serial, string group, ProgramKey signer, params CatalogEntry[] entries) =>
        CoseSign1Signer.Sign(CatalogCodec.Encode(new Catalog { GroupId = group, Serial = serial, IssuedHour = 500000, Entries = entries }), signer);

    public byte[] Config(ulong serial, KioskConfig config)
    {
        config.Serial = serial;
        return CoseSign1Signer.Sign(KioskConfigCodec.Encode(config), Key);
    }

    public void Dispose() => Key.Dispose();

    private static int StableSeed(string text) => text.Aggregate(17, (seed, c) => unchecked((seed * 31) + c));
}
