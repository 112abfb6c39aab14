using System.CommandLine;

namespace Kiosk.Cli.Server;

/// <summary><c>kiosk reports export</c>: the usage aggregate as CSV, small cells suppressed by the companion.</summary>
public static class ReportsCommand
{
    public static Command Create(ServerOptions server)
    {
        var reports = new Command("reports", "Anonymous usage reports.");
        var by = new Option<string>("--by") { Description = "Dimensions: any of week, lesson, language, audience, age_band, comma-separated.", DefaultValueFactory = _ => "week" };
        var from = new Option<string?>("--from") { Description = "First day, YYYY-MM-DD (default: 91 days before --to)." };
        var to = new Option<string?>("--to") { Description = "Day after the last, YYYY-MM-DD (default: tomorrow)." };
        var group = new Option<string?>("--group", "-g") { Description = "Only kiosks of this group." };
        var output = new Option<string>("--out", "-o") { Description = "The CSV file to write; '-' for standard output.", DefaultValueFactory = _ => "usage.csv" };
        var export = new Command("export", "Write the usage aggregate as CSV (cells under 10 are suppressed).") { by, from, to, group, output };
        ServerCommandAction.Set(export, server, async (parse, client, cancellationToken) =>
        {
            var query = new List<string> { "by=" + Uri.EscapeDataString(parse.GetValue(by)!) };
            if (parse.GetValue(from) is { } f)
            {
                query.Add("from=" + Uri.EscapeDataString(f));
            }
            if (parse.GetValue(to) is { } t)
            {
                query.Add("to=" + Uri.EscapeDataString(t));
            }
            if (parse.GetValue(group) is { } g)
            {
                query.Add("groupId=" + Uri.EscapeDataString(g));
            }
            var csv = await client.DownloadAsync("/api/reports/usage.csv?" + string.Join('&', query), cancellationToken);
            var path = parse.GetValue(output)!;
            if (path == "-")
            {
                await Console.OpenStandardOutput().WriteAsync(csv, cancellationToken);
                return 0;
            }
            await File.WriteAllBytesAsync(path, csv, cancellationToken);
            Console.WriteLine($"Wrote {path} ({csv.Length} bytes).");
            return 0;
        });
        reports.Add(export);
        return reports;
    }
}
