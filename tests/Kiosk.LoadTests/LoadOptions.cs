namespace Kiosk.LoadTests;

/// <summary>What one run measures; parsed from the command line (see README.md).</summary>
public sealed class LoadOptions
{
    public int Kiosks { get; set; } = 1000;

    /// <summary>Reports each kiosk sends, one after the other, each waiting for its ack.</summary>
    public int ReportsPerKiosk { get; set; } = 5;

    /// <summary>Counters per report; a kiosk's hourly batch holds a few dozen.</summary>
    public int CountersPerReport { get; set; } = 24;

    public string Storage { get; set; } = "Sqlite";

    public string? PostgresConnectionString { get; set; }

    /// <summary>The built companion (Kiosk.Companion.dll); default: the Release build in this checkout.</summary>
    public string? CompanionDll { get; set; }

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--kiosks": options.Kiosks = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "--reports": options.ReportsPerKiosk = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "--counters": options.CountersPerReport = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
                case "--storage": options.Storage = value; break;
                case "--postgres": options.PostgresConnectionString = value; break;
                case "--companion": options.CompanionDll = value; break;
                default: throw new ArgumentException($"Unknown option {args[i]}. Options: --kiosks N --reports N --counters N --storage Sqlite|PostgreSql --postgres CS --companion DLL");
            }
        }
        return options;
    }
}
