using Kiosk.Companion.Fleet;
using Kiosk.Companion.Mqtt;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Topics;
using Kiosk.Signing;
using Microsoft.Extensions.Options;

namespace Kiosk.Companion.Provisioning;

/// <summary>
/// Builds a kiosk's config from its row and the deployment settings, signs it with the program
/// key and publishes it retained on kiosk/v1/{id}/config. Ed25519 signatures are deterministic,
/// so publishing the same serial again sends the same bytes.
/// </summary>
public sealed class ConfigIssuer(ProgramKey key, IKioskPublisher publisher, IOptions<ProvisioningOptions> options)
{
    public KioskConfig Build(KioskRecord kiosk) => Build(kiosk, options.Value);

    public static KioskConfig Build(KioskRecord kiosk, ProvisioningOptions settings) => new()
    {
        KioskId = kiosk.Id,
        GroupId = kiosk.GroupId,
        Serial = (ulong)kiosk.ConfigSerial,
        PinSalt = Convert.FromBase64String(kiosk.PinSalt),
        PinHash = Convert.FromBase64String(kiosk.PinHash),
        PinIterations = (uint)kiosk.PinIterations,
        EnabledModuleIds = [.. settings.EnabledModuleIds],
        Helplines = settings.Helplines.Select(h => new Helpline { Name = h.Name, Number = h.Number, Kind = h.Kind, Url = h.Url }).ToArray(),
        DefaultLanguage = settings.DefaultLanguage,
        IdleTimeoutSeconds = settings.IdleTimeoutSeconds,
    };

    public byte[] Sign(KioskRecord kiosk) => CoseSign1Signer.Sign(KioskConfigCodec.Encode(Build(kiosk)), key);

    public Task PublishAsync(KioskRecord kiosk, CancellationToken cancellationToken) =>
        publisher.PublishAsync(TopicName.Config(kiosk.Id), Sign(kiosk), retain: true, cancellationToken);
}
