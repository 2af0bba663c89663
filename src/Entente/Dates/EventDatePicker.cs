using System.Collections.Frozen;
using Entente.Model;

namespace Entente.Dates;

/// <summary>Picks, among a sentence's date expressions, the one that governs an event trigger.</summary>
/// <remarks>
/// <para>How the coder calls it, once per event: <c>picker.DateOf(text, sentence, dates, trigger.Start,
/// trigger.End, document.Date)</c>, where <c>dates</c> is the <see cref="IDateResolver"/> output for the
/// sentence. The event then takes <see cref="EventDate.Date"/> and <see cref="EventDate.Basis"/>: the picked
/// expression's date with <see cref="DateBasis.Text"/>, else the publication date with
/// <see cref="DateBasis.Publication"/>, else null with <see cref="DateBasis.Unknown"/>.</para>
/// <para>Choice: an expression attached to the trigger's noun phrase wins ("Monday’s meeting", "the March 3
/// talks"); otherwise the nearest expression in the trigger's clause; otherwise none. Clauses end at
/// ; : ( ) [ ] dashes and at a comma followed by a clause word ("which", "but", "while", "after", ...); after the
/// trigger, also at a relative pronoun of persons or a charge participle ("rebels who fled in 2019", "men suspected of a 1988 bombing").
/// Commas alone do not end a clause, because "On Monday, Putin met Sharif" is one clause.</para>
/// </remarks>
public sealed class EventDatePicker
{
    // Words after a comma that start another clause, whose dates do not govern this one.
    // ("and" is not one: "On Monday, Russia, China, and Pakistan met" is one clause.)
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseWords = new[]
    {
        "which", "who", "whom", "whose", "while", "but", "whereas", "although", "though", "when", "after", "before", "as", "where",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that open a relative clause on a person even with no comma before them ("granted asylum to rebels who fled in
    // 2019"): its dates are the person's past. Not "which": a thing's clause may date the act itself ("ratified the treaty
    // which they signed on Monday").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RelativeWords = new[]
    {
        "who", "whom", "whose",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Participles that open a reduced relative clause after a noun ("extradite two men suspected of bombing a plane in
    // 1988", "arrested a man wanted for a 2015 murder"): the charge's date is not the act's.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ChargeParticiples = new[]
    {
        "suspected", "accused", "convicted", "wanted", "blamed",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words before such a participle that make it a verb of the clause ("was accused", "and charged"), not a relative.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> VerbLeaders = new[]
    {
        "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "and", "or", "not", "also", "who", "which", "that",
        "he", "she", "they", "it", "we", "i", "you",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxAttachedWords = 3;

    /// <summary>The event's date and basis: the governing expression's date, else <paramref name="publication"/>.</summary>
    public EventDate DateOf(ReadOnlySpan<char> text, Sentence sentence, IReadOnlyList<DateExpression> dates, int triggerStart, int triggerEnd, DateOnly? publication)
    {
        var picked = Pick(text, sentence, dates, triggerStart, triggerEnd, publication);
        if (picked is not null)
        {
            return new EventDate(picked.Date, DateBasis.Text, picked);
        }

        return publication is { } date ? new EventDate(date, DateBasis.Publication, null) : new EventDate(null, DateBasis.Unknown, null);
    }

    /// <summary>The expression of <paramref name="dates"/> that governs the trigger at [<paramref name="triggerStart"/>, <paramref name="triggerEnd"/>), or null.</summary>
    /// <param name="text">The whole document text (offsets are document offsets).</param>
    /// <param name="sentence">The sentence of the trigger and the dates.</param>
    /// <param name="dates">The sentence's date expressions in text order.</param>
    /// <param name="triggerStart">First character of the trigger word.</param>
    /// <param name="triggerEnd">End (exclusive) of the trigger word.</param>
    /// <param name="publication">When given, a later end point ("extended the sanctions until 2028") is not the act's date.</param>
    public DateExpression? Pick(ReadOnlySpan<char> text, Sentence sentence, IReadOnlyList<DateExpression> dates, int triggerStart, int triggerEnd, DateOnly? publication = null)
    {
        ArgumentNullException.ThrowIfNull(dates);
        if (dates.Count == 0)
        {
            return null;
        }

        var sentenceStart = Math.Clamp(sentence.Start, 0, text.Length);
        var sentenceEnd = Math.Clamp(sentence.End, sentenceStart, text.Length);
        triggerStart = Math.Clamp(triggerStart, sentenceStart, sentenceEnd);
        triggerEnd = Math.Clamp(triggerEnd, triggerStart, sentenceEnd);

        for (var i = dates.Count - 1; i >= 0; i--)
        {
            var d = dates[i];
            if (d.End <= triggerStart && d.Start >= sentenceStart && IsAttached(text[d.End..triggerStart]))
            {
                return d;
            }
        }

        var clauseStart = ClauseStart(text, sentenceStart, triggerStart);
        var clauseEnd = ClauseEnd(text, triggerEnd, sentenceEnd);
        var (asideStart, asideEnd) = (-1, -1);
        if (clauseStart > sentenceStart && ClosedAsideEnd(text, clauseStart, triggerStart) is var closed and >= 0)
        {
            // "Mali's junta, which seized power in 2021, ordered ...": the trigger follows a relative clause set off by commas
            // inside its own clause; that aside's dates are its own, and the clause goes on before it.
            (asideStart, asideEnd) = (clauseStart, closed);
            clauseStart = ClauseStart(text, sentenceStart, clauseStart - 1);
        }

        DateExpression? best = null;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < dates.Count; i++)
        {
            var d = dates[i];
            if (d.Start < clauseStart || d.End > clauseEnd || (d.Date > publication && IsEndPoint(text, sentenceStart, d.Start)) ||
                (d.Start >= asideStart && d.End <= asideEnd))
            {
                continue;
            }

            // Strictly smaller: on a tie the earlier expression (before the trigger) stays.
            var distance = d.End <= triggerStart ? triggerStart - d.End : Math.Max(0, d.Start - triggerEnd);
            if (distance < bestDistance)
            {
                best = d;
                bestDistance = distance;
            }
        }

        return best;
    }

    // "until 2028", "till July 2027", "by 2030": a period's end or a deadline after publication (sanctions extended, troops
    // kept, trade to be doubled) is not when the act happened. A past end ("under Isis control until 2016") still marks background.
    private static bool IsEndPoint(ReadOnlySpan<char> text, int sentenceStart, int start)
    {
        var before = text[sentenceStart..start].TrimEnd();
        var space = before.LastIndexOf(' ');
        var word = space < 0 ? before : before[(space + 1)..];
        return word.Equals("until", StringComparison.OrdinalIgnoreCase) || word.Equals("till", StringComparison.OrdinalIgnoreCase)
            || word.Equals("through", StringComparison.OrdinalIgnoreCase) || word.Equals("by", StringComparison.OrdinalIgnoreCase)
            || word.Equals("before", StringComparison.OrdinalIgnoreCase);
    }

    // "’s meeting", "'s high-level meeting", or just a space: the date modifies the trigger's noun.
    private static bool IsAttached(ReadOnlySpan<char> gap)
    {
        if (gap.Length >= 2 && gap[0] is '\'' or '’' or 'ʼ' && gap[1] is 's' or 'S')
        {
            gap = gap[2..];
            var words = 0;
            var inWord = false;
            foreach (var c in gap)
            {
                if (char.IsLetter(c) || c == '-')
                {
                    if (!inWord)
                    {
                        words++;
                    }

                    inWord = true;
                }
                else if (char.IsWhiteSpace(c))
                {
                    inWord = false;
                }
                else
                {
                    return false;
                }
            }

            return words <= MaxAttachedWords;
        }

        return !gap.IsEmpty && gap.IsWhiteSpace();
    }

    /// <summary>When the clause starting at <paramref name="clauseStart"/> (right after a comma) opens with "which", "who",
    /// "whom" or "whose" and its first comma before <paramref name="triggerStart"/> closes it, that comma's index; else -1.</summary>
    private static int ClosedAsideEnd(ReadOnlySpan<char> text, int clauseStart, int triggerStart)
    {
        if (text[clauseStart - 1] != ',') return -1;
        var rest = text[clauseStart..triggerStart];
        var lead = rest.Length - rest.TrimStart().Length;
        var word = WordAt(text, clauseStart + lead);
        if (!(RelativeWords.Contains(word) || word.Equals("which", StringComparison.OrdinalIgnoreCase))) return -1;
        var comma = rest.IndexOf(',');
        return comma < 0 ? -1 : clauseStart + comma;
    }

    private static int ClauseStart(ReadOnlySpan<char> text, int sentenceStart, int triggerStart)
    {
        for (var i = triggerStart - 1; i >= sentenceStart; i--)
        {
            if (IsBoundary(text, i, sentenceStart, forward: false))
            {
                return i + 1;
            }
        }

        return sentenceStart;
    }

    private static int ClauseEnd(ReadOnlySpan<char> text, int triggerEnd, int sentenceEnd)
    {
        for (var i = triggerEnd; i < sentenceEnd; i++)
        {
            if (IsBoundary(text, i, 0, forward: true))
            {
                return i;
            }
        }

        return sentenceEnd;
    }

    private static bool IsBoundary(ReadOnlySpan<char> text, int i, int floor, bool forward)
    {
        var c = text[i];
        if (c is ';' or ':' or '(' or ')' or '[' or ']' or '—' or '–')
        {
            return true;
        }

        if (c == '-')
        {
            // A spaced hyphen is a dash; "al-Shabaab" and "mid-March" are not boundaries.
            return i > floor && i + 1 < text.Length && text[i - 1] == ' ' && text[i + 1] == ' ';
        }

        // After the trigger only: a relative before it may close before the trigger ("On Monday the man who fled was held").
        if (forward && char.IsLetter(c) && i > floor && char.IsWhiteSpace(text[i - 1]))
        {
            return OpensRelative(text, i, floor);
        }

        return c == ',' && StartsClauseWord(text[(i + 1)..]);
    }

    /// <summary>Whether the word starting at <paramref name="i"/> opens a relative clause: a relative pronoun, or a charge
    /// participle right after a word that is no auxiliary, conjunction or pronoun.</summary>
    private static bool OpensRelative(ReadOnlySpan<char> text, int i, int floor)
    {
        var word = WordAt(text, i);
        if (RelativeWords.Contains(word))
        {
            return true;
        }

        if (!ChargeParticiples.Contains(word))
        {
            return false;
        }

        var end = i - 1;
        while (end > floor && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > floor && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start < end && !VerbLeaders.Contains(text[start..end]);
    }

    private static ReadOnlySpan<char> WordAt(ReadOnlySpan<char> text, int i)
    {
        var length = 0;
        while (i + length < text.Length && char.IsLetter(text[i + length]))
        {
            length++;
        }

        return text.Slice(i, length);
    }

    private static bool StartsClauseWord(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart();
        var length = 0;
        while (length < rest.Length && char.IsLetter(rest[length]))
        {
            length++;
        }

        return length > 0 && ClauseWords.Contains(rest[..length]);
    }
}
