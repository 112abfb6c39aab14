using Kiosk.Companion.Fleet;
using Kiosk.Signing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kiosk.Companion.Content;

/// <summary>Bundles (build, import, list, download) and group catalogs (publish, pin, unpin).</summary>
public static class ContentApi
{
    /// <summary>Larger than any bundle the protocol allows (16 MiB data plus the manifest).</summary>
    public const long MaxBundleUpload = 17 * 1024 * 1024;

    public static RouteGroupBuilder MapContentApi(this RouteGroupBuilder api)
    {
        var bundles = api.MapGroup("/bundles").WithTags("Content");
        bundles.MapGet("/", ListBundlesAsync).WithSummary("Stored bundles, newest version first; ?version= for one release.");
        bundles.MapGet("/{bundleId}/{version:long}", GetBundleAsync);
        bundles.MapGet("/{bundleId}/{version:long}/file", DownloadBundleAsync).WithSummary("The bundle file (.kbdl) as stored.");
        bundles.MapPost("/", ImportBundleAsync)
            .Accepts<byte[]>("application/octet-stream")
            .WithSummary("Import a signed bundle file (body: the .kbdl bytes). Its signature, manifest and every chunk are checked first.");

        var builds = api.MapGroup("/content/builds").WithTags("Content");
        builds.MapGet("/", (ContentBuilds all) => TypedResults.Ok(all.List())).WithSummary("Curriculum builds since the companion started.");
        builds.MapGet("/{id}", GetBuild);
        builds.MapPost("/", StartBuildAsync).WithSummary("Compile the built-in curriculum into signed bundles in the background; poll the build for progress.");

        var catalogs = api.MapGroup("/catalogs").WithTags("Content");
        catalogs.MapGet("/", async (GroupCatalogStore store, CancellationToken cancellationToken) => TypedResults.Ok(await store.ListAsync(cancellationToken)))
            .WithSummary("Which release each group's kiosks follow, and whether it is pinned.");
        catalogs.MapGet("/{groupId}", GetCatalogAsync);
        catalogs.MapPut("/{groupId}", PublishCatalogAsync).WithSummary("Publish a release to a group at once; pinned = install even if older (rollback).");
        catalogs.MapDelete("/{groupId}/pin", UnpinAsync).WithSummary("Unpin a group: same release, entries no longer pinned; rollouts may include the group again.");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<StoredBundle>>> ListBundlesAsync(BundleStore store, long? version, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListAsync(version, cancellationToken));

    private static async Task<Results<Ok<StoredBundle>, NotFound>> GetBundleAsync(string bundleId, long version, BundleStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(bundleId, version, cancellationToken) is { } bundle ? TypedResults.Ok(bundle) : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> DownloadBundleAsync(string bundleId, long version, BundleStore store, CancellationToken cancellationToken) =>
        await store.ReadBytesAsync(bundleId, version, cancellationToken) is { } bytes
            ? TypedResults.File(bytes, "application/octet-stream", $"{bundleId}-{version}.kbdl")
            : TypedResults.NotFound();

    private static async Task<Results<Created<StoredBundle>, ValidationProblem, Conflict<string>>> ImportBundleAsync(
        HttpRequest request, BundleStore store, ProgramKey key, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (request.ContentLength is > MaxBundleUpload)
        {
            return Invalid("file", "The file is larger than any bundle may be.");
        }
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length is 0 or > MaxBundleUpload)
        {
            return Invalid("file", "Send the bundle file's bytes as the request body (application/octet-stream).");
        }
        var bytes = buffer.ToArray();
        StoredBundle bundle;
        try
        {
            bundle = BundleInspector.Inspect(bytes, key.PublicKey, "import", clock.GetUtcNow());
        }
        catch (BundleImportException error)
        {
            return Invalid("file", error.Message);
        }
        if (!await store.InsertAsync(bundle, bytes, cancellationToken))
        {
            return TypedResults.Conflict($"Bundle {bundle.BundleId} version {bundle.Version} is already stored; bundles are immutable, build a new version.");
        }
        return TypedResults.Created($"/api/bundles/{bundle.BundleId}/{bundle.Version}", bundle);
    }

    private static Results<Ok<ContentBuild>, NotFound> GetBuild(string id, ContentBuilds builds) =>
        builds.Find(id) is { } build ? TypedResults.Ok(build) : TypedResults.NotFound();

    private static async Task<Results<Accepted<ContentBuild>, ValidationProblem>> StartBuildAsync(
        StartBuildRequest? request, ContentBuilds builds, CancellationToken cancellationToken)
    {
        try
        {
            var build = await builds.StartAsync(request ?? new StartBuildRequest(null, null, null), cancellationToken);
            return TypedResults.Accepted($"/api/content/builds/{build.Id}", build);
        }
        catch (ArgumentException error)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["build"] = [error.Message] });
        }
    }

    private static async Task<Results<Ok<GroupCatalog>, NotFound>> GetCatalogAsync(string groupId, GroupCatalogStore store, CancellationToken cancellationToken) =>
        await store.FindAsync(groupId, cancellationToken) is { } catalog ? TypedResults.Ok(catalog) : TypedResults.NotFound();

    private static async Task<Results<Ok<GroupCatalog>, NotFound, ValidationProblem>> PublishCatalogAsync(
        string groupId, PublishCatalogRequest request, GroupStore groups, BundleStore bundles, CatalogPublisher publisher, CancellationToken cancellationToken)
    {
        if (await groups.FindAsync(groupId, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }
        if ((await bundles.ListAsync(request.Version, cancellationToken)).Count == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = [$"No bundles of version {request.Version} are stored."] });
        }
        return TypedResults.Ok(await publisher.PublishAsync(groupId, request.Version, request.Pinned, cancellationToken));
    }

    private static async Task<Results<Ok<GroupCatalog>, NotFound>> UnpinAsync(
        string groupId, GroupCatalogStore store, CatalogPublisher publisher, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(groupId, cancellationToken) is not { } catalog)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await publisher.PublishAsync(groupId, catalog.ReleaseVersion, pinned: false, cancellationToken));
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
