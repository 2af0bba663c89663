using Entente.Model;

namespace Entente.Dictionaries;

/// <summary>A state's person named in full earlier in the document and later by surname alone ("Swedish Foreign Minister
/// Tobias Billstrom said ... . Billstrom added ...", "President Hassan Sheikh Mohamud ... telephoned Mohamud"): the lone
/// surname is the same actor.</summary>
/// <remarks>Surnames are taken from earlier sentences' actor mentions of one state's person: a dictionary person's last name
/// word (the family name before the given name for Chinese names), or the last of two or three capitalised words right after
/// a role phrase that names the state ("Swedish Foreign Minister Tobias Billstrom"). A later capitalised word equal to one,
/// outside every mention and not inside a longer name, becomes that actor; a bare title right before it ("Prime Minister
/// Kristersson", "Mr Billstrom") joins the mention.</remarks>
public sealed class LoneSurnames
{
    // Countries whose people are written family name first ("Wang Yi" is later "Wang"): two-word names.
    private static readonly string[] _familyFirst = ["CHN", "TWN", "HKG"];

    // Family name first with a given name of two words or one hyphened word ("Yoon Suk Yeol", "Moon Jae-in").
    private static readonly string[] _familyFirstLong = ["KOR", "PRK"];

    private static readonly string[] _honorifics = ["Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr."];

