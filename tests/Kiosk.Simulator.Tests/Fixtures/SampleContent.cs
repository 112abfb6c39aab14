using Kiosk.Content;
using Kiosk.Protocol.Bundles;
using Kiosk.Protocol.Content;
using Kiosk.Signing;
using Kiosk.Simulator.Content;

namespace Kiosk.Simulator.Tests.Fixtures;

/// <summary>
/// Signed bundles built once per test run from the real curriculum. By default a sample: English,
/// Arabic (right to left) and Thai (its own digits) with the first lesson of each audience, on
/// both display profiles. KIOSK_LONG_TESTS=1 builds every language and every lesson.
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

    private static BundleShelf Build()
    {
        string[]? languages = Long ? null : ["en", "ar", "th"];
        return PreviewShelf.Build(Key, languages, Profiles, Long ? null : FirstOfEachAudience(), TextWriter.Null);
    }

    /// <summary>Picks the first module of every audience, the same ones for every bundle.</summary>
    private static Func<Module, bool> FirstOfEachAudience()
    {
        var chosen = new Dictionary<string, string>();
        return module =>
        {
            if (!chosen.TryGetValue(module.Audience, out var id))
            {
                chosen[module.Audience] = module.Id;
                return true;
            }
            return id == module.Id;
        };
    }
}
