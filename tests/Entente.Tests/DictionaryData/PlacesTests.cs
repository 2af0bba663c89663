using System.Globalization;
using Entente.Dictionaries;
using Entente.Model;
using Entente.Tests.Dictionaries;

namespace Entente.Tests.DictionaryData;

/// <summary>Checks the shipped places (data/dictionaries/places*.txt): size, facts, countries and names that must not be places.</summary>
public sealed class PlacesTests
{
    private static readonly Lazy<DictionarySet> s_set = new(DictionarySet.LoadDefault);
    private static readonly Lazy<CompiledDictionaries> s_compiled = new(() => s_set.Value.Compile());

    private static IEnumerable<DictionaryEntry> Places => s_set.Value.Entries.Where(e => e.Kind == EntryKind.Place);

    [Fact]
    public void There_are_at_least_five_thousand_places()
    {
        var count = Places.Count();
        Assert.True(count >= 5000, $"only {count} places");
    }

    [Fact]
    public void There_are_cities_and_first_level_regions()
    {
        Assert.True(Places.Count(p => p.Attribute("type") == "city") >= 3000);
        Assert.True(Places.Count(p => p.Attribute("type") == "region") >= 1000);
    }

    [Fact]
    public void Every_place_has_one_known_country_or_is_a_sea_and_valid_coordinates()
    {
        var countries = s_set.Value.Entries.Where(e => e.Kind == EntryKind.Country).Select(e => e.Roles[0].Part).ToHashSet(StringComparer.Ordinal);
        var bad = new List<string>();
        foreach (var place in Places)
        {
            // A water body that belongs to no state ("Gulf of Aden") has no country: ROLES '-', type=sea.
            var stateless = place.Roles.Count == 0 && place.Attribute("type") == "sea";
            if (!stateless && (place.Roles.Count != 1 || place.Roles[0].Sector is not null || !countries.Contains(place.Roles[0].Part)))
            {
                bad.Add(place.Location + " " + place.Id + ": country");
            }

            if (!TryCoordinates(place, out var lat, out var lon) || lat is < -90 or > 90 || lon is < -180 or > 180)
            {
                bad.Add(place.Location + " " + place.Id + ": coordinates");
            }
        }

        Assert.True(bad.Count == 0, string.Join("\n", bad.Take(30)));
    }

    [Fact]
    public void No_place_alias_is_a_country_adjective_or_world_region_name()
    {
        var names = s_set.Value.Entries
            .Where(e => e.Kind is EntryKind.Country or EntryKind.Adjective or EntryKind.Region)
            .SelectMany(e => e.Aliases)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var clashes = Places.SelectMany(p => p.Aliases.Where(names.Contains).Select(a => p.Id + ": " + a)).ToList();
        Assert.True(clashes.Count == 0, string.Join("\n", clashes));
    }

    [Fact]
    public void No_alias_names_two_places()
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var clashes = new List<string>();
        foreach (var place in Places)
        {
            foreach (var alias in place.Aliases.Select(a => a.Replace(".", "", StringComparison.Ordinal)))
            {
                if (seen.TryGetValue(alias, out var other) && other != place.Id)
                {
                    clashes.Add(alias + ": " + other + " and " + place.Id);
                }

                seen.TryAdd(alias, place.Id);
            }
        }

