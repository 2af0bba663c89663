using Entente.Dictionaries;

namespace Entente.Tests.DictionaryData;

/// <summary>Checks the content of data/dictionaries/organisations.txt and agents.txt: sizes, facts about entries, and the actor-key vocabulary.</summary>
public sealed class OrganisationAndAgentTests
{
    // The fixed actor-key vocabulary of the gold sets: organisation keys and the five world regions.
    // Any other PART of an organisation must be an ISO 3166-1 alpha-3 code defined by a country: entry.
    private static readonly HashSet<string> s_vocabulary = new(StringComparer.Ordinal)
    {
        "ARABLEAGUE", "ASEAN", "AU", "BRICS", "CARICOM", "CSTO", "EAC", "EAEU", "ECOWAS", "EU", "G20", "G7",
        "GCC", "IAEA", "ICC", "ICJ", "IGAD", "IMF", "NATO", "OAS", "OIC", "OPCW", "OPEC", "OSCE", "SADC",
        "SCO", "UN", "WHO", "WORLDBANK", "AMNESTY", "HRW", "ICRC", "MSF", "ALQAEDA", "ALSHABAAB",
        "BOKOHARAM", "HAMAS", "HEZBOLLAH", "HOUTHIS", "ISIS", "JNIM", "PIJ", "PKK", "TALIBAN", "TTP",
        "AFR", "ASA", "EUR", "MEA", "WST",
    };

    private static readonly Lazy<DictionarySet> s_set = new(DictionarySet.LoadDefault);

    private static IEnumerable<DictionaryEntry> InFile(string name) =>
        s_set.Value.Files.Where(f => f.Name == name).SelectMany(f => f.Entries);

    private static DictionaryEntry Entry(string id) =>
        s_set.Value.Entries.SingleOrDefault(e => e.Id == id) ?? throw new Xunit.Sdk.XunitException("no entry '" + id + "'");

    private static HashSet<string> CountryCodes() =>
        s_set.Value.Entries.Where(e => e.Kind == EntryKind.Country).Select(e => e.Roles[0].Part).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Organisations_file_has_at_least_420_organisations()
    {
        var count = InFile("organisations.txt").Count(e => e.Kind == EntryKind.Organisation);
        Assert.True(count >= 420, $"only {count} organisations");
    }

    [Fact]
    public void Agents_file_has_at_least_420_role_nouns_besides_titles()
    {
        var count = InFile("agents.txt").Count(e => e.Kind == EntryKind.Agent);
        Assert.True(count >= 420, $"only {count} role nouns");
    }

    [Fact]
    public void Every_organisation_key_is_in_the_fixed_vocabulary_or_a_country()
    {
        var countries = CountryCodes();
        var bad = new List<string>();
        foreach (var entry in InFile("organisations.txt").Where(e => e.Kind == EntryKind.Organisation))
        {
            foreach (var role in entry.Roles)
            {
                if (!s_vocabulary.Contains(role.Part) && !countries.Contains(role.Part))
                {
                    bad.Add(entry.Id + ": " + role.Part);
                }
            }

            if (entry.Attribute("home") is { } home && !countries.Contains(home))
            {
                bad.Add(entry.Id + ": home=" + home);
            }
        }

        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Fact]
    public void Armed_groups_keyed_by_a_country_name_their_home()
    {
        var missing = InFile("organisations.txt")
            .Where(e => e.Kind == EntryKind.Organisation && e.Roles[0].Sector is "REB" or "CRM" && e.Attribute("home") is null
                && CountryCodes().Contains(e.Roles[0].Part))
            .Select(e => e.Id)
            .ToList();
        Assert.True(missing.Count == 0, "no home=: " + string.Join(", ", missing));
    }

    [Theory]
    // IGOs and their bodies keep their parent's key.
    [InlineData("org:un-ecosoc", "UN", "IGO", null)]
    [InlineData("org:unsmil", "UN", "IGO", null)]
    [InlineData("org:icty", "UN", "IGO", null)]
    [InlineData("org:paho", "WHO", "IGO", null)]
    [InlineData("org:ifc", "WORLDBANK", "IGO", null)]
    [InlineData("org:eunavfor", "EU", "MIL", null)]
    [InlineData("org:eurojust", "EU", "JUD", null)]
    [InlineData("org:amisom", "AU", "MIL", null)]
    [InlineData("org:ecowas-court", "ECOWAS", "JUD", null)]
    [InlineData("org:eac-regional-force", "EAC", "MIL", null)]
    [InlineData("org:isdb", "OIC", "IGO", null)]
    [InlineData("org:kfor", "NATO", "MIL", null)]
    [InlineData("org:odihr", "OSCE", "IGO", null)]
    [InlineData("org:ndb", "BRICS", "IGO", null)]
    // Regional bodies outside the vocabulary take a region; global ones the country of their seat.
    [InlineData("org:afdb", "AFR", "IGO", null)]
    [InlineData("org:ebrd", "EUR", "IGO", null)]
    [InlineData("org:wto", "CHE", "IGO", null)]
    // Affiliates of vocabulary groups are keyed by the group.
    [InlineData("org:iscap", "ISIS", "REB", null)]
    [InlineData("org:saraya-al-quds", "PIJ", "REB", "PSE")]
    // Domestic armed groups: country key, REB or CRM, and home=.
    [InlineData("org:mndaa", "MMR", "REB", "MMR")]
    [InlineData("org:lej", "PAK", "REB", "PAK")]
    [InlineData("org:fdlr", "RWA", "REB", "RWA")]
    [InlineData("org:tren-de-aragua", "VEN", "CRM", "VEN")]
    [InlineData("org:karabakh-forces", "ARM", "REB", "AZE")]
    // Parties, media, companies, NGOs and institutions: the home country and a sector.
    [InlineData("org:kmt", "TWN", "PTY", null)]
    [InlineData("org:ptm", "PAK", "OPP", null)]
    [InlineData("org:al-jazeera", "QAT", "MED", null)]
    [InlineData("org:kcna", "PRK", "MED", null)]
    [InlineData("org:aramco", "SAU", "BUS", null)]
    [InlineData("org:rafael", "ISR", "BUS", null)]
    [InlineData("org:hrcp", "PAK", "NGO", null)]
    [InlineData("org:centcom", "USA", "MIL", null)]
    [InlineData("org:hur", "UKR", "SPY", null)]
    [InlineData("org:npc", "CHN", "LEG", null)]
    public void Organisation_facts(string id, string part, string sector, string? home)
    {
        var entry = Entry(id);
        Assert.Equal(EntryKind.Organisation, entry.Kind);
        Assert.Equal(part, entry.Roles[0].Part);
        Assert.Equal(sector, entry.Roles[0].Sector);
        Assert.Equal(home, entry.Attribute("home"));
    }

