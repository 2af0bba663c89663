using Entente.Model;

namespace Entente.Dates;

/// <summary>Finds and resolves date expressions ("on Monday", "last December", "March 3") in one sentence.</summary>
public interface IDateResolver
{
    /// <summary>The date expressions of <paramref name="sentence"/>, in text order; relative ones resolve against <paramref name="publication"/>.</summary>
    IReadOnlyList<DateExpression> Find(SegmentedDocument document, Sentence sentence, DateOnly publication);
}
