namespace Kiosk.Companion.WebTests.Infrastructure;

/// <summary>Every browser test shares one companion and one chromium.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebCompanion>
{
    public const string Name = "web";
}
