namespace Entente.Dates;

/// <summary>The rules of <see cref="DateResolver"/>, applied at one word of a scanned sentence.</summary>
/// <remarks>
/// Every rule starts at the first word that carries date meaning: prepositions ("on", "in", "since") and
/// the article "the" are looked at as context but never start a span. Rules read only the words; the
/// resolver decides overlaps.
/// </remarks>
internal readonly ref struct DateMatcher
{
    private readonly ReadOnlySpan<DateWord> _w;
    private readonly DateOnly _p;
    private readonly bool _future;
    private readonly DateResolverOptions _o;

    public DateMatcher(ReadOnlySpan<DateWord> words, DateOnly publication, bool future, DateResolverOptions options)
    {
        _w = words;
        _p = publication;
        _future = future;
        _o = options;
    }

    /// <summary>The longest form of the rule that starts at word <paramref name="i"/>, or a hit that is not <see cref="DateHit.Found"/>.</summary>
    public DateHit Match(int i)
    {
        var w = _w[i];
        var hit = w.Kind switch
        {
            DateLexKind.Today => IsTitle(i) ? default : Day(i + 1, _p, "today"),
            DateLexKind.Tonight => IsTitle(i) ? default : Day(i + 1, _p, "tonight"),
            DateLexKind.Yesterday => Day(DayPartEnd(i + 1), _p.AddDays(-1), "yesterday"),
            DateLexKind.Tomorrow => Day(DayPartEnd(i + 1), _p.AddDays(1), "tomorrow"),
            DateLexKind.Unit => MatchDayBeforeAfter(i),
            DateLexKind.This => MatchThis(i),
            DateLexKind.Last => MatchLast(i),
            DateLexKind.Next => MatchNext(i),
            DateLexKind.Past => MatchPast(i),
            DateLexKind.Recent => MatchRecent(i),
            DateLexKind.Earlier => MatchEarlierLater(i, earlier: true),
            DateLexKind.Later => MatchEarlierLater(i, earlier: false),
            DateLexKind.Part => MatchPart(i),
            DateLexKind.Weekday => MatchBareWeekday(i),
            DateLexKind.Month => MatchMonth(i),
            DateLexKind.Number => MatchNumber(i),
            DateLexKind.Count or DateLexKind.Article or DateLexKind.Few or DateLexKind.Couple => MatchAgo(i),
            DateLexKind.IsoDate => Day(i + 1, new DateOnly(w.Value / 10000, w.Value / 100 % 100, w.Value % 100), "iso-date"),
            DateLexKind.Decade => IsDecade(w.Value) ? Decade(i + 1, w.Value, "decade") : default,
            _ => default,
        };
        return hit.Found ? ApplySince(i, hit) : hit;
    }

    // "since 2014", "since Monday", "since the 1990s": from the expression's start up to publication.
    private DateHit ApplySince(int i, DateHit hit)
    {
        var p = i - 1;
        if (p >= 0 && _w[p].Kind == DateLexKind.The && Joined(i))
        {
            p--;
        }

        if (PrepAt(p) != DatePrep.Since || !Joined(p + 1) || hit.Date > _p
            || (hit.Granularity == DateGranularity.Range && hit.RangeEnd == _p))
        {
            return hit;
        }

        return hit with
        {
            Granularity = DateGranularity.Range,
            RangeEnd = _p,
            Rule = hit.Rule == "year-in" ? "since-year" : "since",
        };
    }

    private DateHit MatchDayBeforeAfter(int i)
    {
        if (_w[i].Value != (int)DateUnit.Day || _w[i].Flag)
        {
            return default;
        }

        if (JoinedAt(i + 1, DateLexKind.Before) && JoinedAt(i + 2, DateLexKind.Yesterday))
        {
            return Day(i + 3, _p.AddDays(-2), "day-before-yesterday");
        }

        return JoinedAt(i + 1, DateLexKind.After) && JoinedAt(i + 2, DateLexKind.Tomorrow)
            ? Day(i + 3, _p.AddDays(2), "day-after-tomorrow")
            : default;
    }

    private DateHit MatchThis(int i)
    {
        var j = i + 1;
        if (!Joined(j))
        {
            return default;
        }

        var n = _w[j];
        switch (n.Kind)
        {
            case DateLexKind.DayPart when n.Value == 0:
                return Day(j + 1, _p, "this-daypart");
            case DateLexKind.Weekday:
                return Day(DayPartEnd(j + 1), _future ? OnOrAfter(n.Value) : OnOrBefore(n.Value), "weekday-this");
            case DateLexKind.Month when n.Capitalized:
                return Month(j + 1, _p.Year, n.Value, "month-this");
            case DateLexKind.Weekend:
                return ThisWeekend(j + 1, 0, "this-weekend");
            case DateLexKind.Unit when !n.Flag && !OfFollows(j + 1):
                return (DateUnit)n.Value switch
                {
                    DateUnit.Week => Week(j + 1, MondayOf(_p), "this-week"),
                    DateUnit.Month => Month(j + 1, _p.Year, _p.Month, "this-month"),
                    DateUnit.Year => Year(j + 1, _p.Year, "this-year"),
                    _ => default,
                };
            case DateLexKind.Past when Joined(j + 1):
                // "this past Monday", "this past weekend" mean the last one.
                var m = _w[j + 1];
                return m.Kind switch
                {
                    DateLexKind.Weekday => Day(DayPartEnd(j + 2), Before(m.Value), "weekday-last"),
                    DateLexKind.Weekend => LastWeekend(j + 2),
                    _ => default,
                };
            default:
                return default;
        }
    }

    private DateHit MatchLast(int i)
    {
        var j = i + 1;
        if (!Joined(j))
        {
            return default;
        }

        var n = _w[j];
        switch (n.Kind)
        {
            case DateLexKind.DayPart when n.Value == 1:
                return Day(j + 1, _p.AddDays(-1), "last-night");
            case DateLexKind.Weekday:
                return Day(DayPartEnd(j + 1), Before(n.Value), "weekday-last");
            case DateLexKind.Month when n.Capitalized:
                // The most recent such month strictly before the publication month.
                return Month(j + 1, n.Value < _p.Month ? _p.Year : _p.Year - 1, n.Value, "month-last");
            case DateLexKind.Weekend:
                return LastWeekend(j + 1);
            case DateLexKind.Unit when !n.Flag:
                if (OfFollows(j + 1))
                {
                    return default;
                }

                // "the last year" is the twelve months up to publication; "last year" is the calendar year.
                if (TheBefore(i) || n.Value == (int)DateUnit.Decade)
                {
                    return SpanBack(j + 1, (DateUnit)n.Value, 1, "span-last-unit");
                }

                return (DateUnit)n.Value switch
                {
                    DateUnit.Week => Week(j + 1, MondayOf(_p).AddDays(-7), "last-week"),
                    DateUnit.Month => MonthOf(j + 1, _p.AddMonths(-1), "last-month"),
                    DateUnit.Year => Year(j + 1, _p.Year - 1, "last-year"),
                    _ => default,
                };
            default:
                return TryCount(j, allowArticle: false, out var count, out var k) && JoinedAt(k, DateLexKind.Unit) && !OfFollows(k + 1)
                    ? SpanBack(k + 1, (DateUnit)_w[k].Value, count, "span-last-n")
                    : default;
        }
    }

    private DateHit MatchNext(int i)
    {
        var j = i + 1;
        if (!Joined(j))
        {
            return default;
        }

        var n = _w[j];
        switch (n.Kind)
        {
            case DateLexKind.Weekday:
                return Day(DayPartEnd(j + 1), After(n.Value), "weekday-next");
            case DateLexKind.Month when n.Capitalized:
                return Month(j + 1, n.Value > _p.Month ? _p.Year : _p.Year + 1, n.Value, "month-next");
            case DateLexKind.Weekend:
                return ThisWeekend(j + 1, 7, "next-weekend");
            case DateLexKind.Unit when !n.Flag && !OfFollows(j + 1):
                return (DateUnit)n.Value switch
                {
                    DateUnit.Week => Week(j + 1, MondayOf(_p).AddDays(7), "next-week"),
                    DateUnit.Month => MonthOf(j + 1, _p.AddMonths(1), "next-month"),
                    DateUnit.Year => Year(j + 1, _p.Year + 1, "next-year"),
                    _ => default,
                };
            default:
                if (TryCount(j, allowArticle: false, out var count, out var k) && JoinedAt(k, DateLexKind.Unit) && !OfFollows(k + 1))
                {
                    var to = Shift((DateUnit)_w[k].Value, count);
                    return to is { } end ? Range(k + 1, _p, end, "span-next-n") : default;
                }

                return default;
        }
    }

    // "the past three months", "the past year", "past decade"; never a calendar unit.
    private DateHit MatchPast(int i)
    {
        var j = i + 1;
        if (!Joined(j))
        {
            return default;
        }

        if (TryCount(j, allowArticle: false, out var count, out var k) && JoinedAt(k, DateLexKind.Unit) && !OfFollows(k + 1))
        {
            return SpanBack(k + 1, (DateUnit)_w[k].Value, count, "span-past-n");
        }

        var n = _w[j];
        return n.Kind == DateLexKind.Unit && !n.Flag && !OfFollows(j + 1)
            ? SpanBack(j + 1, (DateUnit)n.Value, 1, "span-past-unit")
            : default;
    }

    private DateHit MatchRecent(int i)
    {
        var j = i + 1;
        if (!JoinedAt(j, DateLexKind.Unit) || !_w[j].Flag)
        {
            return default;
        }

        var unit = (DateUnit)_w[j].Value;
        var count = unit switch
        {
            DateUnit.Day => _o.RecentDays,
            DateUnit.Week => _o.RecentWeeks,
            DateUnit.Month => _o.RecentMonths,
            DateUnit.Year => _o.RecentYears,
            _ => 0,
        };
        return count > 0 ? SpanBack(j + 1, unit, count, "span-recent") : default;
    }

    // "earlier this week" runs from the week's start to publication, "later this month" from publication to the end.
    private DateHit MatchEarlierLater(int i, bool earlier)
    {
        var j = i + 1;
        if (!Joined(j))
        {
            return default;
        }

        if (_w[j].Kind == DateLexKind.Today)
        {
            return Day(j + 1, _p, earlier ? "earlier-today" : "later-today");
        }

        if (_w[j].Kind != DateLexKind.This || !Joined(j + 1))
        {
            return default;
        }

        var n = _w[j + 1];
        if (n.Kind == DateLexKind.DayPart && n.Value == 0)
        {
            return Day(j + 2, _p, "this-daypart");
        }

        if (n.Kind != DateLexKind.Unit || n.Flag)
        {
            return default;
        }

        switch ((DateUnit)n.Value)
        {
            case DateUnit.Week:
                var monday = MondayOf(_p);
                return earlier
                    ? Range(j + 2, monday, _p, "earlier-this-week")
                    : Range(j + 2, _p, monday.AddDays(6), "later-this-week");
            case DateUnit.Month:
                return earlier
                    ? Range(j + 2, new DateOnly(_p.Year, _p.Month, 1), _p, "earlier-this-month")
                    : Range(j + 2, _p, LastDay(_p.Year, _p.Month), "later-this-month");
            case DateUnit.Year:
                return earlier
                    ? Range(j + 2, new DateOnly(_p.Year, 1, 1), _p, "earlier-this-year")
                    : Range(j + 2, _p, new DateOnly(_p.Year, 12, 31), "later-this-year");
            default:
                return default;
        }
    }

    // "early March", "mid-2016", "late last year", "the early 1990s", "late Monday".
    private DateHit MatchPart(int i)
    {
        var j = i + 1;
        if (j >= _w.Length || _w[i].Possessive || _w[j].GapBefore is not (GapKind.Space or GapKind.Hyphen))
        {
            return default;
        }

        var part = _w[i].Value;
        var n = _w[j];
        switch (n.Kind)
        {
            case DateLexKind.Month when n.Capitalized:
                if (MonthFirstDate(j).Found)
                {
                    return default; // "early August 20": the day itself is more precise; the month rule takes it
                }

                if (JoinedAt(j + 1, DateLexKind.Number) && IsYear(j + 1))
                {
                    return PartOfMonth(j + 2, _w[j + 1].Value, n.Value, part);
                }

                return PartOfMonth(j + 1, ResolveMonth(n.Value).Year, n.Value, part);
            case DateLexKind.Number when IsYear(j):
                return PartOfYear(j + 1, n.Value, part);
            case DateLexKind.Decade when IsDecade(n.Value):
                return PartOfDecade(j + 1, n.Value, part);
            case DateLexKind.Last or DateLexKind.This or DateLexKind.Next when JoinedAt(j + 1, DateLexKind.Unit) && !_w[j + 1].Flag:
                var shift = n.Kind == DateLexKind.Last ? -1 : n.Kind == DateLexKind.Next ? 1 : 0;
                return (DateUnit)_w[j + 1].Value switch
                {
                    DateUnit.Year => PartOfYear(j + 2, _p.Year + shift, part),
                    DateUnit.Month => PartOfMonth(j + 2, _p.AddMonths(shift).Year, _p.AddMonths(shift).Month, part),
                    _ => default,
                };
            case DateLexKind.Weekday when n.GapBefore == GapKind.Space:
                var (date, rule) = ResolveBareWeekday(n.Value);
                return Day(DayPartEnd(j + 1), date, rule);
            default:
                return default;
        }
    }

    private DateHit MatchBareWeekday(int i)
    {
        var w = _w[i];
        if (Joined(i) && _w[i - 1].Kind == DateLexKind.NamePrefix && _w[i - 1].Capitalized)
        {
            return default; // "Black Friday", "Cyber Monday"
        }

        // "Sunday Times", "the Sunday Times": a weekday before a capitalized word starts a name unless a
        // preposition or a lowercase word ("said Tuesday Ebola ...") shows it is adverbial.
        var adverbial = Joined(i) && (PrepAt(i - 1) != 0 || (!_w[i - 1].Capitalized && _w[i - 1].Kind != DateLexKind.The));
        if (!adverbial && StartsName(i + 1))
        {
            return default;
        }

        // "Monday, March 3" and "Monday 3 March": the explicit date decides.
        if (!w.Possessive && i + 1 < _w.Length && _w[i + 1].GapBefore is GapKind.Space or GapKind.Comma)
        {
            var explicitDate = _w[i + 1].Kind switch
            {
                DateLexKind.Month => MonthFirstDate(i + 1),
                DateLexKind.Number => DayFirstDate(i + 1),
                _ => default,
            };
            if (explicitDate.Found)
            {
                return explicitDate with { Rule = "weekday-date" };
            }
        }

        var (date, rule) = ResolveBareWeekday(w.Value);
        return Day(DayPartEnd(i + 1), date, rule);
    }

    private DateHit MatchMonth(int i)
    {
        var w = _w[i];
        if (!w.Capitalized)
        {
            return default; // "they may meet", "protesters march"
        }

        var explicitDate = MonthFirstDate(i);
        if (explicitDate.Found)
        {
            return explicitDate;
        }

        // "December 2016", "May, 2010".
        if (!w.Possessive && i + 1 < _w.Length && _w[i + 1].GapBefore is GapKind.Space or GapKind.Comma && IsYear(i + 1))
        {
            return Month(i + 2, _w[i + 1].Value, w.Value, "month-year");
        }

        if (!w.Possessive && OfFollows(i + 1))
        {
            // "December of 2009", "November of last year".
            if (JoinedAt(i + 2, DateLexKind.Number) && IsYear(i + 2))
            {
                return Month(i + 3, _w[i + 2].Value, w.Value, "month-year");
            }

            if (RelativeYear(i + 2, out var ofYear))
            {
                return Month(i + 4, ofYear, w.Value, "month-relative-year");
            }
        }

        if (!w.Possessive && JoinedAt(i + 1, DateLexKind.Number) && _w[i + 1].Value is >= 1 and <= 31)
        {
            return default; // "February 30": an impossible date is no month either
        }

        if (i + 1 < _w.Length && _w[i + 1].GapBefore == GapKind.Hyphen)
        {
            return default; // "Mar-a-Lago"
        }

        var prep = Joined(i) ? PrepAt(i - 1) : 0;
        if (w.Flag && (!IsStrongMonthPrep(prep) || w.Possessive || StartsName(i + 1)))
        {
            return default; // "Theresa May", "a letter to May", "May's government", "Jan Kubis"
        }

        if (prep == 0 && StartsName(i + 1))
        {
            return default; // "August Strindberg"
        }

        if (!w.Possessive && RelativeYear(i + 1, out var relativeYear))
        {
            return Month(i + 3, relativeYear, w.Value, "month-relative-year"); // "in May last year"
        }

        var (year, rule) = ResolveMonth(w.Value);
        return Month(i + 1, year, w.Value, rule);
    }

    private DateHit MatchNumber(int i)
    {
        var w = _w[i];
        if (SlashAround(i))
        {
            return default; // "03/03/2016" is ambiguous between day-first and month-first
        }

        var explicitDate = DayFirstDate(i);
        if (explicitDate.Found)
        {
            return explicitDate;
        }

        if (w.Possessive && TheBefore(i) && IsDecade(w.Value) && !w.Ordinal)
        {
            return Decade(i + 1, w.Value, "decade"); // "the 1990's"
        }

        var ago = MatchAgo(i);
        if (ago.Found)
        {
            return ago;
        }

        if (!IsYear(i))
        {
            return default;
        }

        var prep = Joined(i) ? PrepAt(i - 1) : 0;
        if (prep is DatePrep.From or DatePrep.Between && Joined(i + 1) && Joined(i + 2) && IsYear(i + 2) && _w[i + 2].Value >= w.Value
            && (_w[i + 1].Kind == DateLexKind.And || PrepAt(i + 1) is DatePrep.To or DatePrep.Until or DatePrep.Through))
        {
            return Range(i + 3, new DateOnly(w.Value, 1, 1), new DateOnly(_w[i + 2].Value, 12, 31), "year-range");
        }

        var before = Joined(i) && _w[i - 1].Kind is DateLexKind.Before or DateLexKind.After;
        var loose = prep is DatePrep.Of or DatePrep.For or DatePrep.To or DatePrep.Around or DatePrep.Between;
        var strong = prep is DatePrep.In or DatePrep.Since or DatePrep.Until or DatePrep.By or DatePrep.From
            or DatePrep.During or DatePrep.Through;
        if (!strong && !before && !loose)
        {
            return default;
        }

        // After "of" or "for" a number followed by a lowercase noun is a count: "a total of 2000 people".
        if (loose && Joined(i + 1) && _w[i + 1].Kind == DateLexKind.None && !_w[i + 1].Capitalized)
        {
            return default;
        }

        return Year(i + 1, w.Value, "year-in");
    }

    private DateHit MatchAgo(int i)
    {
        if (!TryCount(i, allowArticle: true, out var n, out var k) || !JoinedAt(k, DateLexKind.Unit) || !JoinedAt(k + 1, DateLexKind.Ago))
        {
            return default;
        }

        var end = k + 2;
        switch ((DateUnit)_w[k].Value)
        {
            case DateUnit.Hour:
                return Day(end, _p.AddDays(-(n / 24)), "ago-hours");
            case DateUnit.Day:
                return Day(end, _p.AddDays(-n), "ago-days");
            case DateUnit.Week:
                return Week(end, MondayOf(_p.AddDays(-7 * n)), "ago-weeks");
            case DateUnit.Month:
                return MonthOf(end, _p.AddMonths(-n), "ago-months");
            case DateUnit.Year:
                return _p.Year - n >= 1 ? Year(end, _p.Year - n, "ago-years") : default;
            case DateUnit.Decade:
                return _p.Year - (10 * n) >= 1 ? Year(end, _p.Year - (10 * n), "ago-decades") : default;
            default:
                return default;
        }
    }

    // "March 3", "Jan. 3", "March 3rd", "March 3, 2016".
    private DateHit MonthFirstDate(int i)
    {
        var j = i + 1;
        if (!_w[i].Capitalized || _w[i].Possessive || j >= _w.Length
            || _w[j].GapBefore is not (GapKind.Space or GapKind.Period)
            || _w[j].Kind != DateLexKind.Number || _w[j].Value is < 1 or > 31 || SlashAround(j))
        {
            return default;
        }

        var month = _w[i].Value;
        var day = _w[j].Value;
        var k = j + 1;
        if (!_w[j].Possessive && k < _w.Length && _w[k].GapBefore is GapKind.Space or GapKind.Comma && IsYear(k))
        {
            return day <= DateTime.DaysInMonth(_w[k].Value, month)
                ? Day(k + 1, new DateOnly(_w[k].Value, month, day), "month-day-year")
                : default;
        }

        if (!_w[j].Possessive && RelativeYear(j + 1, out var relativeYear))
        {
            return day <= DateTime.DaysInMonth(relativeYear, month)
                ? Day(j + 3, new DateOnly(relativeYear, month, day), "date-relative-year")
                : default;
        }

        return DayMonth(j + 1, month, day, "month-day");
    }

    // "3 March", "3rd of March", "3 March 2016".
    private DateHit DayFirstDate(int i)
    {
        var w = _w[i];
        if (w.Kind != DateLexKind.Number || w.Value is < 1 or > 31 || w.Possessive || SlashAround(i))
        {
            return default;
        }

        var j = i + 1;
        if (w.Ordinal && PrepAt(j) == DatePrep.Of && Joined(j))
        {
            j++;
        }

        if (!JoinedAt(j, DateLexKind.Month) || !_w[j].Capitalized)
        {
            return default;
        }

        var month = _w[j].Value;
        var k = j + 1;
        if (!_w[j].Possessive && k < _w.Length && _w[k].GapBefore is GapKind.Space or GapKind.Comma && IsYear(k))
        {
            return w.Value <= DateTime.DaysInMonth(_w[k].Value, month)
                ? Day(k + 1, new DateOnly(_w[k].Value, month, w.Value), "day-month-year")
                : default;
        }

        if (!_w[j].Possessive && RelativeYear(j + 1, out var relativeYear))
        {
            return w.Value <= DateTime.DaysInMonth(relativeYear, month)
                ? Day(j + 3, new DateOnly(relativeYear, month, w.Value), "date-relative-year")
                : default;
        }

        return DayMonth(j + 1, month, w.Value, "day-month");
    }

    // A day and month without a year: the most recent on or before publication (future: the next on or after).
    private DateHit DayMonth(int end, int month, int day, string rule)
    {
        var year = _p.Year;
        var later = month > _p.Month || (month == _p.Month && day > _p.Day);
        var earlier = month < _p.Month || (month == _p.Month && day < _p.Day);
        if (!_future && later)
        {
            year--;
        }
        else if (_future && earlier)
        {
            year++;
        }

        return day <= DateTime.DaysInMonth(year, month) ? Day(end, new DateOnly(year, month, day), rule) : default;
    }

    private (DateOnly Date, string Rule) ResolveBareWeekday(int dayOfWeek)
    {
        if (_future)
        {
            // "due to meet on Friday" in a Friday paper is that day, as "met on Friday" is in the past reading.
            return (OnOrAfter(dayOfWeek), "weekday-future");
        }

        var back = OnOrBefore(dayOfWeek);
        if (_o.AssumePastForBareWeekday)
        {
            return (back, "weekday-past");
        }

        var forward = OnOrAfter(dayOfWeek);
        return _p.DayNumber - back.DayNumber <= forward.DayNumber - _p.DayNumber
            ? (back, "weekday-nearest")
            : (forward, "weekday-nearest");
    }

    private (int Year, string Rule) ResolveMonth(int month) => _future
        ? (month >= _p.Month ? _p.Year : _p.Year + 1, "month-future")
        : (month <= _p.Month ? _p.Year : _p.Year - 1, "month-past");

    private DateHit PartOfMonth(int end, int year, int month, int part)
    {
        var (from, to) = part switch { 0 => (1, 10), 1 => (11, 20), _ => (21, DateTime.DaysInMonth(year, month)) };
        var rule = part switch { 0 => "early-month", 1 => "mid-month", _ => "late-month" };
        return Range(end, new DateOnly(year, month, from), new DateOnly(year, month, to), rule);
    }

    private static DateHit PartOfYear(int end, int year, int part) => part switch
    {
        0 => Range(end, new DateOnly(year, 1, 1), new DateOnly(year, 4, 30), "early-year"),
        1 => Range(end, new DateOnly(year, 5, 1), new DateOnly(year, 8, 31), "mid-year"),
        _ => Range(end, new DateOnly(year, 9, 1), new DateOnly(year, 12, 31), "late-year"),
    };

    private static DateHit PartOfDecade(int end, int year, int part) => part switch
    {
        0 => Range(end, new DateOnly(year, 1, 1), new DateOnly(year + 3, 12, 31), "early-decade"),
        1 => Range(end, new DateOnly(year + 4, 1, 1), new DateOnly(year + 6, 12, 31), "mid-decade"),
        _ => Range(end, new DateOnly(year + 7, 1, 1), new DateOnly(year + 9, 12, 31), "late-decade"),
    };

    private DateHit LastWeekend(int end)
    {
        var sunday = Before((int)DayOfWeek.Sunday);
        return Range(end, sunday.AddDays(-1), sunday, "last-weekend");
    }

    // The weekend of the publication week when published on it, else the coming one; plus extra days.
    private DateHit ThisWeekend(int end, int extraDays, string rule)
    {
        var saturday = _p.DayOfWeek switch
        {
            DayOfWeek.Saturday => _p,
            DayOfWeek.Sunday => _p.AddDays(-1),
            _ => After((int)DayOfWeek.Saturday),
        };
        saturday = saturday.AddDays(extraDays);
        return Range(end, saturday, saturday.AddDays(1), rule);
    }

    private DateHit SpanBack(int end, DateUnit unit, int count, string rule) =>
        Shift(unit, -count) is { } from ? Range(end, from, _p, rule) : default;

    private DateOnly? Shift(DateUnit unit, int count)
    {
        var years = unit switch { DateUnit.Year => count, DateUnit.Decade => 10 * count, _ => 0 };
        if (_p.Year + years is < 1 or > 9999)
        {
            return null;
        }

        return unit switch
        {
            DateUnit.Hour => _p.AddDays(count < 0 ? -((-count + 23) / 24) : (count + 23) / 24),
            DateUnit.Day => _p.AddDays(count),
            DateUnit.Week => _p.AddDays(7 * count),
            DateUnit.Month => _p.AddMonths(count),
            _ => _p.AddYears(years),
        };
    }

    private bool TryCount(int j, bool allowArticle, out int count, out int next)
    {
        count = 0;
        next = j + 1;
        if (j >= _w.Length)
        {
            return false;
        }

        var w = _w[j];
        switch (w.Kind)
        {
            case DateLexKind.Number when !w.Ordinal && !w.Possessive && !SlashAround(j):
            case DateLexKind.Count:
                count = w.Value;
                break;
            case DateLexKind.Few:
                count = _o.FewCount;
                break;
            case DateLexKind.Couple:
                count = 2;
                next = PrepAt(j + 1) == DatePrep.Of && Joined(j + 1) ? j + 2 : j + 1;
                break;
            case DateLexKind.Article when allowArticle:
                if (JoinedAt(j + 1, DateLexKind.Few))
                {
                    count = _o.FewCount;
                    next = j + 2;
                }
                else if (JoinedAt(j + 1, DateLexKind.Couple))
                {
                    count = 2;
                    next = PrepAt(j + 2) == DatePrep.Of && Joined(j + 2) ? j + 3 : j + 2;
                }
                else
                {
                    count = 1;
                }

                break;
            default:
                return false;
        }

        return count >= 1 && count <= _o.MaxCount;
    }

    // "last year", "this year", "next year" after a month or date.
    private bool RelativeYear(int j, out int year)
    {
        year = 0;
        if (!Joined(j) || !JoinedAt(j + 1, DateLexKind.Unit) || _w[j + 1].Flag || _w[j + 1].Value != (int)DateUnit.Year || OfFollows(j + 2))
        {
            return false;
        }

        var shift = _w[j].Kind switch { DateLexKind.Last => -1, DateLexKind.This => 0, DateLexKind.Next => 1, _ => 2 };
        year = _p.Year + shift;
        return shift != 2;
    }

    // "May", "March" and abbreviations are names or verbs after "to", "on" or "for": "a letter to May".
    private static bool IsStrongMonthPrep(DatePrep prep) => prep is DatePrep.In or DatePrep.Since or DatePrep.Until
        or DatePrep.By or DatePrep.From or DatePrep.During or DatePrep.Through or DatePrep.Of;

    // "the Today programme", "Radio 4's Today", "The Tonight Show": a title, not a day.
    private bool IsTitle(int i) => _w[i].Capitalized && i > 0 && _w[i].GapBefore == GapKind.Space && (StartsName(i + 1)
        || (i > 0 && _w[i].GapBefore == GapKind.Space && (_w[i - 1].Possessive || _w[i - 1].Kind == DateLexKind.The)));

    private bool IsYear(int j)
    {
        var w = _w[j];
        return w.Kind == DateLexKind.Number && !w.Ordinal && w.Value >= _o.MinYear && w.Value <= _o.MaxYear && !SlashAround(j);
    }

    private bool IsDecade(int year) => year >= _o.MinYear / 10 * 10 && year + 9 <= Math.Min(_o.MaxYear + 9, 9999);

    // Word j is joined to word j - 1 by whitespace only, and j - 1 does not end in a possessive.
    private bool Joined(int j) => j > 0 && j < _w.Length && _w[j].GapBefore == GapKind.Space && !_w[j - 1].Possessive;

    private bool JoinedAt(int j, DateLexKind kind) => Joined(j) && _w[j].Kind == kind;

    private DatePrep PrepAt(int j) => j >= 0 && j < _w.Length && _w[j].Kind == DateLexKind.Prep ? (DatePrep)_w[j].Value : 0;

    private bool TheBefore(int i) => Joined(i) && _w[i - 1].Kind == DateLexKind.The;

    private bool OfFollows(int j) => Joined(j) && PrepAt(j) == DatePrep.Of;

    private bool SlashAround(int j) => _w[j].GapBefore == GapKind.Slash || (j + 1 < _w.Length && _w[j + 1].GapBefore == GapKind.Slash);

    // A capitalized ordinary word right after: the date word is part of a name ("Sunday Times").
    private bool StartsName(int j) => Joined(j) && _w[j].Capitalized && _w[j].Kind is DateLexKind.None or DateLexKind.NamePrefix;

    private int DayPartEnd(int j) => JoinedAt(j, DateLexKind.DayPart) ? j + 1 : j;

    private DateOnly OnOrBefore(int dayOfWeek) => _p.AddDays(-(((int)_p.DayOfWeek - dayOfWeek + 7) % 7));

    private DateOnly Before(int dayOfWeek)
    {
        var back = ((int)_p.DayOfWeek - dayOfWeek + 7) % 7;
        return _p.AddDays(-(back == 0 ? 7 : back));
    }

    private DateOnly OnOrAfter(int dayOfWeek) => _p.AddDays((dayOfWeek - (int)_p.DayOfWeek + 7) % 7);

    private DateOnly After(int dayOfWeek)
    {
        var ahead = (dayOfWeek - (int)_p.DayOfWeek + 7) % 7;
        return _p.AddDays(ahead == 0 ? 7 : ahead);
    }

    // ISO weeks: Monday to Sunday.
    private static DateOnly MondayOf(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    private static DateOnly LastDay(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    private static DateHit Day(int end, DateOnly date, string rule) => new(end, date, DateGranularity.Day, null, rule);

    private static DateHit Week(int end, DateOnly monday, string rule) => new(end, monday, DateGranularity.Week, monday.AddDays(6), rule);

    private static DateHit Month(int end, int year, int month, string rule) =>
        new(end, new DateOnly(year, month, 1), DateGranularity.Month, LastDay(year, month), rule);

    private static DateHit MonthOf(int end, DateOnly day, string rule) => Month(end, day.Year, day.Month, rule);

    private static DateHit Year(int end, int year, string rule) =>
        new(end, new DateOnly(year, 1, 1), DateGranularity.Year, new DateOnly(year, 12, 31), rule);

    private static DateHit Range(int end, DateOnly from, DateOnly to, string rule) => new(end, from, DateGranularity.Range, to, rule);

    private static DateHit Decade(int end, int year, string rule) => Range(end, new DateOnly(year, 1, 1), new DateOnly(year + 9, 12, 31), rule);
}
