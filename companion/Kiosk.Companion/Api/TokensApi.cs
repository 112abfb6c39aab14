using Microsoft.AspNetCore.Http.HttpResults;

namespace Kiosk.Companion.Api;

/// <summary>Creating further API tokens; the token is returned once.</summary>
public static class TokensApi
{
    public static RouteGroupBuilder MapTokensApi(this RouteGroupBuilder api)
    {
        api.MapPost("/tokens", CreateAsync).WithTags("Tokens").WithSummary("Create an API token; it is shown only in this response.");
        return api;
    }

    private static async Task<Results<Created<CreatedToken>, ValidationProblem>> CreateAsync(
        CreateTokenRequest request, ApiTokenStore tokens, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["name"] = ["A name of 1 to 100 characters is required."] });
        }
        var token = ApiTokenStore.NewToken();
        var row = await tokens.AddAsync(request.Name, token, cancellationToken);
        return TypedResults.Created($"/api/tokens/{row.Id}", new CreatedToken(row.Id, row.Name, token));
    }
}
