using Kiosk.Companion.Content;
using Kiosk.Protocol.Bundles;
using Kiosk.Protocol.Messages;
using Kiosk.Signing;
using Microsoft.Extensions.Options;

namespace Kiosk.Companion.Tests.Content;

public sealed class ChunkServingTests
{
    [Fact]
    public void Manifest_and_data_chunks_join_back_to_the_file_exactly()
    {
        using var key = ProgramKey.Generate();
        var data = new byte[5000];
        new Random(3).NextBytes(data);
        var file = new BundleBuilder("en-320x240", 4, "en", "320x240", 1024).AddSection("lessons", data).Build(key);
        var bundle = new CachedBundle(file, 1024, 256);
        var signedLength = BundleLayout.DecodeHeader(file[..BundleLayout.HeaderSize]);

        var manifest = Join(bundle, BundlePart.Manifest);
        var region = Join(bundle, BundlePart.Data);

        Assert.Equal(file[BundleLayout.HeaderSize..(BundleLayout.HeaderSize + signedLength)], manifest);
        Assert.Equal(file[(BundleLayout.HeaderSize + signedLength)..], region);
        Assert.Equal((uint)((signedLength + 255) / 256), bundle.ChunkCount(BundlePart.Manifest));
        Assert.Equal((uint)((region.Length + 1023) / 1024), bundle.ChunkCount(BundlePart.Data));
        Assert.True(region.Length >= data.Length);
    }

    [Fact]
    public void A_kiosk_over_its_rate_is_refused_until_tokens_refill_while_others_are_served()
    {
        var clock = new SteppedClock();
        var limiter = new ChunkRateLimiter(Options.Create(new ContentOptions { ChunksPerSecondPerKiosk = 10, ChunkBurstPerKiosk = 3 }), clock);

        var burst = Enumerable.Range(0, 4).Select(_ => limiter.TryTake("kiosk-a")).ToList();
        var other = limiter.TryTake("kiosk-b");
        clock.Advance(TimeSpan.FromMilliseconds(100));
        var refilled = limiter.TryTake("kiosk-a");
        var againEmpty = limiter.TryTake("kiosk-a");

        Assert.Equal([true, true, true, false], burst);
        Assert.True(other);
        Assert.True(refilled);
        Assert.False(againEmpty);
    }

    [Fact]
    public void Busy_echoes_the_request_and_ignores_garbage()
    {
        var request = ChunkRequestCodec.Encode(new ChunkRequest { BundleId = "th-480x320", Version = 9, Part = BundlePart.Data, ChunkIndex = 17 });

        var busy = ChunkService.Busy(request);

        Assert.NotNull(busy);
        Assert.Equal(ChunkStatus.Busy, busy.Status);
        Assert.Equal(("th-480x320", 9u, BundlePart.Data, 17u), (busy.BundleId, busy.Version, busy.Part, busy.ChunkIndex));
        Assert.Null(ChunkService.Busy([0xff, 0x00]));
    }

    private static byte[] Join(CachedBundle bundle, BundlePart part) =>
        [.. Enumerable.Range(0, (int)bundle.ChunkCount(part)).SelectMany(i => bundle.Chunk(part, (uint)i))];

    private sealed class SteppedClock : TimeProvider
    {
        private long _ticks = 1_000_000;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
