namespace Entente.Evaluation;

/// <summary>Figures for the records of one category (PETRARCH DEMO, ACTOR, VERB ...; "-" when records have none).</summary>
/// <param name="Category">The category.</param>
/// <param name="Records">Records in the category.</param>
/// <param name="Gold">Gold events.</param>
/// <param name="Predicted">Predicted events scored.</param>
/// <param name="CodeMatches">Pairs matched at L1.</param>
/// <param name="RootMatches">Pairs matched at L2 or better.</param>
/// <param name="DyadMatches">Pairs matched at L3 or better.</param>
/// <param name="NoEvent">No-event records of the category with nothing predicted, out of its no-event records.</param>
public sealed record CategoryScore(
    string Category,
    int Records,
    int Gold,
    int Predicted,
    int CodeMatches,
    int RootMatches,
    int DyadMatches,
    RatioScore NoEvent)
{
    /// <summary>F1 at L1.</summary>
    public double CodeF1 => Ratio.F1(Ratio.Of(CodeMatches, Predicted), Ratio.Of(CodeMatches, Gold));

    /// <summary>F1 at L2.</summary>
    public double RootF1 => Ratio.F1(Ratio.Of(RootMatches, Predicted), Ratio.Of(RootMatches, Gold));

    /// <summary>F1 at L3.</summary>
    public double DyadF1 => Ratio.F1(Ratio.Of(DyadMatches, Predicted), Ratio.Of(DyadMatches, Gold));
}
