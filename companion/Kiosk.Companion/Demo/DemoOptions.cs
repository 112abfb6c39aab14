namespace Kiosk.Companion.Demo;

/// <summary>Configuration section "Demo"; set by --demo.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }

    public int Kiosks { get; set; } = 4;

    public string GroupId { get; set; } = "demo-school";

    /// <summary>Languages compiled for the demo; few, so the first start takes well under a minute.</summary>
    public string[] Languages { get; set; } = ["en", "sw"];

    public string Profile { get; set; } = "320x240";

    /// <summary>Seconds between a kiosk's report batches (a real kiosk waits up to an hour).</summary>
    public int ReportSeconds { get; set; } = 15;
}