        Assert.True(clashes.Count == 0, string.Join("\n", clashes.Take(30)));
    }

    [Theory]
    [InlineData("Mobile")]
    [InlineData("Reading")]
    [InlineData("Nice")]
    [InlineData("Bath")]
    [InlineData("Split")]
    [InlineData("Victoria")]
    [InlineData("Jackson")]
    [InlineData("Florence")]
    [InlineData("Lincoln")]
    [InlineData("Aurora")]
    [InlineData("Of")]
    [InlineData("Young")]
    [InlineData("Hope")]
    [InlineData("Marsa")]
    [InlineData("Darwin")]
    [InlineData("Henderson")]
    [InlineData("Virginia")]
    [InlineData("Punjab")] // a province of both Pakistan and India: no single country
    [InlineData("Georgia")] // the country, not the US state
    [InlineData("Toyota")] // the carmaker, not the Japanese city
    [InlineData("Sahel")] // spans many countries, not one Burkinabe region
    [InlineData("Fars")] // mostly the Iranian news agency
    [InlineData("Mendoza")] // a common surname
    public void Words_names_and_ambiguous_places_are_not_place_aliases(string name)
    {
        var ids = Places.Where(p => p.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase)).Select(p => p.Id).ToList();
        Assert.True(ids.Count == 0, name + " is a place alias of " + string.Join(", ", ids));
    }

    // Country and approximate coordinates of well-known places (tolerance in degrees: cities are points,
    // regions are the mean of their cities).
    [Theory]
    [InlineData("Karachi", "PAK", 24.86, 67.01, 0.3)]
    [InlineData("Rawalpindi", "PAK", 33.60, 73.05, 0.3)]
    [InlineData("Gujranwala", "PAK", 32.16, 74.19, 0.3)]
    [InlineData("Surat", "IND", 21.20, 72.83, 0.3)]
    [InlineData("Lucknow", "IND", 26.85, 80.95, 0.3)]
    [InlineData("Jaipur", "IND", 26.91, 75.79, 0.3)]
    [InlineData("Brisbane", "AUS", -27.47, 153.03, 0.3)]
    [InlineData("Philadelphia", "USA", 39.95, -75.17, 0.3)]
    [InlineData("Denver", "USA", 39.74, -104.99, 0.3)]
    [InlineData("Liverpool", "GBR", 53.41, -2.98, 0.3)]
    [InlineData("Sheffield", "GBR", 53.38, -1.47, 0.3)]
    [InlineData("Calgary", "CAN", 51.05, -114.07, 0.3)]
    [InlineData("Kaduna", "NGA", 10.52, 7.44, 0.3)]
    [InlineData("Port Harcourt", "NGA", 4.82, 7.03, 0.3)]
    [InlineData("Nizhny Novgorod", "RUS", 56.33, 44.00, 0.3)]
    [InlineData("Porto Alegre", "BRA", -30.03, -51.23, 0.3)]
    [InlineData("Kryvyi Rih", "UKR", 47.91, 33.39, 0.3)]
    [InlineData("Banja Luka", "BIH", 44.77, 17.19, 0.3)]
    [InlineData("Dire Dawa", "ETH", 9.60, 41.86, 0.3)]
    [InlineData("Petah Tikva", "ISR", 32.09, 34.89, 0.3)]
    [InlineData("Frankfurt am Main", "DEU", 50.11, 8.68, 0.3)]
    [InlineData("Johor Bahru", "MYS", 1.49, 103.74, 0.3)]
    [InlineData("Donetsk region", "UKR", 48.0, 37.8, 1.5)]
    [InlineData("Kursk region", "RUS", 51.7, 36.2, 1.5)]
    [InlineData("Bavaria", "DEU", 48.9, 11.4, 1.5)]
    [InlineData("California", "USA", 36.8, -119.4, 3.0)]
    [InlineData("Sindh Province", "PAK", 26.0, 68.5, 2.0)]
    public void Known_places_have_their_country_and_coordinates(string name, string country, double lat, double lon, double tolerance)
    {
        var place = Assert.Single(Places, p => p.Aliases.Contains(name, StringComparer.OrdinalIgnoreCase));
        Assert.Equal(country, place.Roles[0].Part);
        Assert.True(TryCoordinates(place, out var actualLat, out var actualLon));
        Assert.InRange(actualLat, lat - tolerance, lat + tolerance);
        Assert.InRange(actualLon, lon - tolerance, lon + tolerance);
    }

    [Theory]
    [InlineData("Gujranwala police arrested two men.", "PAKCOP")] // a generated city gives its country to an agent
    [InlineData("Karachi police arrested two men.", "PAKCOP")]
    [InlineData("Philadelphia police arrested two men.", "USACOP")]
    public void A_city_before_police_gives_the_country(string text, string code)
    {
        var mentions = DictionaryFixtures.Recognize(s_compiled.Value, text, new DateOnly(2024, 1, 15));
        Assert.Contains(mentions, m => m.Kind == MentionKind.Actor && m.Actor?.Code == code);
    }

    [Theory]
    [InlineData("Troops were deployed in Lucknow.", "Lucknow")]
    [InlineData("Shelling hit the Donetsk region overnight.", "Donetsk region")]
    public void A_place_is_recognised_as_a_place(string text, string name)
    {
        var mentions = DictionaryFixtures.Recognize(s_compiled.Value, text, new DateOnly(2024, 1, 15));
        Assert.Contains(mentions, m => m.Kind == MentionKind.Place && text[m.Start..m.End] == name);
    }

    private static bool TryCoordinates(DictionaryEntry place, out double lat, out double lon)
    {
        lon = 0;
        return double.TryParse(place.Attribute("lat"), NumberStyles.Float, CultureInfo.InvariantCulture, out lat)
            && double.TryParse(place.Attribute("lon"), NumberStyles.Float, CultureInfo.InvariantCulture, out lon);
    }
}
