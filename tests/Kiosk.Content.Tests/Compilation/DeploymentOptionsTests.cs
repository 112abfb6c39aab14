using Kiosk.Content.Compilation;

namespace Kiosk.Content.Tests.Compilation;

public sealed class DeploymentOptionsTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"deployment-{Guid.NewGuid():N}.json");

    [Fact]
    public void A_deployment_file_fills_every_help_placeholder()
    {
        File.WriteAllText(_file, """
            {
              "helplines": [
                { "name": "Childline", "number": "0800 1111", "kind": "helpline" },
                { "name": "the IWF", "number": "", "kind": "hotline", "url": "report.iwf.org.uk" },
                { "name": "Emergency", "number": "999", "kind": "emergency" }
              ]
            }
            """);

        var deployment = DeploymentOptions.Load(_file);
        var filled = DeploymentPlaceholders.Fill("Call {helpline.name} on {helpline.number}. Report to {hotline.name} at {hotline.url}. Danger: {emergency.number}.", deployment);

        Assert.Equal("Call Childline on 0800 1111. Report to the IWF at report.iwf.org.uk. Danger: 999.", filled);
    }

    [Theory]
    [InlineData("{ \"helplines\": [ ] }", "helpline")]
    [InlineData("{ \"helplines\": [ { \"name\": \"X\", \"number\": \"1\", \"kind\": \"phone\" } ] }", "kind")]
    [InlineData("{ \"helplines\": [ { \"name\": \"X\", \"number\": \"1\", \"kind\": \"helpline\" } ] }", "hotline")]
    [InlineData("{ \"helplines\": ", "not a deployment file")]
    [InlineData("{ \"lines\": [] }", "not a deployment file")]
    public void A_bad_deployment_file_is_refused_with_the_reason(string json, string reason)
    {
        File.WriteAllText(_file, json);

        var error = Assert.Throws<InvalidDataException>(() => DeploymentOptions.Load(_file));

        Assert.Contains(reason, error.Message);
        Assert.Contains(_file, error.Message);
    }

    [Fact]
    public void The_demo_deployment_passes_its_own_checks()
    {
        File.WriteAllText(_file, System.Text.Json.JsonSerializer.Serialize(DeploymentOptions.Demo, new System.Text.Json.JsonSerializerOptions { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase }));

        var loaded = DeploymentOptions.Load(_file);

        Assert.Equal(DeploymentOptions.Demo.Helplines, loaded.Helplines);
    }

    public void Dispose() => File.Delete(_file);
}
