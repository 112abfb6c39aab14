namespace Kiosk.Protocol.Tests;

/// <summary>
/// Mutations for decoder fuzzing: bit flips, truncation, extension, byte overwrites and spliced
/// garbage. Seeded, so a failure names a reproducible case.
/// </summary>
internal static class Fuzz
{
    /// <summary>Cases per fuzz test: the default keeps the run short; KIOSK_LONG_FUZZ=1 is the long run.</summary>
    public static int Cases(int defaultCases, int longCases) =>
        Environment.GetEnvironmentVariable("KIOSK_LONG_FUZZ") == "1" ? longCases : defaultCases;

    public static byte[] Mutate(byte[] original, Random random)
    {
        var data = (byte[])original.Clone();
        switch (random.Next(5))
        {
            case 0:
                var flips = 1 + random.Next(3);
                for (var i = 0; i < flips; i++)
                {
                    var bit = random.Next(data.Length * 8);
                    data[bit / 8] ^= (byte)(1 << (bit % 8));
                }
                return data;
            case 1:
                return data[..random.Next(data.Length)];
            case 2:
                var extra = new byte[1 + random.Next(16)];
                random.NextBytes(extra);
                return [.. data, .. extra];
            case 3:
                data[random.Next(data.Length)] = (byte)random.Next(256);
                return data;
            default:
                var at = random.Next(data.Length);
                var garbage = new byte[1 + random.Next(8)];
                random.NextBytes(garbage);
                return [.. data[..at], .. garbage, .. data[at..]];
        }
    }
}
