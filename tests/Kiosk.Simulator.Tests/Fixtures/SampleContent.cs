using Kiosk.Protocol.Bundles;
using Kiosk.Protocol.Content;
using Kiosk.Signing;
using Kiosk.Simulator.Content;

namespace Kiosk.Simulator.Tests.Fixtures;

/// <summary>
/// Signed bundles compiled once per test run from the real curriculum by the curriculum compiler.
/// By default a sample of languages: English, Arabic (right to left) and Thai (its own digits),
/// every lesson, on both display profiles. KIOSK_LONG_TESTS=1 compiles all eight languages.
/// </summary>
public static class SampleContent
{
    public static readonly bool Long = Environment.GetEnvironmentVariable("KIOSK_LONG_TESTS") == "1";

    public static readonly string[] Profiles = ["320x240", "480x320"];

    private static readonly ProgramKey Key = ProgramKey.Generate();

    private static readonly Lazy<BundleShelf> LazyShelf = new(Build);

    public static byte[] PublicKey => Key.PublicKey;

    public static ProgramKey SigningKey => Key;

    public static BundleShelf Shelf => LazyShelf.Value;

    /// <summary>The shelf's bundles for one profile, opened for the renderer without a kiosk.</summary>
    public static ContentBundle[] Open(string profile) =>
        [.. Shelf.Files
            .Select(file => Bundle.Open(new ByteArrayStorage(file), Key.PublicKey))
            .Where(bundle => bundle.Manifest.Profile == profile)
            .Select(ContentBundle.Open)];

    private static BundleShelf Build() =>
        PreviewShelf.Build(Key, Long ? null : ["en", "ar", "th"], Profiles, TextWriter.Null);
}