    [Fact]
    public void The_taliban_affiliated_haqqani_network_governs_after_august_2021()
    {
        var roles = Entry("org:haqqani-network").Roles;
        Assert.Contains(roles, r => r.Code == "TALIBANREB" && r.Covers(new DateOnly(2020, 1, 1)));
        Assert.Contains(roles, r => r.Code == "TALIBANGOV" && r.Covers(new DateOnly(2023, 1, 1)));
    }

    [Theory]
    [InlineData("agent:deputy-foreign-minister", "GOV")]
    [InlineData("agent:mines-minister", "GOV")]
    [InlineData("agent:energy-ministry", "GOV")]
    [InlineData("agent:nco", "MIL")]
    [InlineData("agent:drone", "MIL")]
    [InlineData("agent:chief-of-defence", "MIL")]
    [InlineData("agent:federal-police", "COP")]
    [InlineData("agent:spy-chief", "SPY")]
    [InlineData("agent:lower-court", "JUD")]
    [InlineData("agent:assembly-member", "LEG")]
    [InlineData("agent:opposition-mp", "OPP")]
    [InlineData("agent:party-worker", "PTY")]
    [InlineData("agent:defence-firm", "BUS")]
    [InlineData("agent:eyewitness", "CVL")]
    [InlineData("agent:freelance-journalist", "MED")]
    [InlineData("agent:lecturer", "EDU")]
    [InlineData("agent:student-protester", "EDU")]
    [InlineData("agent:dockworker", "LAB")]
    [InlineData("agent:irregular-migrant", "REF")]
    [InlineData("agent:smuggler", "CRM")]
    [InlineData("agent:mufti", "REL")]
    [InlineData("agent:vaccinator", "HLH")]
    [InlineData("agent:jihadist-group", "REB")]
    [InlineData("agent:unidentified-attackers", "UAF")]
    [InlineData("agent:rights-defender", "NGO")]
    [InlineData("agent:weapons-inspector", "IGO")]
    [InlineData("agent:deposed-leader", "ELI")]
    public void Agent_default_sectors(string id, string sector)
    {
        var entry = Entry(id);
        Assert.Equal(EntryKind.Agent, entry.Kind);
        Assert.Equal(sector, entry.Sectors[0]);
    }

    [Theory]
    [InlineData("agent:thief", "thieves")]
    [InlineData("agent:nco", "NCOs")]
    [InlineData("agent:court-martial", "courts martial")]
    [InlineData("agent:editor-in-chief", "editors-in-chief")]
    [InlineData("agent:epidemiologist", "midwives")]
    [InlineData("agent:killer", "hitmen")]
    public void Irregular_plurals_are_listed(string id, string plural)
    {
        Assert.Contains(plural, Entry(id).Plurals);
    }

    [Theory]
    // Common words and generic phrases that would name a specific organisation by accident.
    [InlineData("guardian")]
    [InlineData("the standard")]
    [InlineData("economist")]
    [InlineData("dawn")]
    [InlineData("shell")]
    [InlineData("security service")]
    [InlineData("foreign office")]
    [InlineData("azov")]
    [InlineData("government of national unity")]
    [InlineData("national conference")]
    [InlineData("article 19")]
    [InlineData("palestinian authority")]
    public void Generic_phrases_are_not_organisation_aliases(string phrase)
    {
        var owners = InFile("organisations.txt")
            .Where(e => e.Aliases.Any(a => string.Equals(a, phrase, StringComparison.OrdinalIgnoreCase)))
            .Select(e => e.Id)
            .ToList();
        Assert.True(owners.Count == 0, phrase + " is an alias of " + string.Join(", ", owners));
    }
    [Theory]
    // Words that read as adjectives, ordinary nouns or the object of a judicial act far more often than as
    // a role: as agents they produced wrong mentions ("a suspect" extradited, "two men", "chief concern").
    [InlineData("men")]
    [InlineData("suspect")]
    [InlineData("fugitive")]
    [InlineData("chief")]
    [InlineData("casualty")]
    [InlineData("partisan")]
    [InlineData("operative")]
    [InlineData("engineer")]
    [InlineData("protest movement")]
    [InlineData("heads of government")]
    [InlineData("UN agencies")]
    [InlineData("members of congress")]
    public void Ambiguous_words_are_not_agents(string phrase)
    {
        var owners = InFile("agents.txt")
            .Where(e => e.Kind == EntryKind.Agent)
            .Where(e => e.Aliases.Concat(e.Plurals).Any(a => string.Equals(a, phrase, StringComparison.OrdinalIgnoreCase)))
            .Select(e => e.Id)
            .ToList();
        Assert.True(owners.Count == 0, phrase + " is an alias of " + string.Join(", ", owners));
    }
}
