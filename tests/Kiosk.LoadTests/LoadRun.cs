using System.Diagnostics;

namespace Kiosk.LoadTests;

/// <summary>One measurement: provision, baseline, connect, ingest, check, print.</summary>
public static class LoadRun
{
    private const int Parallel = 50;

    public static async Task<int> RunAsync(LoadOptions options)
    {
        Console.WriteLine($"kiosks {options.Kiosks}, reports per kiosk {options.ReportsPerKiosk}, counters per report {options.CountersPerReport}, storage {options.Storage}, cores {Environment.ProcessorCount}");
        await using var companion = await CompanionProcess.StartAsync(options);
        await companion.CreateGroupAsync("load-school");

        var clock = Stopwatch.StartNew();
        var ids = Enumerable.Range(0, options.Kiosks).Select(i => $"load-{i:D5}").ToList();
        var passwords = await InBatchesAsync(ids, id => companion.ProvisionAsync(id, "load-school"));
        Console.WriteLine($"provisioned {ids.Count} kiosks in {clock.Elapsed.TotalSeconds:F1} s");

        var raw = await RawBroker.MeasureAsync(companion.MqttPort, companion.ServicePassword, options.Kiosks, options.ReportsPerKiosk, options.CountersPerReport);
        Console.WriteLine($"raw broker: {raw.Delivered} messages delivered, {raw.PerSecond:F0} msg/s");

        await Task.Delay(2000);
        GC.Collect();
        var before = companion.ResidentBytes();
        clock.Restart();
        var kiosks = await InBatchesAsync(Enumerable.Range(0, ids.Count), async i =>
        {
            var kiosk = new LoadKiosk(ids[i], passwords[i]);
            await kiosk.ConnectAsync(companion.MqttPort);
            return kiosk;
        });
        await Task.Delay(3000);
        var after = companion.ResidentBytes();
        Console.WriteLine($"connected {kiosks.Count} kiosks in {clock.Elapsed.TotalSeconds:F1} s; companion RSS {before / 1048576.0:F0} -> {after / 1048576.0:F0} MiB, {(after - before) / (double)kiosks.Count / 1024:F1} KiB per connected kiosk");

        clock.Restart();
        var accepted = await Task.WhenAll(kiosks.Select(k => Task.Run(() => k.ReportAsync(options.ReportsPerKiosk, options.CountersPerReport, TimeSpan.FromMinutes(3)))));
        var seconds = clock.Elapsed.TotalSeconds;
        var acked = accepted.Sum();
        var expected = (long)options.Kiosks * options.ReportsPerKiosk;
        var ingestRate = acked / seconds;
        var stored = await companion.StoredOpeningsAsync(LoadReports.ProbeLesson);
        Console.WriteLine($"ingest: {acked} of {expected} reports acked in {seconds:F1} s, {ingestRate:F0} reports/s; stored reports (probe counters) {stored}");
        Console.WriteLine($"ratio ingest/raw: {ingestRate / raw.PerSecond:P0} (goal at least 50%), peak companion RSS {companion.ResidentBytes() / 1048576.0:F0} MiB");

        foreach (var kiosk in kiosks)
        {
            await kiosk.DisposeAsync();
        }
        return acked == expected && stored == expected ? 0 : 1;
    }

    /// <summary>Runs <paramref name="work"/> over the items, <see cref="Parallel"/> at a time, results in item order.</summary>
    public static async Task<List<TResult>> InBatchesAsync<TItem, TResult>(IEnumerable<TItem> items, Func<TItem, Task<TResult>> work)
    {
        var results = new List<TResult>();
        foreach (var batch in items.Chunk(Parallel))
        {
            results.AddRange(await Task.WhenAll(batch.Select(work)));
        }
        return results;
    }
}
