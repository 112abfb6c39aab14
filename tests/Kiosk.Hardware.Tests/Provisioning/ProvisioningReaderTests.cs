using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kiosk.Firmware.Provisioning;

namespace Kiosk.Hardware.Tests.Provisioning;

public class ProvisioningReaderTests
{
    private const string CaPem = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ==\n-----END CERTIFICATE-----\n";

    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    // Built with System.Text.Json, an independent writer, as the companion would.
    private static JsonObject Valid() => new()
    {
        ["format"] = 1,
        ["kioskId"] = "k-7f3a9c21",
        ["groupId"] = "school-nairobi-03",
        ["mqttUsername"] = "k-7f3a9c21",
        ["mqttPassword"] = "s3cret-\"pass\"\\word",
        ["companionHost"] = "companion.school.example",
        ["companionPort"] = 8883,
        ["companionTls"] = true,
        ["companionCaPem"] = CaPem,
        ["programPublicKey"] = Convert.ToBase64String(Key),
        ["wifiSsid"] = "École Wi-Fi",
        ["wifiPassword"] = "correct horse",
    };

    private static byte[] Bytes(JsonObject json) => Encoding.UTF8.GetBytes(json.ToJsonString());

    private static ProvisioningException Rejected(JsonObject json) =>
        Assert.Throws<ProvisioningException>(() => ProvisioningReader.Read(Bytes(json)));

    [Fact]
    public void Reads_every_member_of_a_valid_file()
    {
        var file = ProvisioningReader.Read(Bytes(Valid()));

        Assert.Equal("k-7f3a9c21", file.KioskId);
        Assert.Equal("school-nairobi-03", file.GroupId);
        Assert.Equal("k-7f3a9c21", file.MqttUsername);
        Assert.Equal("s3cret-\"pass\"\\word", file.MqttPassword);
        Assert.Equal("companion.school.example", file.CompanionHost);
        Assert.Equal(8883, file.CompanionPort);
        Assert.True(file.CompanionTls);
        Assert.Equal(CaPem, file.CompanionCaPem);
        Assert.Equal(Key, file.ProgramPublicKey);
        Assert.Equal("École Wi-Fi", file.WifiSsid);
        Assert.Equal("correct horse", file.WifiPassword);
    }

    [Fact]
    public void Plain_mqtt_on_an_open_network_needs_no_certificate_and_no_wifi_password()
    {
        var json = Valid();
        json.Remove("companionCaPem");
        json["companionTls"] = false;
        json["companionPort"] = 1883;
        json["wifiPassword"] = "";

        var file = ProvisioningReader.Read(Bytes(json));

        Assert.False(file.CompanionTls);
        Assert.Null(file.CompanionCaPem);
        Assert.Equal("", file.WifiPassword);
    }

    [Fact]
    public void A_byte_order_mark_from_an_editor_is_tolerated()
    {
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. Bytes(Valid())];

        Assert.Equal("k-7f3a9c21", ProvisioningReader.Read(withBom).KioskId);
    }

    [Theory]
    [InlineData("format")]
    [InlineData("kioskId")]
    [InlineData("groupId")]
    [InlineData("mqttUsername")]
    [InlineData("mqttPassword")]
    [InlineData("companionHost")]
    [InlineData("companionPort")]
    [InlineData("companionTls")]
    [InlineData("programPublicKey")]
    [InlineData("wifiSsid")]
    [InlineData("wifiPassword")]
    public void Every_required_member_is_required(string name)
    {
        var json = Valid();
        json.Remove(name);

        Assert.Contains(name, Rejected(json).Message);
    }

    public static TheoryData<string, JsonNode> BadValues() => new()
    {
        { "format", 2 },
        { "format", "1" },
        { "kioskId", "Kiosk 1" },
        { "kioskId", "group" },
        { "kioskId", "ab" },
        { "groupId", "School/1" },
        { "groupId", "-school" },
        { "mqttUsername", "" },
        { "mqttPassword", 12345678 },
        { "companionHost", "" },
        { "companionPort", 0 },
        { "companionPort", 65536 },
        { "companionPort", "8883" },
        { "companionTls", "yes" },
        { "companionCaPem", "not a certificate" },
        { "companionCaPem", 1 },
        { "programPublicKey", "not base64!" },
        { "programPublicKey", Convert.ToBase64String(new byte[31]) },
        { "programPublicKey", Convert.ToBase64String(new byte[33]) },
        { "wifiSsid", "" },
        { "wifiSsid", new string('é', 17) },
        { "wifiPassword", "short" },
        { "wifiPassword", new string('p', 64) },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Bad_values_are_rejected(string name, JsonNode value)
    {
        var json = Valid();
        json[name] = value.DeepClone();

        Rejected(json);
    }

    [Fact]
    public void A_certificate_without_tls_is_a_contradiction()
    {
        var json = Valid();
        json["companionTls"] = false;

        Assert.Contains("companionTls", Rejected(json).Message);
    }

    [Fact]
    public void An_unknown_member_is_rejected_by_name()
    {
        var json = Valid();
        json["wifiPasword"] = "typo";

        Assert.Contains("wifiPasword", Rejected(json).Message);
    }

    [Fact]
    public void Invalid_utf8_is_rejected()
    {
        byte[] bytes = Bytes(Valid());
        int at = Array.IndexOf(bytes, (byte)'k');
        bytes[at] = 0xC3; // a lead byte followed by an ASCII letter

        Assert.Throws<ProvisioningException>(() => ProvisioningReader.Read(bytes));
    }

    [Fact]
    public void A_missing_or_oversized_file_is_rejected()
    {
        Assert.Throws<ProvisioningException>(() => ProvisioningReader.Read(null!));

        var json = Valid();
        json["companionCaPem"] = CaPem + new string(' ', ProvisioningReader.MaxFileBytes);
        Assert.Contains("larger", Rejected(json).Message);
    }

    [Fact]
    public void Every_truncation_of_a_valid_file_is_rejected()
    {
        byte[] bytes = Bytes(Valid());

        for (int length = 0; length < bytes.Length; length += 7)
        {
            byte[] cut = bytes[..length];
            Assert.Throws<ProvisioningException>(() => ProvisioningReader.Read(cut));
        }
    }

    [Fact]
    public void Random_byte_flips_never_escape_as_another_exception()
    {
        byte[] original = Bytes(Valid());
        var random = new Random(20261128);

        for (int round = 0; round < 2000; round++)
        {
            byte[] bytes = (byte[])original.Clone();
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            try
            {
                var file = ProvisioningReader.Read(bytes);
                Assert.Equal(32, file.ProgramPublicKey.Length);
            }
            catch (ProvisioningException)
            {
            }
        }
    }
}
