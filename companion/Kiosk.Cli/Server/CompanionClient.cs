using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kiosk.Cli.Server;

/// <summary>
/// The companion's HTTP API as the CLI uses it: JSON in and out, and every failure turned into
/// one plain sentence (server unreachable, token refused, validation problems field by field).
/// </summary>
public sealed class CompanionClient : IDisposable
{
    private readonly HttpClient _http;

    public CompanionClient(Uri server, string token)
    {
        _http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromMinutes(5) };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    public Task<JsonNode> GetAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);

    public Task<JsonNode> PostAsync(string path, object? body, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) }, cancellationToken);

    public Task<JsonNode> PutAsync(string path, object body, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) }, cancellationToken);

    public Task<JsonNode> DeleteAsync(string path, CancellationToken cancellationToken) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Delete, path), cancellationToken);

    public Task<JsonNode> UploadAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = content }, cancellationToken);
    }

    public async Task<byte[]> DownloadAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await ExchangeAsync(new HttpRequestMessage(HttpMethod.Get, path), cancellationToken);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken);
    }

    public void Dispose() => _http.Dispose();

    private async Task<JsonNode> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await ExchangeAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text) ?? new JsonObject();
    }

    private async Task<HttpResponseMessage> ExchangeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException error) when (error.InnerException is SocketException || error.HttpRequestError == HttpRequestError.ConnectionError)
        {
            throw new CompanionApiException($"The companion at {_http.BaseAddress} is not reachable ({error.Message}). Is it running, and is --server right?");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new CompanionApiException($"The companion at {_http.BaseAddress} did not answer in time.");
        }
        if (response.IsSuccessStatusCode)
        {
            return response;
        }
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        response.Dispose();
        throw new CompanionApiException(response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => "The companion refused the API token (401). Check --token or KIOSK_TOKEN.",
            HttpStatusCode.Forbidden => "This API token may not do that (403).",
            HttpStatusCode.NotFound => $"Not found: {request.RequestUri} (404).",
            _ => Describe(response.StatusCode, body),
        });
    }

    /// <summary>Problem details become "field: message" lines; anything else is shown as sent.</summary>
    private static string Describe(HttpStatusCode status, string body)
    {
        try
        {
            if (JsonNode.Parse(body) is JsonObject problem)
            {
                if (problem["errors"] is JsonObject errors)
                {
                    var lines = errors.SelectMany(e => (e.Value as JsonArray ?? []).Select(m => $"  {e.Key}: {m}"));
                    return $"The companion refused the request ({(int)status}):{Environment.NewLine}{string.Join(Environment.NewLine, lines)}";
                }
                if (problem["title"] is JsonNode title)
                {
                    return $"The companion refused the request ({(int)status}): {title}";
                }
            }
        }
        catch (JsonException)
        {
        }
        return $"The companion refused the request ({(int)status}): {(body.Length == 0 ? status.ToString() : body.Trim('"'))}";
    }
}
