using Kiosk.Companion.Storage;
using Kiosk.Signing;
using Microsoft.Extensions.Options;

namespace Kiosk.Companion.Provisioning;

/// <summary>
/// Loads the program key at start-up. Outside Development a missing key stops the companion: a
/// new key would mean re-provisioning every kiosk, so it is never made silently.
/// </summary>
public static class ProgramKeySource
{
    public static ProgramKey Load(IOptions<SigningOptions> signing, IOptions<StorageOptions> storage, IHostEnvironment environment, ILogger logger)
    {
        var path = signing.Value.KeyPath ?? Path.Combine(storage.Value.DataFolder, "program-key.pem");
        if (File.Exists(path) || !environment.IsDevelopment())
        {
            return ProgramKey.Load(path);
        }

        var key = ProgramKey.Generate();
        key.Save(path);
        logger.LogWarning(
            "No program key at {KeyPath}: generated a new development key (key id {KeyId}). Kiosks provisioned with it accept only content signed by it.",
            path, Convert.ToHexString(key.KeyId));
        return key;
    }
}
