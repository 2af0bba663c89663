using System.Globalization;

namespace Entente.Tests.DictionaryData;

/// <summary>Checks data/dictionaries/people*.txt with a small standalone reader, independent of the real parser.</summary>
public sealed class PeopleFileTests
{
    private const string Header = "#! entente-dictionary kind=actors version=2026.11.30";

    private static readonly HashSet<string> s_sectors = new(StringComparer.Ordinal)
    {
        "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "OPP", "PTY", "BUS", "CVL", "MED", "EDU",
        "LAB", "REF", "CRM", "ELI", "NGO", "IGO", "REL", "HLH", "UAF", "INS",
    };

    // Organisation keys from the fixed actor-key vocabulary; any other PART must be an ISO3 code.
    private static readonly HashSet<string> s_orgs = new(StringComparer.Ordinal)
    {
        "ARABLEAGUE", "ASEAN", "AU", "BRICS", "CARICOM", "CSTO", "EAC", "EAEU", "ECOWAS", "EU", "G20", "G7",
        "GCC", "IAEA", "ICC", "ICJ", "IGAD", "IMF", "NATO", "OAS", "OIC", "OPCW", "OPEC", "OSCE", "SADC",
        "SCO", "UN", "WHO", "WORLDBANK", "AMNESTY", "HRW", "ICRC", "MSF", "ALQAEDA", "ALSHABAAB",
        "BOKOHARAM", "HAMAS", "HEZBOLLAH", "HOUTHIS", "ISIS", "JNIM", "PIJ", "PKK", "TALIBAN", "TTP",
    };

    private static readonly Lazy<Parsed> s_file = new(Load);

    [Fact]
    public void Every_file_starts_with_the_actors_header()
    {
        foreach (var path in PeopleFiles())
        {
            Assert.Equal(Header, File.ReadLines(path).First());
        }
    }

    [Fact]
    public void File_parses_without_errors()
    {
        Assert.True(s_file.Value.Errors.Count == 0, string.Join("\n", s_file.Value.Errors.Take(50)));
    }

    [Fact]
    public void Has_at_least_three_thousand_people()
    {
        Assert.True(s_file.Value.Roles.Count >= 3000, $"only {s_file.Value.Roles.Count} people");
    }

    [Fact]
    public void Aliases_name_one_person_only()
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var clashes = new List<string>();
        foreach (var (id, aliases) in s_file.Value.Aliases)
        {
            foreach (var alias in aliases)
            {
                if (seen.TryGetValue(alias, out var other) && other != id)
                {
                    clashes.Add($"{alias}: {other} and {id}");
                }

                seen[alias] = id;
            }
        }

