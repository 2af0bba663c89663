using Entente.Dictionaries;

namespace Entente.Tests.Dictionaries;

public sealed class RoleResolverTests
{
    private static CompiledDictionaries D => DictionaryFixtures.Fixtures;

    [Theory]
    [InlineData("person:gon-faramir", "2016-11-28", "GONMIL", false)]
    [InlineData("person:gon-faramir", "2016-11-29", "GONMIL", true)]
    [InlineData("person:gon-faramir", "2017-01-16", "GONMIL", true)]
    [InlineData("person:gon-faramir", "2022-11-29", "GONMIL", true)]
    [InlineData("person:gon-faramir", "2022-11-30", "GONELI", true)]
    [InlineData("person:gon-faramir", "2023-06-01", "GONELI", true)]
    [InlineData("person:arn-aragorn", "2018-12-31", "ARNREB", true)]
    [InlineData("person:arn-aragorn", "2019-01-01", "GONGOV", true)]
    [InlineData("person:gon-denethor", "2019-03-16", "GONGOV", false)]
    [InlineData("country:gon", "1900-01-01", "GON", true)]
    public void The_role_in_force_on_a_date_decides_the_code(string id, string date, string code, bool inForce)
    {
        var entry = D.IndexOf(id);
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(code, D.Roles.CodeOn(entry, day)!.Code);
        Assert.Equal(inForce, D.Roles.RoleOn(entry, day) is not null);
        Assert.Equal(inForce, D.Roles.CodeOn(entry, day, nearest: false) is not null);
    }

    [Fact]
    public void Codes_split_into_country_organisation_and_region()
    {
        Assert.Equal(new Entente.Model.ActorCode("GONMIL", "GON", null, "MIL", null), D.Roles.Code("GON", "MIL", null));
        Assert.Equal(new Entente.Model.ActorCode("FELLOWSHIP", null, "FELLOWSHIP", "IGO", "x"), D.Roles.Code("FELLOWSHIP", "IGO", "x"));
        Assert.Equal(new Entente.Model.ActorCode("ORCSREB", null, "ORCS", "REB", null), D.Roles.Code("ORCS", "REB", null));
        Assert.Equal(new Entente.Model.ActorCode("WST", null, null, null, null), D.Roles.Code("WST", null, null));
        Assert.Equal(EntryKind.Region, D.PartKind("WST"));
        Assert.Equal(EntryKind.Organisation, D.PartKind("ORCS"));
        Assert.Null(D.PartKind("GONE"));
    }
}
