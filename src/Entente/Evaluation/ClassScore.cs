namespace Entente.Evaluation;

/// <summary>One row of the per-root table: how well one CAMEO root (or PLOVER type) is coded.</summary>
/// <param name="Class">CAMEO root ("04") or PLOVER type.</param>
/// <param name="Gold">Gold events of this class (the matched alternative's class, else the preferred one).</param>
/// <param name="Predicted">Predicted events of this class.</param>
/// <param name="Matched">Pairs matched at root level or better with this class.</param>
public sealed record ClassScore(string Class, int Gold, int Predicted, int Matched)
{
    /// <summary>Matched / predicted.</summary>
    public double Precision => Ratio.Of(Matched, Predicted);

    /// <summary>Matched / gold.</summary>
    public double Recall => Ratio.Of(Matched, Gold);

    /// <summary>2PR / (P + R).</summary>
    public double F1 => Ratio.F1(Precision, Recall);
}