        Assert.True(clashes.Count == 0, string.Join("\n", clashes.Take(50)));
    }

    [Fact]
    public void Ambiguous_bare_surnames_are_not_aliases()
    {
        // "Assad" and "Aliyev" are allowed: every bearer in the news (Hafez/Bashar, Heydar/Ilham) held the same state role,
        // so the bare surname gives the right code (SYRGOV, AZEGOV) whichever is meant; relatives with other roles go by full name.
        string[] banned = ["Sharif", "Khan", "Kim", "Bush", "Gandhi", "Clinton", "Castro", "Singh", "Lee", "Park", "Johnson", "Bhutto", "Duterte", "Cheney", "Rajapaksa", "Barzani", "Shinawatra", "Bongo", "Kabila", "Deby"];
        foreach (var (id, aliases) in s_file.Value.Aliases)
        {
            foreach (var alias in aliases)
            {
                Assert.DoesNotContain(alias, banned);
                Assert.False(alias.StartsWith("President ", StringComparison.Ordinal), $"{id}: title in alias '{alias}'");
            }
        }
    }

    [Theory]
    // Heads of state and government on dates well inside their terms.
    [InlineData("person:usa-obama", "2015-06-01", "USA.GOV")]
    [InlineData("person:usa-biden", "2024-06-01", "USA.GOV")]
    [InlineData("person:usa-obama", "2024-06-01", "USA.ELI")]
    [InlineData("person:usa-trump", "2019-03-01", "USA.GOV")]
    [InlineData("person:usa-trump", "2022-03-01", "USA.ELI")]
    [InlineData("person:usa-trump", "2025-03-01", "USA.GOV")]
    [InlineData("person:usa-clinton-b", "1995-01-01", "USA.GOV")]
    [InlineData("person:rus-putin", "1999-08-09", "RUS.GOV")]
    [InlineData("person:rus-putin", "2010-01-01", "RUS.GOV")]
    [InlineData("person:rus-medvedev", "2010-01-01", "RUS.GOV")]
    [InlineData("person:rus-yeltsin", "1995-01-01", "RUS.GOV")]
    // Pakistan's army chiefs and their hand-overs.
    [InlineData("person:pak-bajwa", "2017-01-16", "PAK.MIL")]
    [InlineData("person:pak-bajwa", "2022-11-29", "PAK.MIL")]
    [InlineData("person:pak-bajwa", "2022-11-30", "PAK.ELI")]
    [InlineData("person:pak-bajwa", "2023-06-01", "PAK.ELI")]
    [InlineData("person:pak-raheel-sharif", "2015-01-01", "PAK.MIL")]
    [InlineData("person:pak-kayani", "2010-01-01", "PAK.MIL")]
    [InlineData("person:pak-asim-munir", "2024-01-01", "PAK.MIL")]
    [InlineData("person:pak-asim-munir", "2019-01-01", "PAK.SPY")]
    [InlineData("person:pak-imran-khan", "2018-08-18", "PAK.GOV")]
    [InlineData("person:pak-imran-khan", "2022-04-10", "PAK.GOV")]
    [InlineData("person:pak-imran-khan", "2022-04-11", "PAK.OPP")]
    [InlineData("person:pak-shehbaz-sharif", "2022-06-01", "PAK.GOV")]
    [InlineData("person:pak-shehbaz-sharif", "2025-01-01", "PAK.GOV")]
    [InlineData("person:ind-modi", "2014-05-26", "IND.GOV")]
    [InlineData("person:ind-modi", "2026-01-01", "IND.GOV")]
    [InlineData("person:ind-manmohan-singh", "2010-01-01", "IND.GOV")]
    // Erdogan moved from prime minister to president on 2014-08-28 and stays GOV throughout.
    [InlineData("person:tur-erdogan", "2014-08-27", "TUR.GOV")]
    [InlineData("person:tur-erdogan", "2014-08-29", "TUR.GOV")]
    // British prime ministers.
    [InlineData("person:gbr-cameron", "2012-01-01", "GBR.GOV")]
    [InlineData("person:gbr-may", "2018-01-01", "GBR.GOV")]
    [InlineData("person:gbr-boris-johnson", "2020-06-01", "GBR.GOV")]
    [InlineData("person:gbr-truss", "2022-10-01", "GBR.GOV")]
    [InlineData("person:gbr-truss", "2022-11-01", "GBR.ELI")]
    [InlineData("person:gbr-sunak", "2023-06-01", "GBR.GOV")]
    [InlineData("person:gbr-starmer", "2024-07-05", "GBR.GOV")]
    [InlineData("person:gbr-starmer", "2023-01-01", "GBR.OPP")]
    [InlineData("person:ukr-zelensky", "2022-03-01", "UKR.GOV")]
    [InlineData("person:deu-merkel", "2010-01-01", "DEU.GOV")]
    [InlineData("person:deu-scholz", "2023-01-01", "DEU.GOV")]
    [InlineData("person:fra-macron", "2020-01-01", "FRA.GOV")]
    [InlineData("person:chn-xi", "2016-01-01", "CHN.GOV")]
    [InlineData("person:rus-dedov", "2016-01-01", "RUS.GOV")]
    [InlineData("person:afg-akhundzada", "2020-01-01", "TALIBAN.REB")]
    [InlineData("person:afg-akhundzada", "2023-01-01", "TALIBAN.GOV")]
    [InlineData("person:pak-noor-wali-mehsud", "2023-01-01", "TTP.REB")]
    [InlineData("person:isr-netanyahu", "2011-01-01", "ISR.GOV")]
    [InlineData("person:isr-netanyahu", "2022-01-01", "ISR.OPP")]
    public void Role_in_force_on_a_date(string id, string date, string expected)
    {
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.True(s_file.Value.Roles.TryGetValue(id, out var roles), $"{id} missing");
        var found = roles!.Where(r => (r.From is null || r.From <= day) && (r.To is null || day <= r.To)).Select(r => r.Code).ToList();
        var code = Assert.Single(found);

        // A bare sector in the expectation means "this sector, any country".
        if (expected.Contains('.', StringComparison.Ordinal))
        {
            Assert.Equal(expected, code);
        }
        else
        {
            Assert.EndsWith("." + expected, code, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("person:rus-putin", "Vladimir Putin")]
    [InlineData("person:rus-putin", "Putin")]
    [InlineData("person:rus-putin", "Vladimir Vladimirovich Putin")]
    [InlineData("person:rus-dedov", "Alexey Youevich")]
    [InlineData("person:rus-dedov", "Alexey Dedov")]
    [InlineData("person:rus-dedov", "Alexey Y. Dedov")]
    [InlineData("person:ukr-zelensky", "Zelenskyy")]
    [InlineData("person:ukr-zelensky", "Volodymyr Zelensky")]
    [InlineData("person:ind-modi", "Modi")]
    [InlineData("person:pak-imran-khan", "Imran Khan")]
    [InlineData("person:tur-erdogan", "Erdogan")]
    public void Person_has_alias(string id, string alias)
    {
        Assert.True(s_file.Value.Aliases.TryGetValue(id, out var aliases), $"{id} missing");
        Assert.Contains(alias, aliases!);
    }

    [Theory]
    // The president in office on each date is USA.GOV; the predecessor is no longer GOV (vice-presidents and governors are GOV too, so only the hand-over is checked).
    [InlineData("1992-06-01", "person:usa-bush-hw", "person:usa-clinton-b")]
    [InlineData("1996-06-01", "person:usa-clinton-b", "person:usa-bush-hw")]
    [InlineData("2004-06-01", "person:usa-bush-w", "person:usa-clinton-b")]
    [InlineData("2012-06-01", "person:usa-obama", "person:usa-bush-w")]
    [InlineData("2018-06-01", "person:usa-trump", "person:usa-obama")]
    [InlineData("2022-06-01", "person:usa-biden", "person:usa-trump")]
    [InlineData("2026-06-01", "person:usa-trump", "person:usa-biden")]
    public void Us_presidents_follow_each_other(string date, string president, string predecessor)
    {
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.True(HoldsOn(president, "USA.GOV", day), $"{president} not USA.GOV on {date}");
        Assert.False(HoldsOn(predecessor, "USA.GOV", day), $"{predecessor} still USA.GOV on {date}");
    }

    private static bool HoldsOn(string id, string code, DateOnly day) =>
        s_file.Value.Roles[id].Any(r => r.Code == code && (r.From is null || r.From <= day) && (r.To is null || day <= r.To));

    private static IEnumerable<string> PeopleFiles()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Entente.sln")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        var folder = Path.Combine(dir!.FullName, "data", "dictionaries");
        var files = Directory.GetFiles(folder, "people*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        return files;
    }

    private static Parsed Load()
    {
        var parsed = new Parsed();
        foreach (var path in PeopleFiles())
        {
            var name = Path.GetFileName(path);
            var lineNo = 0;
            foreach (var raw in File.ReadLines(path))
            {
                lineNo++;
                if (lineNo == 1)
                {
                    if (raw != Header)
                    {
                        parsed.Errors.Add($"{name}:1 bad header");
                    }

                    continue;
                }

                var line = StripComment(raw).Trim();
                if (line.Length == 0)
                {
                    continue;
                }

                ParseLine(parsed, $"{name}:{lineNo}", line);
            }
        }

        return parsed;
    }

    private static string StripComment(string raw)
    {
        // A '#' starts a comment at the start of a line or after whitespace.
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '#' && (i == 0 || char.IsWhiteSpace(raw[i - 1])))
            {
                return raw[..i];
            }
        }

        return raw;
    }

    private static void ParseLine(Parsed parsed, string where, string line)
    {
        var cols = line.Split(" | ");
        if (cols.Length < 3)
        {
            parsed.Errors.Add($"{where}: expected 3 columns");
            return;
        }

        var id = cols[0].Trim();
        if (!IsWellFormedId(id))
        {
            parsed.Errors.Add($"{where}: malformed id '{id}'");
        }

        if (parsed.Roles.ContainsKey(id))
        {
            parsed.Errors.Add($"{where}: duplicate id '{id}'");
            return;
        }

        var roles = new List<Role>();
        foreach (var item in cols[1].Split(','))
        {
            var role = ParseRole(item.Trim(), out var error);
            if (error is not null)
            {
                parsed.Errors.Add($"{where}: {error}");
            }
            else
            {
                roles.Add(role);
            }
        }

        var ordered = roles.OrderBy(r => r.From ?? DateOnly.MinValue).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            var previousEnd = ordered[i - 1].To ?? DateOnly.MaxValue;
            var nextStart = ordered[i].From ?? DateOnly.MinValue;
            if (nextStart <= previousEnd)
            {
                parsed.Errors.Add($"{where}: overlapping roles {ordered[i - 1].Code} and {ordered[i].Code}");
            }
        }

        if (roles.Count == 0)
        {
            parsed.Errors.Add($"{where}: no roles");
        }

        var aliases = cols[2].Split(';').Select(a => a.Trim()).ToList();
        if (aliases.Any(a => a.Length == 0))
        {
            parsed.Errors.Add($"{where}: empty alias");
        }

        parsed.Roles[id] = roles;
        parsed.Aliases[id] = aliases;
    }

    private static bool IsWellFormedId(string id)
    {
        const string prefix = "person:";
        if (!id.StartsWith(prefix, StringComparison.Ordinal) || id.Length == prefix.Length)
        {
            return false;
        }

        foreach (var c in id.AsSpan(prefix.Length))
        {
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static Role ParseRole(string item, out string? error)
    {
        error = null;
        var parts = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 2)
        {
            error = $"bad role '{item}'";
            return default;
        }

        // CODE is PART or PART.SECTOR.
        var code = parts[0];
        var dot = code.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0 && !s_sectors.Contains(code[(dot + 1)..]))
        {
            error = $"bad role code '{code}'";
            return default;
        }

        var part = dot < 0 ? code : code[..dot];
        var isIso3 = part.Length == 3 && part.All(char.IsAsciiLetterUpper);
        if (!isIso3 && !s_orgs.Contains(part))
        {
            error = $"unknown country or organisation '{part}'";
            return default;
        }

        if (parts.Length == 1)
        {
            return new Role(code, null, null);
        }

        var range = parts[1].Split("..");
        if (range.Length != 2 || !TryDate(range[0], out var from) || !TryDate(range[1], out var to))
        {
            error = $"bad range '{parts[1]}'";
            return default;
        }

        if (from is not null && to is not null && to < from)
        {
            error = $"range ends before it starts '{parts[1]}'";
            return default;
        }

        return new Role(code, from, to);
    }

    private static bool TryDate(string text, out DateOnly? date)
    {
        date = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = d;
            return true;
        }

        return false;
    }

    private readonly record struct Role(string Code, DateOnly? From, DateOnly? To);

    private sealed class Parsed
    {
        public Dictionary<string, List<Role>> Roles { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, List<string>> Aliases { get; } = new(StringComparer.Ordinal);

        public List<string> Errors { get; } = [];
    }
}
