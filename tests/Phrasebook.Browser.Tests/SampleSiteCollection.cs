namespace Phrasebook.Browser.Tests;

/// <summary>The browser test classes share one sample build, one server and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class SampleSiteCollection : ICollectionFixture<SampleSite>
{
    public const string Name = "Sample site in Chromium";
}
