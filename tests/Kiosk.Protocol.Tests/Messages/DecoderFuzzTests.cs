using Kiosk.Protocol.Cbor;
using Kiosk.Protocol.Text;
using Xunit.Abstractions;

namespace Kiosk.Protocol.Tests.Messages;

/// <summary>
/// Throws damaged and hostile inputs at every decoder: the only exception allowed out is
/// ProtocolDecodeException, and whatever a decoder accepts must encode again and round-trip.
/// The default run is 10,500 mutated inputs plus every truncation of every sample; KIOSK_LONG_FUZZ=1 raises it to 1,000,000
/// (docs/protocol.md, "Testing").
/// </summary>
public class DecoderFuzzTests
{
    private const int DefaultCases = 10_500;
    private const int LongCases = 1_000_000;

    private readonly ITestOutputHelper _output;

    public DecoderFuzzTests(ITestOutputHelper output)
    {
        _output = output;
    }

    private static int TotalCases => Environment.GetEnvironmentVariable("KIOSK_LONG_FUZZ") == "1" ? LongCases : DefaultCases;

    [Theory]
    [MemberData(nameof(MessageCodecCase.Names), MemberType = typeof(MessageCodecCase))]
    public void OnlyProtocolDecodeExceptionsEscape(string name)
    {
        var codec = MessageCodecCase.Get(name);
        int cases = (TotalCases + MessageCodecCase.All.Count - 1) / MessageCodecCase.All.Count;
        var random = new Random(StableSeed(name));
        int accepted = 0;
        int truncations = 0;
        byte[] seed = codec.Encode(codec.Samples[0]);

        // Truncation at every length of every sample, on top of the random cases.
        foreach (object sample in codec.Samples)
        {
            byte[] encoded = codec.Encode(sample);
            for (int length = 0; length < encoded.Length; length++, truncations++)
            {
                Assert.Equal(0, RunOne(codec, encoded[..length]));
            }
        }

        int run = 0;
        while (run < cases)
        {
            if (run % 64 == 0)
            {
                seed = codec.Encode(random.Next(3) == 0 ? codec.Samples[random.Next(codec.Samples.Length)] : codec.Random(random));
            }

            accepted += RunOne(codec, Mutate(seed, random, run));
            run++;
        }

        _output.WriteLine($"{name}: {truncations} truncations refused; {run} mutations, {accepted} decoded, {run - accepted} refused with ProtocolDecodeException");
        Assert.Equal(cases, run);
        Assert.True(run - accepted > run / 2, "most mutations should be refused");
    }

    [Fact]
    public void WellFormednessCheckAndUtf8DecoderOnlyThrowProtocolDecodeExceptions()
    {
        var random = new Random(2024);
        int cases = TotalCases / 4;
        for (int i = 0; i < cases; i++)
        {
            byte[] data = Mutate(RandomCborSeed(random), random, i);
            try
            {
                CborWellFormedness.Check(data, 0, data.Length, CborLimits.Default);
                var reader = new CborReader(data);
                reader.SkipValue();
                reader.ExpectEnd();
            }
            catch (ProtocolDecodeException)
            {
            }

            try
            {
                Utf8.Decode(data, 0, data.Length);
            }
            catch (ProtocolDecodeException error)
            {
                Assert.Equal(DecodeError.InvalidUtf8, error.Error);
            }
        }
    }

    private static int RunOne(MessageCodecCase codec, byte[] data)
    {
        object decoded;
        try
        {
            decoded = codec.Decode(data, 0, data.Length);
        }
        catch (ProtocolDecodeException)
        {
            return 0;
        }
        catch (Exception other)
        {
            Assert.Fail($"{codec.Name} threw {other.GetType().Name} for {Convert.ToHexString(data)}: {other}");
            return 0;
        }

        byte[] again = codec.Encode(decoded);
        Assert.Equal(MessageCodecCase.Describe(decoded), MessageCodecCase.Describe(codec.Decode(again, 0, again.Length)));
        return 1;
    }

    private static byte[] Mutate(byte[] seed, Random random, int round)
    {
        switch (round % 7)
        {
            case 0:
                {
                    byte[] data = (byte[])seed.Clone();
                    int flips = random.Next(1, 5);
                    for (int i = 0; i < flips && data.Length > 0; i++)
                    {
                        data[random.Next(data.Length)] ^= (byte)(1 << random.Next(8));
                    }

                    return data;
                }

            case 1:
                return seed[..random.Next(seed.Length + 1)];
            case 2:
                {
                    var garbage = new byte[random.Next(1, 17)];
                    random.NextBytes(garbage);
                    return [.. seed, .. garbage];
                }

            case 3:
                {
                    var data = new byte[random.Next(0, 65)];
                    random.NextBytes(data);
                    if (data.Length > 0 && random.Next(2) == 0)
                    {
                        data[0] = (byte)(0xA0 | random.Next(0, 8)); // a small map, to get past the first check more often
                    }

                    return data;
                }

            case 4:
                {
                    // Deep nesting, alone or spliced into a message where a value should be.
                    int depth = random.Next(1, 5000);
                    byte opener = random.Next(3) switch { 0 => 0x81, 1 => 0xA1, _ => 0xC6 };
                    var nested = new List<byte>();
                    for (int i = 0; i < depth; i++)
                    {
                        nested.Add(opener);
                        if (opener == 0xA1)
                        {
                            nested.Add(0x01);
                        }
                    }

                    nested.Add(0x00);
                    return random.Next(2) == 0 ? nested.ToArray() : Splice(seed, nested.ToArray(), random);
                }

            case 5:
                {
                    byte[][] heads =
                    [
                        [0x5B, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF],
                        [0x7A, 0x7F, 0xFF, 0xFF, 0xFF],
                        [0x5A, 0x00, 0x01, 0x00, 0x00],
                        [0x9A, 0x7F, 0xFF, 0xFF, 0xFF],
                        [0xBB, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00],
                        [0x99, 0xFF, 0xFF],
                        [0x9F],
                        [0x5F],
                    ];
                    return Splice(seed, heads[random.Next(heads.Length)], random);
                }

            default:
                {
                    byte[] data = (byte[])seed.Clone();
                    if (data.Length > 0)
                    {
                        data[random.Next(data.Length)] = (byte)random.Next(256);
                    }

                    return data;
                }
        }
    }

    // Replaces a random stretch of the seed with the given bytes.
    private static byte[] Splice(byte[] seed, byte[] insert, Random random)
    {
        int start = random.Next(seed.Length + 1);
        int cut = random.Next(0, Math.Min(8, seed.Length - start) + 1);
        return [.. seed[..start], .. insert, .. seed[(start + cut)..]];
    }

    private static byte[] RandomCborSeed(Random random)
    {
        var writer = new CborWriter();
        Cbor.CborTree.Random(random, 3).WriteTo(writer);
        return writer.ToArray();
    }

    private static int StableSeed(string name)
    {
        int seed = 17;
        foreach (char c in name)
        {
            seed = (seed * 31) + c;
        }

        return seed;
    }
}
