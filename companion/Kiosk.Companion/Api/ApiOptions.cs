namespace Kiosk.Companion.Api;

/// <summary>Configuration section "Api".</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>
    /// An admin token to accept (stored hashed at start-up). When empty and no token exists yet,
    /// one is generated and written to the log once.
    /// </summary>
    public string? AdminToken { get; set; }
}
