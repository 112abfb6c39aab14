using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Kiosk.Protocol.Crypto;

namespace Kiosk.Benchmarks.Crypto;

/// <summary>
/// Throughput of the portable SHA-256/SHA-512 (the kiosk's chunk hashes and Ed25519's hash) on
/// a bundle-chunk-sized and a large input, with .NET's native implementation for scale.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class HashBenchmarks
{
    private readonly Sha256 sha256 = new();
    private readonly Sha512 sha512 = new();
    private readonly byte[] digest = new byte[Sha512.HashSize];
    private byte[] data = [];

    [Params(4 * 1024, 64 * 1024)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        data = new byte[Size];
        new Random(1).NextBytes(data);
    }

    [Benchmark(Baseline = true)]
    public byte[] KioskSha256()
    {
        sha256.Update(data, 0, data.Length);
        sha256.Finish(digest, 0);
        return digest;
    }

    [Benchmark]
    public int DotNetSha256() => SHA256.HashData(data, digest);

    [Benchmark]
    public byte[] KioskSha512()
    {
        sha512.Update(data, 0, data.Length);
        sha512.Finish(digest, 0);
        return digest;
    }

    [Benchmark]
    public int DotNetSha512() => SHA512.HashData(data, digest);
}
