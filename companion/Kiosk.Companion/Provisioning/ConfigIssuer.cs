using Kiosk.Companion.Fleet;
using Kiosk.Companion.Mqtt;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Topics;
using Kiosk.Signing;
using Microsoft.Extensions.Options;

namespace Kiosk.Companion.Provisioning;

/// <summary>
/// Builds a kiosk's config from its row, its group's module choice and the deployment settings,
/// signs it with the program key and publishes it retained on kiosk/v1/{id}/config. Ed25519
/// signatures are deterministic, so publishing the same serial again sends the same bytes.
/// </summary>
public sealed class ConfigIssuer(ProgramKey key, IKioskPublisher publisher, IGroupModuleChoice modules, IOptions<ProvisioningOptions> options)
{
    public async Task<KioskConfig> BuildAsync(KioskRecord kiosk, CancellationToken cancellationToken) =>
        Build(kiosk, options.Value, await modules.FindAsync(kiosk.GroupId, cancellationToken));

    /// <summary>The config with <paramref name="chosenModules"/>, or the deployment's default modules when null.</summary>
    public static KioskConfig Build(KioskRecord kiosk, ProvisioningOptions settings, IReadOnlyList<string>? chosenModules = null) => new()
    {
        KioskId = kiosk.Id,
        GroupId = kiosk.GroupId,
        Serial = (ulong)kiosk.ConfigSerial,
        PinSalt = Convert.FromBase64String(kiosk.PinSalt),
        PinHash = Convert.FromBase64String(kiosk.PinHash),
        PinIterations = (uint)kiosk.PinIterations,
        EnabledModuleIds = [.. chosenModules ?? settings.EnabledModuleIds],
        Helplines = settings.Helplines.Select(h => new Helpline { Name = h.Name, Number = h.Number, Kind = h.Kind, Url = h.Url }).ToArray(),
        DefaultLanguage = settings.DefaultLanguage,
        IdleTimeoutSeconds = settings.IdleTimeoutSeconds,
    };

    public async Task PublishAsync(KioskRecord kiosk, CancellationToken cancellationToken)
    {
        var signed = CoseSign1Signer.Sign(KioskConfigCodec.Encode(await BuildAsync(kiosk, cancellationToken)), key);
        await publisher.PublishAsync(TopicName.Config(kiosk.Id), signed, retain: true, cancellationToken);
    }
}
