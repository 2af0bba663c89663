using System.Collections.Frozen;

namespace Entente.Dates;

/// <summary>The resolver's keyword table: a frozen, case-insensitive dictionary looked up by span.</summary>
internal sealed class DateLexicon
{
    /// <summary>Longest key; longer words are not looked up at all.</summary>
    public const int MaxKeyLength = 10;

    private readonly FrozenDictionary<string, DateLex>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private DateLexicon(FrozenDictionary<string, DateLex> entries) =>
        _lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The built-in English table (immutable, shared).</summary>
    public static DateLexicon English { get; } = new(BuildEnglish());

    public DateLex Find(ReadOnlySpan<char> word) =>
        word.Length <= MaxKeyLength && _lookup.TryGetValue(word, out var lex) ? lex : default;

    /// <summary>Whether <paramref name="word"/> is a day of the week ("Tuesday", any case).</summary>
    public bool IsWeekday(ReadOnlySpan<char> word) => Find(word).Kind == DateLexKind.Weekday;

    private static FrozenDictionary<string, DateLex> BuildEnglish()
    {
        var d = new Dictionary<string, DateLex>(StringComparer.OrdinalIgnoreCase);
        string[] weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
        for (var i = 0; i < weekdays.Length; i++)
        {
            d[weekdays[i]] = new(DateLexKind.Weekday, i);
        }

        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (var i = 0; i < months.Length; i++)
        {
            // "May" and "March" are also a verb, a name and a noun: they need date context.
            d[months[i]] = new(DateLexKind.Month, i + 1, Flag: i is 2 or 4);
        }

        // Abbreviations are names too ("Jan Kubis") or verbs ("mar"): always need context.
        (string Key, int Month)[] abbreviations =
        [
            ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
            ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
        ];
        foreach (var (key, month) in abbreviations)
        {
            d[key] = new(DateLexKind.Month, month, Flag: true);
        }

        string[] counts = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
        for (var i = 0; i < counts.Length; i++)
        {
            d[counts[i]] = new(DateLexKind.Count, i + 1);
        }

        (string Key, DateUnit Unit)[] units =
        [
            ("hour", DateUnit.Hour), ("day", DateUnit.Day), ("week", DateUnit.Week),
            ("month", DateUnit.Month), ("year", DateUnit.Year), ("decade", DateUnit.Decade),
        ];
        foreach (var (key, unit) in units)
        {
            d[key] = new(DateLexKind.Unit, (int)unit);
            d[key + "s"] = new(DateLexKind.Unit, (int)unit, Flag: true);
        }

        (string Key, DatePrep Prep)[] preps =
        [
            ("on", DatePrep.On), ("in", DatePrep.In), ("at", DatePrep.At), ("since", DatePrep.Since),
            ("until", DatePrep.Until), ("till", DatePrep.Until), ("by", DatePrep.By), ("from", DatePrep.From),
            ("during", DatePrep.During), ("over", DatePrep.Over), ("for", DatePrep.For),
            ("through", DatePrep.Through), ("throughout", DatePrep.Through), ("of", DatePrep.Of),
            ("between", DatePrep.Between), ("to", DatePrep.To), ("around", DatePrep.Around),
        ];
        foreach (var (key, prep) in preps)
        {
            d[key] = new(DateLexKind.Prep, (int)prep);
        }

        d["a"] = new(DateLexKind.Article, 1);
        d["an"] = new(DateLexKind.Article, 1);
        d["few"] = new(DateLexKind.Few, 0);
        d["several"] = new(DateLexKind.Few, 0);
        d["couple"] = new(DateLexKind.Couple, 2);
        d["today"] = new(DateLexKind.Today, 0);
        d["tonight"] = new(DateLexKind.Tonight, 0);
        d["yesterday"] = new(DateLexKind.Yesterday, 0);
        d["tomorrow"] = new(DateLexKind.Tomorrow, 0);
        d["morning"] = new(DateLexKind.DayPart, 0);
        d["afternoon"] = new(DateLexKind.DayPart, 0);
        d["evening"] = new(DateLexKind.DayPart, 0);
        d["night"] = new(DateLexKind.DayPart, 1);
        d["weekend"] = new(DateLexKind.Weekend, 0);
        d["last"] = new(DateLexKind.Last, 0);
        d["this"] = new(DateLexKind.This, 0);
        d["next"] = new(DateLexKind.Next, 0);
        d["past"] = new(DateLexKind.Past, 0);
        d["recent"] = new(DateLexKind.Recent, 0);
        d["earlier"] = new(DateLexKind.Earlier, 0);
        d["later"] = new(DateLexKind.Later, 0);
        d["early"] = new(DateLexKind.Part, 0);
        d["mid"] = new(DateLexKind.Part, 1);
        d["late"] = new(DateLexKind.Part, 2);
        d["ago"] = new(DateLexKind.Ago, 0);
        d["the"] = new(DateLexKind.The, 0);
        d["before"] = new(DateLexKind.Before, 0);
        d["and"] = new(DateLexKind.And, 0);
        d["after"] = new(DateLexKind.After, 0);
        foreach (var key in (string[])["black", "cyber", "good", "holy", "ash", "palm", "easter", "giving", "bloody", "super", "maundy"])
        {
            d[key] = new(DateLexKind.NamePrefix, 0);
        }

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
