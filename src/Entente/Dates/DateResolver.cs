using System.Buffers;
using Entente.Model;

namespace Entente.Dates;

/// <summary>
/// Finds date expressions in a sentence of English news and resolves them against the publication date,
/// reading the sentence's characters directly (it does not need the segmenter's tokens).
/// </summary>
/// <remarks>
/// <para>Span convention: an expression covers its date words without a leading preposition or article and
/// without a possessive "'s": "on Monday" → "Monday", "Monday’s meeting" → "Monday", "since 2014" → "2014"
/// (the "since" shows in the range and the rule), "over the last two years" → "last two years",
/// "the day before yesterday" → "day before yesterday", "two days ago" → "two days ago".</para>
/// <para>Tense: relative expressions without a direction (a bare weekday, "in December", "March 3") resolve
/// to the most recent occurrence on or before publication, as in past-tense news; pass
/// <c>futureContext: true</c> for a clause in the future tense to get the next occurrence instead.</para>
/// <para>Results are in text order and never overlap; of two overlapping candidates the longer wins.</para>
/// <para>Every granularity but Day carries <see cref="DateExpression.RangeEnd"/>: a week runs Monday to Sunday
/// (ISO), a month and a year to their last day, a span ("last two years", "since 2014", "in recent weeks") up
/// to publication. "Ago" keeps the unit's precision: "two days ago" is a day, "a week ago" the week holding
/// P − 7 days, "three years ago" a calendar year. "two weeks later" is skipped: it is relative to another
/// event, not to publication. A bare year needs a preposition ("in 2014"); "the 2014 election" is not taken.</para>
/// <para>Rule names (for traces): today, tonight, yesterday, tomorrow, this-daypart, last-night,
/// day-before-yesterday, day-after-tomorrow, weekday-past|future|nearest|last|this|next|date,
/// this-|last-|next-week|month|year, this-|last-|next-weekend, earlier-|later-this-week|month|year,
/// earlier-|later-today, month-past|future|last|next|this|year|relative-year, month-day, day-month,
/// month-day-year, day-month-year, date-relative-year, iso-date, year-in, year-range, since-year, since, decade,
/// early-|mid-|late-month|year|decade, span-last-n, span-last-unit, span-past-n, span-past-unit, span-next-n,
/// span-recent, ago-hours|days|weeks|months|years|decades.</para>
/// </remarks>
public sealed class DateResolver : IDateResolver
{
    private const int StackWords = 192;
    private const int MinPublicationYear = 100;
    private const int MaxPublicationYear = 9800;

    private readonly DateResolverOptions _options;
    private readonly DateLexicon _lexicon;

    /// <summary>Creates a resolver with <paramref name="options"/> (default <see cref="DateResolverOptions"/>).</summary>
    public DateResolver(DateResolverOptions? options = null)
    {
        _options = options ?? new DateResolverOptions();
        _lexicon = DateLexicon.English;
    }

    /// <inheritdoc/>
    public IReadOnlyList<DateExpression> Find(SegmentedDocument document, Sentence sentence, DateOnly publication) =>
        Find(document, sentence, publication, futureContext: false);

    /// <inheritdoc/>
    public IReadOnlyList<DateExpression> Find(SegmentedDocument document, Sentence sentence, DateOnly publication, bool futureContext)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var start = Math.Clamp(sentence.Start, 0, text.Length);
        var end = Math.Clamp(sentence.End, start, text.Length);
        return Find(text.AsSpan(start, end - start), start, publication, futureContext);
    }

    /// <summary>
    /// As <see cref="Find(SegmentedDocument, Sentence, DateOnly, bool)"/> when the publication date may be unknown:
    /// without one, only expressions that do not depend on it are returned ("March 3, 2016", "in 2014", "the 1990s").
    /// </summary>
    public IReadOnlyList<DateExpression> Find(SegmentedDocument document, Sentence sentence, DateOnly? publication, bool futureContext = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (publication is { } date)
        {
            return Find(document, sentence, date, futureContext);
        }

        // An expression is absolute when two unrelated reference dates resolve it the same way.
        var first = Find(document, sentence, new DateOnly(2000, 6, 15), futureContext);
        if (first.Count == 0)
        {
            return first;
        }

        var second = Find(document, sentence, new DateOnly(2003, 2, 10), futureContext);
        List<DateExpression>? kept = null;
        foreach (var expression in first)
        {
            foreach (var other in second)
            {
                if (other == expression)
                {
                    (kept ??= []).Add(expression);
                    break;
                }
            }
        }

        return kept ?? (IReadOnlyList<DateExpression>)[];
    }

    /// <summary>Date expressions in <paramref name="text"/>, which starts at document offset <paramref name="offset"/>.</summary>
    public IReadOnlyList<DateExpression> Find(ReadOnlySpan<char> text, int offset, DateOnly publication, bool futureContext = false)
    {
        if (publication.Year is < MinPublicationYear or > MaxPublicationYear)
        {
            return []; // relative arithmetic would leave the calendar; such a date is an input error, not text
        }

        var max = DateWordScanner.MaxWords(text.Length);
        DateWord[]? rented = null;
        // Sized to the text, not to StackWords: the runtime zeroes every stackalloc'd element, and zeroing 192 words per
        // pattern match was ≈ 10 % of Engine.Code (bench/README.md).
        var buffer = max <= StackWords ? stackalloc DateWord[max] : (rented = ArrayPool<DateWord>.Shared.Rent(max));
        try
        {
            var count = DateWordScanner.Scan(text, offset, buffer, _lexicon);
            return Match(buffer[..count], publication, futureContext);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<DateWord>.Shared.Return(rented);
            }
        }
    }

    private IReadOnlyList<DateExpression> Match(ReadOnlySpan<DateWord> words, DateOnly publication, bool futureContext)
    {
        List<DateExpression>? found = null;
        var matcher = new DateMatcher(words, publication, futureContext, _options);
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Kind == DateLexKind.None)
            {
                continue;
            }

            var hit = matcher.Match(i);
            if (!hit.Found)
            {
                continue;
            }

            var expression = new DateExpression(words[i].Start, words[hit.EndWord - 1].End, hit.Date, hit.Granularity, hit.RangeEnd, hit.Rule);
            found ??= [];
            if (found.Count > 0 && found[^1].End > expression.Start)
            {
                // Candidates arrive by start, so only the last kept one can overlap; the longer stays.
                var last = found[^1];
                if (expression.End - expression.Start > last.End - last.Start)
                {
                    found[^1] = expression;
                }

                continue;
            }

            found.Add(expression);
        }

        return found ?? (IReadOnlyList<DateExpression>)[];
    }
}
