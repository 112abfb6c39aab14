using Kiosk.Companion.Fleet;
using Kiosk.Companion.Provisioning;

namespace Kiosk.Companion.Web.Modules;

/// <summary>
/// Sends every kiosk of a school a newly signed config after its module choice changed. The
/// config comes from the provisioning code's <see cref="ConfigIssuer"/>, which reads the school's
/// choice from <see cref="SchoolModuleStore"/> like every other config it signs.
/// </summary>
public sealed class SchoolConfigPublisher(KioskRegistry registry, ConfigIssuer issuer)
{
    /// <summary>Returns how many kiosks were sent a config.</summary>
    public async Task<int> PublishAsync(string groupId, CancellationToken cancellationToken)
    {
        var kiosks = await registry.ListAsync(groupId, null, cancellationToken);
        foreach (var kiosk in kiosks)
        {
            await issuer.PublishAsync(kiosk, cancellationToken);
        }
        return kiosks.Count;
    }
}
