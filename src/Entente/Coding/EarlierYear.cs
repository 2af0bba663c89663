using Entente.Model;

namespace Entente.Coding;

/// <summary>"The summit in 2018 was the first since the war. The two Koreas signed a military agreement that year": a clause
/// dated only by pointing back at a year named just before ("that year", "the same year", "since then") is as old as that year,
/// background when the year is (dev-README: historical clauses produce no event). A recent year keeps the event. "X has since
/// seized ..." is left alone: it tells of something between that year and now, as often recent as not.</summary>
internal static class EarlierYear
{
    /// <summary>How many sentences before the trigger's own the year may be named in.</summary>
    private const int Reach = 2;

    /// <summary>Whether an act of <paramref name="sentence"/> that has no date of its own dates itself only by a year named
    /// earlier that lies more than <paramref name="backgroundDays"/> before <paramref name="publication"/>; adds a trace entry
    /// when it does.</summary>
    public static bool Background(SegmentedDocument doc, Sentence sentence, DateOnly? publication, int backgroundDays,
        List<TraceEntry>? trace, string patternId)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (publication is not { } pub || !PointsBack(doc, sentence, out var cue)) return false;
        var year = YearBefore(doc, sentence, cue);
        if (year is null || pub.DayNumber - new DateOnly(year.Value, 12, 31).DayNumber <= backgroundDays) return false;
        trace?.Add(new TraceEntry("coder", sentence.Index, $"{patternId}: dated by reference to {year} named before, background to a {pub:yyyy-MM-dd} story; no event"));
        return true;
    }

    /// <summary>Whether the sentence dates its act by a back reference, "since then" or "that year" / "the same year";
    /// <paramref name="cue"/> is the cue's first token.</summary>
    private static bool PointsBack(SegmentedDocument doc, Sentence sentence, out int cue)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        var end = sentence.FirstToken + sentence.TokenCount;
        cue = -1;
        for (var i = sentence.FirstToken; i + 1 < end; i++)
        {
            var next = tokens[i + 1];
            if ((Is(tokens[i], text, "since") && Is(next, text, "then")) ||
                ((Is(tokens[i], text, "that") || Is(tokens[i], text, "same")) && Is(next, text, "year")))
            {
                cue = i;
                return true;
            }
        }

        return false;
    }

    /// <summary>The last year (a four-digit number from 1900 to 2099) named before <paramref name="cue"/> in its sentence or in the
    /// <see cref="Reach"/> sentences before it, or null.</summary>
    private static int? YearBefore(SegmentedDocument doc, Sentence sentence, int cue)
    {
        var first = doc.Sentences[Math.Max(0, sentence.Index - Reach)].FirstToken;
        for (var i = cue - 1; i >= first; i--)
        {
            var t = doc.Tokens[i];
            if (t.Kind != TokenKind.Number || t.End - t.Start != 4) continue;
            if (int.TryParse(t.Span(doc.Text), out var year) && year is >= 1900 and <= 2099) return year;
        }

        return null;
    }

    private static bool Is(Token t, string text, string word) => t.Span(text).Equals(word, StringComparison.OrdinalIgnoreCase);
}
