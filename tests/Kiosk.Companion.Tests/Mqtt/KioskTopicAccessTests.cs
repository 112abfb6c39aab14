using Kiosk.Companion.Mqtt;

namespace Kiosk.Companion.Tests.Mqtt;

public sealed class KioskTopicAccessTests
{
    [Theory]
    [InlineData("kiosk/v1/kiosk-a/status", true)]
    [InlineData("kiosk/v1/kiosk-a/report", true)]
    [InlineData("kiosk/v1/kiosk-a/chunk-request", true)]
    [InlineData("kiosk/v1/kiosk-a/ack", false)]
    [InlineData("kiosk/v1/kiosk-a/config", false)]
    [InlineData("kiosk/v1/kiosk-a/chunk-response", false)]
    [InlineData("kiosk/v1/kiosk-b/report", false)]
    [InlineData("kiosk/v1/group/school-a/catalog", false)]
    [InlineData("kiosk/v1/kiosk-a/report/extra", false)]
    [InlineData("kiosk/v1/+/report", false)]
    [InlineData("other/topic", false)]
    public void Publish_rules(string topic, bool allowed)
    {
        Assert.Equal(allowed, KioskTopicAccess.MayPublish("kiosk-a", topic));
    }

    [Theory]
    [InlineData("kiosk/v1/kiosk-a/ack", true)]
    [InlineData("kiosk/v1/kiosk-a/config", true)]
    [InlineData("kiosk/v1/kiosk-a/chunk-response", true)]
    [InlineData("kiosk/v1/group/school-a/catalog", true)]
    [InlineData("kiosk/v1/group/school-b/catalog", false)]
    [InlineData("kiosk/v1/kiosk-a/report", false)]
    [InlineData("kiosk/v1/kiosk-a/status", false)]
    [InlineData("kiosk/v1/kiosk-b/ack", false)]
    [InlineData("kiosk/v1/kiosk-a/#", false)]
    [InlineData("kiosk/v1/+/ack", false)]
    [InlineData("#", false)]
    [InlineData("$share/x/kiosk/v1/kiosk-a/ack", false)]
    public void Subscribe_rules(string filter, bool allowed)
    {
        Assert.Equal(allowed, KioskTopicAccess.MaySubscribe("kiosk-a", "school-a", filter));
    }
}
