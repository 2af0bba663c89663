using System.Text;
using Entente.Model;

namespace Entente.Coding;

/// <summary>"South Korean President Lee Jae-myung met Ishiba in Tokyo. ... Lee later flew to Washington": a lone capitalised word
/// that is the family name of one person the document named in an earlier sentence names that person again. The family name is
/// the name's last part, or its first when the given name is hyphenated ("Lee Jae-myung"); a word next to another capitalised
/// word ("Lee Kuan Yew", "Sharif University") or shared by two people named is no one.</summary>
internal static class RepeatedSurname
{
    /// <summary>Adds to <paramref name="sentenceMentions"/> (in text order) a person mention for each such word of
    /// <paramref name="sentence"/> that no mention covers.</summary>
    public static void Add(SegmentedDocument doc, Sentence sentence, List<Mention> sentenceMentions, ActorContext context)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(sentenceMentions);
        ArgumentNullException.ThrowIfNull(context);
        var people = context.NamedPeople;
        if (people.Count == 0) return;
        var text = doc.Text;
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var t = sentence.FirstToken; t < end; t++)
        {
            var token = doc.Tokens[t];
            var word = token.Span(text);
            if (!IsCapitalised(token, word) || word.Length < 3 || IsAllUpper(word)) continue;
            if ((t > sentence.FirstToken && IsCapitalised(doc.Tokens[t - 1], doc.Tokens[t - 1].Span(text))) ||
                (t + 1 < end && IsCapitalised(doc.Tokens[t + 1], doc.Tokens[t + 1].Span(text)))) continue;
            // "Javid's decision": a possessive names the person's act, which the sentence's own pattern reads as a target; left alone.
            if (t + 1 < end && IsPossessive(doc.Tokens[t + 1].Span(text))) continue;
            if (IsCalendarWord(word) || Covered(sentenceMentions, token) || Person(people, word) is not { } person) continue;
            var at = 0;
            while (at < sentenceMentions.Count && sentenceMentions[at].Start < token.Start) at++;
            sentenceMentions.Insert(at, new Mention(MentionKind.Actor, sentence.Index, t, 1, token.Start, token.End, []) { Actor = person });
        }
    }

    // The one person named so far whose family name is `word`; null for none or several.
    private static ActorCode? Person(IReadOnlyList<ActorCode> people, ReadOnlySpan<char> word)
    {
        ActorCode? found = null;
        for (var i = 0; i < people.Count; i++)
        {
            if (people[i].Name is not { } name || !Same(FamilyName(name), word)) continue;
            if (found is not null && found.Name != name) return null;
            found = people[i];
        }

        return found;
    }

    private static ReadOnlySpan<char> FamilyName(string name)
    {
        var span = name.AsSpan().Trim();
        var space = span.LastIndexOf(' ');
        if (space < 0) return default;
        var last = span[(space + 1)..];
        return last.Contains('-') ? span[..span.IndexOf(' ')] : last;
    }

    // Equal letter by letter, an accented letter of the name matching its plain letter in the text ("Orbán" written "Orban").
    private static bool Same(ReadOnlySpan<char> name, ReadOnlySpan<char> word)
    {
        if (name.Length != word.Length || name.Length == 0) return false;
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] == word[i]) continue;
            if (name[i] < 128 || Plain(name[i]) != word[i]) return false;
        }

        return true;
    }

    private static char Plain(char c) => char.ToString(c).Normalize(NormalizationForm.FormD)[0];

    private static bool IsCapitalised(Token token, ReadOnlySpan<char> word) => token.Kind == TokenKind.Word && word.Length > 0 && char.IsUpper(word[0]);

    private static bool IsPossessive(ReadOnlySpan<char> next) => next is "'s" or "\u2019s" or "'" or "\u2019";

    // "in May", "on Sunday": a month or a day is no one's name ("Theresa May").
    private static bool IsCalendarWord(ReadOnlySpan<char> word) =>
        word is "January" or "February" or "March" or "April" or "May" or "June" or "July" or "August" or "September" or "October" or
            "November" or "December" or "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday";

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsLower(word[i])) return false;
        }

        return true;
    }

    private static bool Covered(List<Mention> mentions, Token token)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Start <= token.Start && token.End <= mentions[i].End) return true;
        }

        return false;
    }
}
