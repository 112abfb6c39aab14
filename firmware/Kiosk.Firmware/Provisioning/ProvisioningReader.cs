using System;
using Kiosk.Protocol;
using Kiosk.Protocol.Text;
using Kiosk.Protocol.Topics;

namespace Kiosk.Firmware.Provisioning;

/// <summary>
/// Reads and checks the provisioning file. Every member is validated here, once, so the adapters
/// can pass the values straight to Wi-Fi and MQTT. Unknown members are errors: a misspelt
/// "wifiPasword" must stop the kiosk at its first boot check, not leave it silently offline.
/// </summary>
public static class ProvisioningReader
{
    /// <summary>Far more than a file with a CA certificate needs; bounds the memory a bad file can take.</summary>
    public const int MaxFileBytes = 16 * 1024;

    private const int PublicKeyBytes = 32;
    private const int MaxSsidBytes = 32;
    private const int MinWpaPassphrase = 8;
    private const int MaxWpaPassphrase = 63;
    private const int MaxCredentialLength = 128;
    private const int MaxHostLength = 253;

    private static readonly string[] KnownNames = new string[]
    {
        "format", "kioskId", "groupId", "mqttUsername", "mqttPassword", "companionHost", "companionPort",
        "companionTls", "companionCaPem", "programPublicKey", "wifiSsid", "wifiPassword"
    };

    public static ProvisioningFile Read(byte[] file)
    {
        if (file == null)
        {
            throw new ProvisioningException("provisioning file not found");
        }

        if (file.Length > MaxFileBytes)
        {
            throw new ProvisioningException("provisioning file larger than " + MaxFileBytes + " bytes");
        }

        FlatJsonObject json = FlatJsonReader.Parse(DecodeText(file));
        RejectUnknownNames(json);

        if (Integer(json, "format") != ProvisioningFile.CurrentFormat)
        {
            throw new ProvisioningException("provisioning format " + Integer(json, "format") + " is not supported");
        }

        var result = new ProvisioningFile();
        result.KioskId = Text(json, "kioskId");
        if (!TopicName.IsValidKioskId(result.KioskId))
        {
            throw new ProvisioningException("kioskId is not a valid kiosk id");
        }

        result.GroupId = Text(json, "groupId");
        if (!TopicName.IsValidGroupId(result.GroupId))
        {
            throw new ProvisioningException("groupId is not a valid group id");
        }

        result.MqttUsername = BoundedText(json, "mqttUsername", 1, MaxCredentialLength);
        result.MqttPassword = BoundedText(json, "mqttPassword", 1, MaxCredentialLength);
        result.CompanionHost = BoundedText(json, "companionHost", 1, MaxHostLength);
        long port = Integer(json, "companionPort");
        if (port < 1 || port > 65535)
        {
            throw new ProvisioningException("companionPort must be 1 to 65535");
        }

        result.CompanionPort = (int)port;
        result.CompanionTls = Boolean(json, "companionTls");
        result.CompanionCaPem = OptionalCaPem(json, result.CompanionTls);
        result.ProgramPublicKey = PublicKey(json);
        result.WifiSsid = Text(json, "wifiSsid");
        int ssidBytes = Utf8.EncodedLength(result.WifiSsid);
        if (ssidBytes < 1 || ssidBytes > MaxSsidBytes)
        {
            throw new ProvisioningException("wifiSsid must be 1 to 32 bytes");
        }

        result.WifiPassword = Text(json, "wifiPassword");
        int passwordLength = result.WifiPassword.Length;
        if (passwordLength != 0 && (passwordLength < MinWpaPassphrase || passwordLength > MaxWpaPassphrase))
        {
            throw new ProvisioningException("wifiPassword must be empty (open network) or 8 to 63 characters");
        }

        return result;
    }

    private static string DecodeText(byte[] file)
    {
        // Editors on Windows may add a byte order mark when a technician opens the file; it carries no data.
        int start = file.Length >= 3 && file[0] == 0xEF && file[1] == 0xBB && file[2] == 0xBF ? 3 : 0;
        try
        {
            return Utf8.Decode(file, start, file.Length - start);
        }
        catch (ProtocolDecodeException)
        {
            throw new ProvisioningException("provisioning file is not valid UTF-8");
        }
    }

    private static void RejectUnknownNames(FlatJsonObject json)
    {
        for (int i = 0; i < json.Count; i++)
        {
            string name = json.NameAt(i);
            bool known = false;
            for (int k = 0; k < KnownNames.Length; k++)
            {
                if (KnownNames[k] == name)
                {
                    known = true;
                    break;
                }
            }

            if (!known)
            {
                throw new ProvisioningException("unknown member \"" + name + "\"");
            }
        }
    }

    private static string OptionalCaPem(FlatJsonObject json, bool tls)
    {
        object value = json.Find("companionCaPem");
        if (value == null)
        {
            return null;
        }

        string pem = value as string;
        if (pem == null)
        {
            throw new ProvisioningException("companionCaPem must be a string");
        }

        if (!tls)
        {
            throw new ProvisioningException("companionCaPem given but companionTls is false");
        }

        if (pem.IndexOf("-----BEGIN CERTIFICATE-----") < 0 || pem.IndexOf("-----END CERTIFICATE-----") < 0)
        {
            throw new ProvisioningException("companionCaPem is not a PEM certificate");
        }

        return pem;
    }

    private static byte[] PublicKey(FlatJsonObject json)
    {
        string text = Text(json, "programPublicKey");
        byte[] key;
        try
        {
            key = Convert.FromBase64String(text);
        }
        catch (Exception)
        {
            // nanoFramework and .NET throw different exception types for bad base64.
            throw new ProvisioningException("programPublicKey is not base64");
        }

        if (key == null || key.Length != PublicKeyBytes)
        {
            throw new ProvisioningException("programPublicKey must be 32 bytes");
        }

        return key;
    }

    private static string BoundedText(FlatJsonObject json, string name, int min, int max)
    {
        string value = Text(json, name);
        if (value.Length < min || value.Length > max)
        {
            throw new ProvisioningException(name + " must be " + min + " to " + max + " characters");
        }

        return value;
    }

    private static string Text(FlatJsonObject json, string name)
    {
        string value = Required(json, name) as string;
        if (value == null)
        {
            throw new ProvisioningException(name + " must be a string");
        }

        return value;
    }

    private static long Integer(FlatJsonObject json, string name)
    {
        object value = Required(json, name);
        if (!(value is long))
        {
            throw new ProvisioningException(name + " must be an integer");
        }

        return (long)value;
    }

    private static bool Boolean(FlatJsonObject json, string name)
    {
        object value = Required(json, name);
        if (!(value is bool))
        {
            throw new ProvisioningException(name + " must be true or false");
        }

        return (bool)value;
    }

    private static object Required(FlatJsonObject json, string name)
    {
        object value = json.Find(name);
        if (value == null)
        {
            throw new ProvisioningException("missing member \"" + name + "\"");
        }

        return value;
    }
}
