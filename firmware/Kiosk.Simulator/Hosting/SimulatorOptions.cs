using System.Globalization;

namespace Kiosk.Simulator.Hosting;

/// <summary>The simulator's command line (docs/simulator.md).</summary>
public sealed class SimulatorOptions
{
    public const string Usage = """
        Usage: Kiosk.Simulator [options]
          --kiosks N              virtual kiosks to run (default 1, or one per provisioning file)
          --bundles DIR           signed bundles (*.kbdl) to install offline; default: preview
                                  bundles built from companion/curriculum
          --program-key FILE      the program's public key (64 hex digits or a PEM public key)
                                  that signed --bundles; provisioning files carry it too
          --languages en,ar,...   languages of the preview bundles (default: all)
          --profiles 320x240,...  display profiles; kiosks take them in turn (default: all found)
          --broker HOST:PORT      connect every kiosk to this MQTT broker
          --provisioning PATH     a provisioning file or a folder of them (one kiosk each)
          --group ID              group of kiosks without provisioning files (default demo)
          --data DIR              where the kiosks' flash folders live (default ./sim-data)
          --headless              no web page; run until --duration or the visitors are done
          --visitors              give every kiosk a scripted visitor
          --pace TIME             time between a visitor's taps (default 2s; e.g. 500ms, 1m)
          --duration TIME         stop after this long (headless)
          --port N                web page port (default 5080)
          --screenshots DIR       save a PNG whenever a kiosk shows another screen or page
        """;

    public int Kiosks { get; private set; } = 1;

    public bool KiosksGiven { get; private set; }

    public string? Bundles { get; private set; }

    public string? ProgramKey { get; private set; }

    public IReadOnlyList<string>? Languages { get; private set; }

    public IReadOnlyList<string>? Profiles { get; private set; }

    public string? BrokerHost { get; private set; }

    public int BrokerPort { get; private set; } = 1883;

    public string? Provisioning { get; private set; }

    public string Group { get; private set; } = "demo";

    public string DataFolder { get; private set; } = "sim-data";

    public bool Headless { get; private set; }

    public bool Visitors { get; private set; }

    public TimeSpan Pace { get; private set; } = TimeSpan.FromSeconds(2);

    public TimeSpan? Duration { get; private set; }

    public int Port { get; private set; } = 5080;

    public string? Screenshots { get; private set; }

    /// <summary>Reads the arguments; ArgumentException says what is wrong.</summary>
    public static SimulatorOptions Parse(IReadOnlyList<string> args)
    {
        var options = new SimulatorOptions();
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            switch (name)
            {
                case "--kiosks":
                    options.Kiosks = PositiveInt(name, Value());
                    options.KiosksGiven = true;
                    break;
                case "--bundles":
                    options.Bundles = Value();
                    break;
                case "--program-key":
                    options.ProgramKey = Value();
                    break;
                case "--languages":
                    options.Languages = List(Value());
                    break;
                case "--profiles":
                    options.Profiles = List(Value());
                    break;
                case "--broker":
                    (options.BrokerHost, options.BrokerPort) = HostPort(Value());
                    break;
                case "--provisioning":
                    options.Provisioning = Value();
                    break;
                case "--group":
                    options.Group = Value();
                    break;
                case "--data":
                    options.DataFolder = Value();
                    break;
                case "--headless":
                    options.Headless = true;
                    break;
                case "--visitors":
                    options.Visitors = true;
                    break;
                case "--pace":
                    options.Pace = Time(name, Value());
                    break;
                case "--duration":
                    options.Duration = Time(name, Value());
                    break;
                case "--port":
                    options.Port = PositiveInt(name, Value());
                    break;
                case "--screenshots":
                    options.Screenshots = Value();
                    break;
                default:
                    throw new ArgumentException($"Unknown option {name}.");
            }
        }
        return options;
    }

    /// <summary>"2s", "500ms", "1m" or plain seconds.</summary>
    public static TimeSpan Time(string name, string value)
    {
        (string number, double scale) = value.EndsWith("ms", StringComparison.Ordinal) ? (value[..^2], 1.0)
            : value.EndsWith('s') ? (value[..^1], 1000.0)
            : value.EndsWith('m') ? (value[..^1], 60000.0)
            : (value, 1000.0);
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double amount) || amount < 0)
        {
            throw new ArgumentException($"{name} takes a time such as 2s, 500ms or 1m, not '{value}'.");
        }
        return TimeSpan.FromMilliseconds(amount * scale);
    }

    private static int PositiveInt(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number > 0
            ? number
            : throw new ArgumentException($"{name} takes a positive whole number, not '{value}'.");

    private static IReadOnlyList<string> List(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static (string, int) HostPort(string value)
    {
        int colon = value.LastIndexOf(':');
        if (colon <= 0)
        {
            return (value, 1883);
        }
        return (value[..colon], PositiveInt("--broker", value[(colon + 1)..]));
    }
}
