using Kiosk.Firmware.Provisioning;

namespace Kiosk.Hardware.Tests.Provisioning;

public class FlatJsonReaderTests
{
    [Fact]
    public void Reads_strings_integers_and_booleans_in_file_order()
    {
        var json = FlatJsonReader.Parse(" {\"a\": \"x\",\n\t\"b\": -42, \"c\": true, \"d\": false, \"e\": 0}\r\n");

        Assert.Equal(5, json.Count);
        Assert.Equal("a", json.NameAt(0));
        Assert.Equal("x", json.Find("a"));
        Assert.Equal(-42L, json.Find("b"));
        Assert.Equal(true, json.Find("c"));
        Assert.Equal(false, json.Find("d"));
        Assert.Equal(0L, json.Find("e"));
        Assert.Null(json.Find("missing"));
    }

    [Fact]
    public void An_empty_object_has_no_members()
    {
        Assert.Equal(0, FlatJsonReader.Parse("{ }").Count);
    }

    [Fact]
    public void Decodes_every_escape_the_standard_defines()
    {
        var json = FlatJsonReader.Parse("{\"s\": \"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9 \\uD83D\\uDE00\"}");

        Assert.Equal("q\" b\\ s/ \b\f\n\r\t \u00e9 \U0001F600", json.Find("s"));
    }

    [Fact]
    public void Text_that_System_Text_Json_writes_reads_back_unchanged()
    {
        string value = "PEM\n-----BEGIN-----\r\n\"quoted\" \\ <tag> & é ñ 日本 \U0001F600 \u0001";
        string text = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object> { ["v"] = value, ["n"] = 65535 });

        var json = FlatJsonReader.Parse(text);

        Assert.Equal(value, json.Find("v"));
        Assert.Equal(65535L, json.Find("n"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("[]")]
    [InlineData("{")]
    [InlineData("{\"a\": 1")]
    [InlineData("{\"a\": 1,}")]
    [InlineData("{,}")]
    [InlineData("{\"a\" 1}")]
    [InlineData("{a: 1}")]
    [InlineData("{'a': 1}")]
    [InlineData("{\"a\": 1} {}")]
    [InlineData("{\"a\": 1}x")]
    [InlineData("{\"a\": null}")]
    [InlineData("{\"a\": {}}")]
    [InlineData("{\"a\": []}")]
    [InlineData("{\"a\": 1.5}")]
    [InlineData("{\"a\": 1e3}")]
    [InlineData("{\"a\": 01}")]
    [InlineData("{\"a\": -}")]
    [InlineData("{\"a\": +1}")]
    [InlineData("{\"a\": 1234567890123456789}")]
    [InlineData("{\"a\": tru}")]
    [InlineData("{\"a\": True}")]
    [InlineData("{\"a\": \"unterminated}")]
    [InlineData("{\"a\": \"tab\there\"}")]
    [InlineData("{\"a\": \"new\nline\"}")]
    [InlineData("{\"a\": \"\\x\"}")]
    [InlineData("{\"a\": \"\\u12\"}")]
    [InlineData("{\"a\": \"\\u12G4\"}")]
    [InlineData("{\"a\": \"\\uD83D\"}")]
    [InlineData("{\"a\": \"\\uD83Dx\"}")]
    [InlineData("{\"a\": \"\\uD83D\\u0041\"}")]
    [InlineData("{\"a\": \"\\uDE00\"}")]
    [InlineData("{\"a\": 1, \"a\": 2}")]
    public void Rejects_anything_outside_a_flat_object(string text)
    {
        Assert.Throws<ProvisioningException>(() => FlatJsonReader.Parse(text));
    }

    [Fact]
    public void Every_truncation_of_a_valid_object_is_rejected()
    {
        const string text = "{\"kioskId\": \"k-01\", \"port\": 8883, \"tls\": true, \"pem\": \"a\\nb\\u00e9\"}";
        Assert.Equal(4, FlatJsonReader.Parse(text).Count);

        for (int length = 0; length < text.Length; length++)
        {
            string cut = text.Substring(0, length);
            Assert.Throws<ProvisioningException>(() => FlatJsonReader.Parse(cut));
        }
    }
}