    // Names that are also calendar words ("Theresa May" before "in May"): never taken alone.
    private static readonly string[] _calendarWords =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
         "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary><paramref name="mentions"/> (ordered by start) with the lone surnames of people named before added, in order;
    /// the same array when there are none.</summary>
    public Mention[] Add(SegmentedDocument document, Mention[] mentions)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mentions);
        if (mentions.Length == 0) return mentions;
        Dictionary<string, Mention>? surnames = null;
        List<Mention>? added = null;
        HashSet<int>? joined = null;
        var tokens = document.Tokens;
        var text = document.Text;
        var next = 0;
        foreach (var sentence in document.Sentences)
        {
            var first = next;
            while (next < mentions.Length && mentions[next].Start < sentence.End) next++;
            if (surnames is not null) Apply(document, sentence, mentions, first, next, surnames, ref added, ref joined);
            for (var i = first; i < next; i++)
            {
                if (Surname(tokens, text, mentions, i, next) is { } name)
                {
                    surnames ??= new Dictionary<string, Mention>(StringComparer.Ordinal);
                    surnames[name] = mentions[i];
                }
            }
        }

        if (added is null) return mentions;
        var all = new List<Mention>(mentions.Length + added.Count);
        for (var i = 0; i < mentions.Length; i++)
        {
            if (joined is null || !joined.Contains(i)) all.Add(mentions[i]);
        }

        all.AddRange(added);
        all.Sort((a, b) => a.Start.CompareTo(b.Start));
        return [.. all];
    }

    // Lone surnames among the sentence's words outside its mentions [first, end).
    private static void Apply(SegmentedDocument document, Sentence sentence, Mention[] mentions, int first, int end,
        Dictionary<string, Mention> surnames, ref List<Mention>? added, ref HashSet<int>? joined)
    {
        var lookup = surnames.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = document.Tokens;
        var text = document.Text;
        var j = first;
        var coverEnd = -1;
        var cover = -1;
        var last = sentence.FirstToken + sentence.TokenCount;
        for (var t = sentence.FirstToken; t < last; t++)
        {
            while (j < end && mentions[j].FirstToken <= t)
            {
                var stop = mentions[j].FirstToken + mentions[j].TokenCount;
                if (stop > coverEnd)
                {
                    coverEnd = stop;
                    cover = j;
                }

                j++;
            }

            // "Prime Minister Mohamud" is read as a bare title with a name: the name's last word may still be a known surname.
            var titled = t < coverEnd && coverEnd == t + 1 && IsBareTitle(mentions[cover]) && mentions[cover].FirstToken < t;
            if ((t < coverEnd && !titled) || !IsNameWord(tokens[t], text)) continue;
            var word = tokens[t].Span(text);
            var bare = word[..^TokenNormalizer.PossessiveLength(word)];
            if (!lookup.TryGetValue(bare, out var named)) continue;
            // "Mark Rutte", "Wang Wenbin": a word inside a longer name is someone else's.
            if (t + 1 < last && IsNameWord(tokens[t + 1], text) && bare.Length == word.Length) continue;
            var from = t;
            var entries = named.Entries;
            if (cover >= 0 && (coverEnd == t || titled) && IsBareTitle(mentions[cover]))
            {
                // "Prime Minister Kristersson": the bare title is the person's.
                from = mentions[cover].FirstToken;
                (joined ??= []).Add(cover);
                entries = [.. mentions[cover].Entries, .. named.Entries];
            }
            else if (t > sentence.FirstToken && IsNameWord(tokens[t - 1], text))
            {
                if (!IsHonorific(tokens[t - 1].Span(text))) continue;
                from = t - 1;
            }

            (added ??= []).Add(new Mention(MentionKind.Actor, sentence.Index, from, t + 1 - from, tokens[from].Start, tokens[t].End - (word.Length - bare.Length), entries)
            {
                Actor = named.Actor,
            });
        }
    }

    // The surname a mention of one state's person gives, or null.
    private static string? Surname(IReadOnlyList<Token> tokens, string text, Mention[] mentions, int i, int end)
    {
        var m = mentions[i];
        // Serving officials only: a former leader's or a rebel's name in a profile or an obituary mostly tells history.
        if (m.Kind != MentionKind.Actor || m.Plural || m.Actor is not { Country: { } country } actor || !ActorCode.IsStateSector(actor.Sector) || actor.Sector == "LEG") return null;
        var stop = m.FirstToken + m.TokenCount;
        if (actor.Name is not null && HasEntry(m, "person:"))
        {
            var at = stop - 1;
            if (Array.IndexOf(_familyFirst, country) >= 0 && m.TokenCount >= 2 && IsNameWord(tokens[at - 1], text)) at--;
            else if (Array.IndexOf(_familyFirstLong, country) >= 0)
            {
                var given = tokens[at].Span(text).Contains('-') ? 1 : 2;
                if (m.TokenCount <= given || !IsNameWord(tokens[at - given], text)) return null;
                at -= given;
            }

            return IsNameWord(tokens[at], text) ? Bare(tokens[at], text) : null;
        }

        if (actor.Name is not null || !HasEntry(m, "agent:")) return null;
        // "Swedish Foreign Minister Tobias Billstrom said": two or three capitalised words right after the role phrase.
        var run = 0;
        while (stop + run < tokens.Count && run < 4 && IsNameWord(tokens[stop + run], text)) run++;
        if (run is < 2 or > 3 || (i + 1 < end && mentions[i + 1].FirstToken < stop + run)) return null;
        return Bare(tokens[stop + run - 1], text);
    }

    // A role noun with no state of its own ("Prime Minister", "the president").
    private static bool IsBareTitle(Mention m) => m.Kind == MentionKind.Agent && m.Actor is not { Country: not null } && m.Members.Count == 0;

    private static bool HasEntry(Mention m, string prefix)
    {
        for (var k = 0; k < m.Entries.Count; k++)
        {
            if (m.Entries[k].StartsWith(prefix, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    private static string? Bare(Token token, string text)
    {
        var word = token.Span(text);
        var bare = word[..^TokenNormalizer.PossessiveLength(word)];
        foreach (var c in _calendarWords)
        {
            if (bare.SequenceEqual(c)) return null;
        }

        return new string(bare);
    }

    // A capitalised word with lowercase letters after its first: a name, not an acronym ("NATO", "US").
    private static bool IsNameWord(Token token, string text)
    {
        if (token.Kind != TokenKind.Word || token.End - token.Start < 2) return false;
        var word = token.Span(text);
        return char.IsUpper(word[0]) && !TokenNormalizer.IsCapitals(word);
    }

    private static bool IsHonorific(ReadOnlySpan<char> word)
    {
        foreach (var h in _honorifics)
        {
            if (word.SequenceEqual(h)) return true;
        }

        return false;
    }
}
