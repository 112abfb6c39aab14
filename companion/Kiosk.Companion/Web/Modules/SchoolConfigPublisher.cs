using Kiosk.Companion.Fleet;
using Kiosk.Companion.Mqtt;
using Kiosk.Companion.Provisioning;
using Kiosk.Protocol.Messages;
using Kiosk.Protocol.Topics;
using Kiosk.Signing;
using Microsoft.Extensions.Options;

namespace Kiosk.Companion.Web.Modules;

/// <summary>
/// Signs and publishes (retained) the config of every kiosk of a school with the school's chosen
/// modules. The config is the provisioning code's (<see cref="ConfigIssuer.Build(KioskRecord, ProvisioningOptions)"/>);
/// only the module list differs from the deployment default.
/// </summary>
public sealed class SchoolConfigPublisher(
    KioskRegistry registry,
    SchoolModuleStore schools,
    ProgramKey key,
    IKioskPublisher publisher,
    IOptions<ProvisioningOptions> provisioning)
{
    /// <summary>Returns how many kiosks were sent a config.</summary>
    public async Task<int> PublishAsync(string groupId, CancellationToken cancellationToken)
    {
        var choice = await schools.GetAsync(groupId, cancellationToken);
        var kiosks = await registry.ListAsync(groupId, null, cancellationToken);
        foreach (var kiosk in kiosks)
        {
            var config = ConfigIssuer.Build(kiosk, provisioning.Value);
            if (choice.Modules is not null)
            {
                config.EnabledModuleIds = [.. choice.Modules];
            }
            var signed = CoseSign1Signer.Sign(KioskConfigCodec.Encode(config), key);
            await publisher.PublishAsync(TopicName.Config(kiosk.Id), signed, retain: true, cancellationToken);
        }
        return kiosks.Count;
    }
}
