namespace Entente.Browser.Tests;

/// <summary>One browser and one pair of servers for all dashboard test classes; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard";
}
