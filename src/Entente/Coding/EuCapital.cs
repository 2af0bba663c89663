using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"Brussels imposed tariffs on Chinese cars", "Brussels and the bloc's member states": Brussels as an actor stands
/// for the European Union when its sentence speaks of the Union's business (tariffs, duties, sanctions, funds, the Commission,
/// member states, the bloc, trade deals, accession); otherwise it is Belgium's capital ("police in Brussels arrested ..." is a place, never reaching here).</summary>
internal static class EuCapital
{
    private static readonly ActorCode Eu = new("EU", null, "EU", null, null);

    /// <summary>The EU for a mention of Brussels (the capital or place entry alone: "lashed out at Brussels over the funds") whose sentence in <paramref name="text"/> has an EU word;
    /// null otherwise.</summary>
    public static ActorCode? For(Mention m, string text)
    {
        if (m.Entries.Count != 1 || m.Entries[0] is not ("capital:bel" or "place:brussels")) return null;
        var from = m.Start;
        while (from > 0 && text[from - 1] is not ('.' or '!' or '?' or '\n')) from--;
        var to = m.End;
        while (to < text.Length && text[to] is not ('.' or '!' or '?' or '\n')) to++;
        var sentence = text.AsSpan(from, to - from);
        var start = 0;
        for (var i = 0; i <= sentence.Length; i++)
        {
            if (i < sentence.Length && (char.IsLetter(sentence[i]) || sentence[i] == '-')) continue;
            if (i > start && IsEuWord(sentence[start..i], sentence[i..])) return Eu;
            start = i + 1;
        }

        return null;
    }

    /// <summary>The EU for the demonym "European" right before a measure only the Union takes for its members ("European sanctions on
    /// Russia", "European tariffs on Chinese cars"): the region imposes nothing (dev-README keys the Union EU, Europe EUR); null
    /// otherwise, so that "European leaders" stay EUR.</summary>
    public static ActorCode? ForMeasure(Mention m, string text)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentNullException.ThrowIfNull(text);
        if (m.Entries.Count != 1 || m.Entries[0] is not "adj:eur" || !text.AsSpan(m.Start, m.End - m.Start).Equals("European", StringComparison.Ordinal)) return null;
        var rest = text.AsSpan(m.End).TrimStart(' ');
        var end = 0;
        while (end < rest.Length && char.IsLetter(rest[end])) end++;
        return WordList.Contains(rest[..end], ["sanctions", "tariffs", "duties", "embargo"]) ? Eu : null;
    }

    /// <summary>Whether <paramref name="word"/>, followed by <paramref name="rest"/>, names the Union's business.</summary>
    private static bool IsEuWord(ReadOnlySpan<char> word, ReadOnlySpan<char> rest) =>
        WordList.Contains(word, ["tariff", "tariffs", "duties", "Commission", "bloc", "EU", "Union", "European", "funds", "sanctions", "accession", "membership", "rule-of-law"]) ||
        (word.Equals("member", StringComparison.OrdinalIgnoreCase) && rest.StartsWith(" states", StringComparison.OrdinalIgnoreCase)) ||
        (word.Equals("trade", StringComparison.OrdinalIgnoreCase) && (rest.StartsWith(" deal", StringComparison.OrdinalIgnoreCase) ||
                                                                       rest.StartsWith(" agreement", StringComparison.OrdinalIgnoreCase)));
}
