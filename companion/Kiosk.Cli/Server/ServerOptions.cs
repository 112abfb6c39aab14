using System.CommandLine;

namespace Kiosk.Cli.Server;

/// <summary>--server and --token, shared by every command that talks to the companion (defaults: $KIOSK_SERVER, $KIOSK_TOKEN).</summary>
public sealed class ServerOptions
{
    public Option<string?> Server { get; } = new("--server", "-s")
    {
        Description = "The companion's base URL, e.g. http://localhost:5080. Default: $KIOSK_SERVER.",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("KIOSK_SERVER"),
    };

    public Option<string?> Token { get; } = new("--token", "-t")
    {
        Description = "An API token (the admin token the companion printed, or one made with /api/tokens). Default: $KIOSK_TOKEN.",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("KIOSK_TOKEN"),
    };

    public void AddTo(Command command)
    {
        command.Add(Server);
        command.Add(Token);
    }

    /// <summary>The client for this invocation; throws <see cref="CompanionApiException"/> when server or token are missing.</summary>
    public CompanionClient Connect(ParseResult parse)
    {
        var server = parse.GetValue(Server);
        var token = parse.GetValue(Token);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new CompanionApiException("No companion given: pass --server URL or set KIOSK_SERVER.");
        }
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new CompanionApiException("No API token given: pass --token T or set KIOSK_TOKEN.");
        }
        if (!Uri.TryCreate(server, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new CompanionApiException($"'{server}' is not an http(s) URL.");
        }
        return new CompanionClient(uri, token);
    }
}
