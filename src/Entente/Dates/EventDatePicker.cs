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
/// ; : ( ) [ ] dashes and at a comma followed by a clause word ("which", "but", "while", "after", ...).
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

    private const int MaxAttachedWords = 3;

    /// <summary>The event's date and basis: the governing expression's date, else <paramref name="publication"/>.</summary>
    public EventDate DateOf(ReadOnlySpan<char> text, Sentence sentence, IReadOnlyList<DateExpression> dates, int triggerStart, int triggerEnd, DateOnly? publication)
    {
        var picked = Pick(text, sentence, dates, triggerStart, triggerEnd);
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
    public DateExpression? Pick(ReadOnlySpan<char> text, Sentence sentence, IReadOnlyList<DateExpression> dates, int triggerStart, int triggerEnd)
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
        DateExpression? best = null;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < dates.Count; i++)
        {
            var d = dates[i];
            if (d.Start < clauseStart || d.End > clauseEnd)
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

    private static int ClauseStart(ReadOnlySpan<char> text, int sentenceStart, int triggerStart)
    {
        for (var i = triggerStart - 1; i >= sentenceStart; i--)
        {
            if (IsBoundary(text, i, sentenceStart))
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
            if (IsBoundary(text, i, 0))
            {
                return i;
            }
        }

        return sentenceEnd;
    }

    private static bool IsBoundary(ReadOnlySpan<char> text, int i, int floor)
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

        return c == ',' && StartsClauseWord(text[(i + 1)..]);
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
