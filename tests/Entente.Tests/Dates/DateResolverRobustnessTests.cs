using System.Text;
using Entente.Dates;

namespace Entente.Tests.Dates;

public sealed class DateResolverRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "Monday", "Sunday’s", "May", "march", "Jan.", "Sept", "December", "the", "last", "this", "next", "past", "recent",
        "earlier", "later", "early", "mid-", "late", "ago", "since", "in", "on", "of", "a", "few", "couple", "two", "twelve",
        "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "hours", "today", "tonight",
        "yesterday", "tomorrow", "morning", "night", "weekend", "before", "after", "3", "31", "3rd", "0", "99999", "2016",
        "1800", "2199", "1990s", "0000s", "2016-02-29", "2017-02-29", "12/03", ",", ".", ";", "’s", "-", "Times", "Black",
    ];

    [Fact]
    public void Random_keyword_soup_never_throws_and_keeps_the_invariants()
    {
        var random = new Random(20170118);
        var resolver = new DateResolver();
        var text = new StringBuilder();
        for (var round = 0; round < 20_000; round++)
        {
            text.Clear();
            var length = random.Next(1, 14);
            for (var i = 0; i < length; i++)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(4) == 0 ? "" : " ");
            }

            var sentence = text.ToString();
            var publication = DateOnly.FromDayNumber(random.Next(new DateOnly(1900, 1, 1).DayNumber, new DateOnly(2100, 12, 31).DayNumber));
            var found = resolver.Find(sentence.AsSpan(), 0, publication, futureContext: random.Next(2) == 0);

            for (var k = 0; k < found.Count; k++)
            {
                var e = found[k];
                Assert.True(e.Start >= 0 && e.End <= sentence.Length && e.Start < e.End, $"{sentence} → {e}");
                Assert.True(k == 0 || found[k - 1].End <= e.Start, $"{sentence} → overlap at {e}");
                Assert.True(e.Granularity == DateGranularity.Day ? e.RangeEnd is null : e.RangeEnd >= e.Date, $"{sentence} @ {publication} → {e}");
            }
        }
    }
}
