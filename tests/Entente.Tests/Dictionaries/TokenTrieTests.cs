using Entente.Dictionaries;

namespace Entente.Tests.Dictionaries;

public sealed class TokenTrieTests
{
    private static TokenTrie Trie => DictionaryFixtures.Fixtures.Trie;

    private static string? Longest(string text)
    {
        var segmented = TestSegmenter.Segment(text);
        var tokens = segmented.Tokens.ToArray();
        var keys = new TokenKeys[tokens.Length];
        Trie.Keys(tokens, text, keys);
        for (var i = 0; i < keys.Length; i++)
        {
            if (Trie.TryMatch(keys, i, out var match))
            {
                var ids = new List<string>();
                foreach (var value in Trie.Values(match.Node))
                {
                    ids.Add(DictionaryFixtures.Fixtures.Entries[value.Entry].Id + (value.Plural ? "+pl" : ""));
                }

                return text[tokens[match.Start].Start..tokens[match.End - 1].End] + (match.Possessive ? " (poss)" : "") + " = " + string.Join(",", ids);
            }
        }

        return null;
    }

    [Theory]
    [InlineData("in the South Kingdom today", "the South Kingdom = country:gon")]
    [InlineData("Kingdom of Gondor rose", "Kingdom of Gondor = country:gon")]
    [InlineData("Minas Tirith said", "Minas Tirith = capital:gon,place:minas-tirith")]
    [InlineData("the chief of army staff", "chief of army staff = agent:army-chief")]
    [InlineData("the COAS said", "COAS = agent:army-chief")]
    [InlineData("the coas said", null)]
    [InlineData("the US said", "the US = country:shr")]
    [InlineData("tell us", null)]
    [InlineData("Us and them", null)]
    [InlineData("U.S. forces", "U.S. = country:shr")]
    [InlineData("GONDOR WINS", "GONDOR = country:gon")]
    [InlineData("Gondor's army", "Gondor's (poss) = country:gon")]
    [InlineData("Gondor’s army", "Gondor’s (poss) = country:gon")]
    [InlineData("US's army", "US's (poss) = country:shr")]
    [InlineData("ambassadors met", "ambassadors = agent:ambassador+pl")]
    [InlineData("protesters met", "protesters = agent:protester+pl")]
    [InlineData("policemen met", "policemen = agent:policeman+pl")]
    [InlineData("militaries met", "militaries = agent:military+pl")]
    [InlineData("army chiefs met", "army chiefs = agent:army-chief+pl")]
    [InlineData("the police came", "police = agent:police")]
    [InlineData("Gen. Faramir", "Gen. = title:gen")]
    [InlineData("Lt Gen Faramir", "Lt Gen = title:gen")]
    [InlineData("Gondorians", "Gondorians = adj:gon+pl")]
    [InlineData("nothing here", null)]
    public void Longest_match_with_case_possessive_and_plural_rules(string text, string? expected)
    {
        Assert.Equal(expected, Longest(text));
    }

    [Fact]
    public void Lookup_of_a_whole_phrase()
    {
        Assert.Equal(1, Trie.Lookup("Kingdom of Gondor").Length);
        Assert.Equal(0, Trie.Lookup("Kingdom of").Length);
        Assert.Equal(0, Trie.Lookup("polices").Length);
    }

    [Theory]
    [InlineData("ambassador", "ambassadors")]
    [InlineData("policeman", "policemen")]
    [InlineData("militia", "militias")]
    [InlineData("army", "armies")]
    [InlineData("boss", "bosses")]
    [InlineData("attorney", "attorneys")]
    [InlineData("army chief", "army chiefs")]
    [InlineData("chief of army staff", null)]
    [InlineData("COAS", null)]
    public void Regular_plurals(string singular, string? plural)
    {
        Assert.Equal(plural, Inflector.PluralOf(singular));
    }

    [Theory]
    [InlineData("US", "US")]
    [InlineData("U.S.", "U.S")]
    [InlineData("Gen.", "gen")]
    [InlineData("Pakistan", "pakistan")]
    [InlineData("People’s", "people's")]
    [InlineData("PML-N", "PML-N")]
    [InlineData("I", "i")]
    public void Alias_tokens_normalise(string token, string expected)
    {
        Assert.Equal(expected, TokenNormalizer.NormalizeAliasToken(token));
    }
}
