using Entente.Model;

namespace Entente.Dates;

/// <summary>Finds and resolves date expressions ("on Monday", "last December", "March 3") in one sentence.</summary>
public interface IDateResolver
{
    /// <summary>The date expressions of <paramref name="sentence"/>, in text order; relative ones resolve against <paramref name="publication"/>.</summary>
    IReadOnlyList<DateExpression> Find(SegmentedDocument document, Sentence sentence, DateOnly publication);

    /// <summary>As <see cref="Find(SegmentedDocument, Sentence, DateOnly)"/>, for a clause about what is still to come when
    /// <paramref name="futureContext"/> is true: expressions without a direction of their own ("in May", "on Monday") then
    /// resolve to their next occurrence instead of the last one.</summary>
    IReadOnlyList<DateExpression> Find(SegmentedDocument document, Sentence sentence, DateOnly publication, bool futureContext);
}
