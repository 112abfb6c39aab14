using Kiosk.Companion.Provisioning;
using Kiosk.Protocol.Topics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kiosk.Companion.Fleet;

/// <summary>Schools and regions.</summary>
public static class GroupsApi
{
    public static RouteGroupBuilder MapGroupsApi(this RouteGroupBuilder api)
    {
        var groups = api.MapGroup("/groups").WithTags("Groups");
        groups.MapGet("/", ListAsync);
        groups.MapGet("/{id}", GetAsync);
        groups.MapPost("/", CreateAsync);
        groups.MapDelete("/{id}", DeleteAsync).WithSummary("Delete a group without kiosks or child groups.");
        groups.MapPut("/{id}/pin", ChangePinAsync).WithSummary("Set the same teacher PIN on every kiosk of the group.");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<KioskGroup>>> ListAsync(GroupStore groups, CancellationToken cancellationToken) =>
        TypedResults.Ok(await groups.ListAsync(cancellationToken));

    private static async Task<Results<Ok<KioskGroup>, NotFound>> GetAsync(string id, GroupStore groups, CancellationToken cancellationToken) =>
        await groups.FindAsync(id, cancellationToken) is { } group ? TypedResults.Ok(group) : TypedResults.NotFound();

    private static async Task<Results<Created<KioskGroup>, ValidationProblem, Conflict<string>>> CreateAsync(
        CreateGroupRequest request, GroupStore groups, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!TopicName.IsValidGroupId(request.Id))
        {
            errors["id"] = ["3 to 32 characters of a-z, 0-9 and '-', not starting or ending with '-'."];
        }
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > 200)
        {
            errors["name"] = ["1 to 200 characters."];
        }
        if (!Enum.IsDefined(request.Kind))
        {
            errors["kind"] = ["School or Region."];
        }
        if (request.ParentId is not null && await groups.FindAsync(request.ParentId, cancellationToken) is null)
        {
            errors["parentId"] = ["No such group."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (await groups.FindAsync(request.Id, cancellationToken) is not null)
        {
            return TypedResults.Conflict($"Group {request.Id} exists.");
        }
        var group = new KioskGroup
        {
            Id = request.Id,
            Name = request.Name,
            Kind = request.Kind.ToString(),
            ParentId = request.ParentId,
            CreatedAt = clock.GetUtcNow().ToUnixTimeSeconds(),
        };
        await groups.InsertAsync(group, cancellationToken);
        return TypedResults.Created($"/api/groups/{group.Id}", group);
    }

    private static async Task<Results<NoContent, Conflict<string>>> DeleteAsync(string id, GroupStore groups, CancellationToken cancellationToken) =>
        await groups.DeleteIfEmptyAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.Conflict($"Group {id} does not exist or is not empty.");

    private static async Task<Results<Ok<int>, NotFound, ValidationProblem>> ChangePinAsync(
        string id, ChangePinRequest request, GroupStore groups, KioskProvisioner provisioner, CancellationToken cancellationToken)
    {
        if (!TeacherPin.IsValid(request.Pin))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["pin"] = [$"{TeacherPin.MinLength} to {TeacherPin.MaxLength} digits."] });
        }
        if (await groups.FindAsync(id, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await provisioner.ChangeGroupPinAsync(id, request.Pin, cancellationToken));
    }
}
