using System.Security.Cryptography;
using Kiosk.Companion.Fleet;
using Kiosk.Companion.Mqtt;
using Kiosk.Protocol.Topics;
using Kiosk.Signing;
using Microsoft.Extensions.Options;

namespace Kiosk.Companion.Provisioning;

/// <summary>Creates and retires kiosks and changes teacher PINs; every change publishes a newly signed config.</summary>
public sealed class KioskProvisioner(
    KioskRegistry registry,
    ConfigIssuer issuer,
    IKioskPublisher publisher,
    EmbeddedBroker broker,
    IKioskAccountStore accounts,
    ProgramKey key,
    IOptions<ProvisioningOptions> provisioning,
    IOptions<MqttOptions> mqtt,
    TimeProvider clock,
    ILogger<KioskProvisioner> logger)
{
    /// <summary>"k-" and 12 random hex digits: a random install id, never a serial or MAC address.</summary>
    public static string NewKioskId() => "k-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();

    public async Task<ProvisionedKiosk> CreateAsync(string kioskId, string groupId, string? teacherPin, CancellationToken cancellationToken)
    {
        var password = KioskCredential.NewPassword();
        var pin = teacherPin ?? TeacherPin.NewPin();
        var salt = TeacherPin.NewSalt();
        var iterations = provisioning.Value.PinIterations;
        var kiosk = new KioskRecord
        {
            Id = kioskId,
            GroupId = groupId,
            CredentialHash = KioskCredential.Hash(password),
            CreatedAt = clock.GetUtcNow().ToUnixTimeSeconds(),
            ConfigSerial = 1,
            PinSalt = Convert.ToBase64String(salt),
            PinHash = Convert.ToBase64String(TeacherPin.Hash(salt, pin, iterations)),
            PinIterations = iterations,
        };
        // The broker account first: a kiosk in the registry without one could never log in.
        await accounts.AddAsync(kioskId, groupId, password, cancellationToken);
        try
        {
            await registry.InsertAsync(kiosk, cancellationToken);
        }
        catch
        {
            await accounts.RemoveAsync(kioskId, CancellationToken.None);
            throw;
        }
        await issuer.PublishAsync(kiosk, cancellationToken);
        logger.LogInformation("Provisioned kiosk {KioskId} in group {GroupId}", kioskId, groupId);

        var connection = mqtt.Value;
        var settings = provisioning.Value;
        var tls = settings.MqttTls ?? (connection.Mode == MqttMode.External && connection.UseTls);
        var file = new ProvisioningFile(
            Kiosk.Firmware.Provisioning.ProvisioningFile.CurrentFormat,
            kioskId,
            groupId,
            kioskId,
            password,
            settings.MqttHost ?? (connection.Mode == MqttMode.External ? connection.Host : "localhost"),
            settings.MqttPort ?? connection.Port,
            tls,
            tls && settings.MqttCaPemFile is { } caFile ? await File.ReadAllTextAsync(caFile, cancellationToken) : null,
            Convert.ToBase64String(key.PublicKey),
            WifiSsid: "",
            WifiPassword: "");
        return new ProvisionedKiosk(file, pin);
    }

    /// <summary>Sets a new PIN (own salt) and publishes the new config; false if the kiosk does not exist.</summary>
    public async Task<bool> ChangePinAsync(string kioskId, string pin, CancellationToken cancellationToken)
    {
        var salt = TeacherPin.NewSalt();
        var iterations = provisioning.Value.PinIterations;
        var kiosk = await registry.ChangePinAsync(
            kioskId, Convert.ToBase64String(salt), Convert.ToBase64String(TeacherPin.Hash(salt, pin, iterations)), iterations, cancellationToken);
        if (kiosk is null)
        {
            return false;
        }
        await issuer.PublishAsync(kiosk, cancellationToken);
        logger.LogInformation("Changed the teacher PIN of kiosk {KioskId} (config serial {Serial})", kioskId, kiosk.ConfigSerial);
        return true;
    }

    /// <summary>Sets the same PIN on every kiosk of the group; returns how many kiosks changed.</summary>
    public async Task<int> ChangeGroupPinAsync(string groupId, string pin, CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var kiosk in await registry.ListAsync(groupId, null, cancellationToken))
        {
            if (await ChangePinAsync(kiosk.Id, pin, cancellationToken))
            {
                changed++;
            }
        }
        return changed;
    }

    /// <summary>Removes the kiosk and clears its retained config and status; its usage counts stay.</summary>
    public async Task<bool> DeleteAsync(string kioskId, CancellationToken cancellationToken)
    {
        if (!await registry.DeleteAsync(kioskId, cancellationToken))
        {
            return false;
        }
        await broker.DisconnectKioskAsync(kioskId);
        await accounts.RemoveAsync(kioskId, cancellationToken);
        await publisher.PublishAsync(TopicName.Config(kioskId), [], retain: true, cancellationToken);
        await publisher.PublishAsync(TopicName.Status(kioskId), [], retain: true, cancellationToken);
        logger.LogInformation("Deleted kiosk {KioskId}", kioskId);
        return true;
    }
}
