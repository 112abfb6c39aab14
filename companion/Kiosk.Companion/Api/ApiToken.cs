namespace Kiosk.Companion.Api;

/// <summary>A row of api_tokens; the token itself is never stored.</summary>
public sealed class ApiToken
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public long CreatedAt { get; set; }
}
