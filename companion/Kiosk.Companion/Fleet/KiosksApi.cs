using Kiosk.Companion.Mqtt;
using Kiosk.Companion.Provisioning;
using Kiosk.Protocol.Topics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Kiosk.Companion.Fleet;

/// <summary>The kiosk registry: list, look up, provision, retire, teacher PIN.</summary>
public static class KiosksApi
{
    public static RouteGroupBuilder MapKiosksApi(this RouteGroupBuilder api)
    {
        var kiosks = api.MapGroup("/kiosks").WithTags("Kiosks");
        kiosks.MapGet("/", ListAsync).WithSummary("Kiosks, optionally of one group and/or only online or offline ones.");
        kiosks.MapGet("/{id}", GetAsync);
        kiosks.MapPost("/", CreateAsync).WithSummary("Provision a kiosk: returns its provisioning file and first teacher PIN, shown only here.");
        kiosks.MapDelete("/{id}", DeleteAsync);
        kiosks.MapPut("/{id}/pin", ChangePinAsync).WithSummary("Set the teacher PIN and publish a newly signed config.");
        return api;
    }

    private static async Task<Ok<List<KioskView>>> ListAsync(KioskRegistry registry, string? groupId, bool? online, CancellationToken cancellationToken) =>
        TypedResults.Ok((await registry.ListAsync(groupId, online, cancellationToken)).Select(KioskView.From).ToList());

    private static async Task<Results<Ok<KioskView>, NotFound>> GetAsync(string id, KioskRegistry registry, CancellationToken cancellationToken) =>
        await registry.FindAsync(id, cancellationToken) is { } kiosk ? TypedResults.Ok(KioskView.From(kiosk)) : TypedResults.NotFound();

    private static async Task<Results<Created<ProvisionedKiosk>, ValidationProblem, Conflict<string>, ProblemHttpResult>> CreateAsync(
        CreateKioskRequest request, KioskRegistry registry, GroupStore groups, KioskProvisioner provisioner, CancellationToken cancellationToken)
    {
        var id = request.Id ?? KioskProvisioner.NewKioskId();
        var errors = new Dictionary<string, string[]>();
        if (!TopicName.IsValidKioskId(id))
        {
            errors["id"] = ["3 to 32 characters of a-z, 0-9 and '-', not starting or ending with '-', and not 'group'."];
        }
        if (request.TeacherPin is not null && !TeacherPin.IsValid(request.TeacherPin))
        {
            errors["teacherPin"] = [$"{TeacherPin.MinLength} to {TeacherPin.MaxLength} digits."];
        }
        if (string.IsNullOrEmpty(request.GroupId) || await groups.FindAsync(request.GroupId, cancellationToken) is null)
        {
            errors["groupId"] = ["No such group."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (await registry.FindAsync(id, cancellationToken) is not null)
        {
            return TypedResults.Conflict($"Kiosk {id} exists.");
        }
        try
        {
            var provisioned = await provisioner.CreateAsync(id, request.GroupId, request.TeacherPin, cancellationToken);
            return TypedResults.Created($"/api/kiosks/{id}", provisioned);
        }
        catch (BrokerAccountException error)
        {
            return TypedResults.Problem(error.Message, statusCode: StatusCodes.Status502BadGateway, title: "The broker did not create the kiosk's account.");
        }
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(string id, KioskProvisioner provisioner, CancellationToken cancellationToken) =>
        await provisioner.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound, ValidationProblem>> ChangePinAsync(
        string id, ChangePinRequest request, KioskProvisioner provisioner, CancellationToken cancellationToken)
    {
        if (!TeacherPin.IsValid(request.Pin))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["pin"] = [$"{TeacherPin.MinLength} to {TeacherPin.MaxLength} digits."] });
        }
        return await provisioner.ChangePinAsync(id, request.Pin, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
    }
}
