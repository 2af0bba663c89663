namespace Entente.Evaluation;

/// <summary>Micro-averaged figures at one match level: TP = pairs matched at this level or better.</summary>
/// <param name="Level">The match level.</param>
/// <param name="TruePositives">Matched pairs at this level or better.</param>
/// <param name="Predicted">Predicted events scored (after document dedupe).</param>
/// <param name="Gold">Gold events.</param>
public sealed record LevelScore(MatchLevel Level, int TruePositives, int Predicted, int Gold)
{
    /// <summary>TP / predicted (0 when nothing was predicted).</summary>
    public double Precision => Ratio.Of(TruePositives, Predicted);

    /// <summary>TP / gold (0 when there is no gold event).</summary>
    public double Recall => Ratio.Of(TruePositives, Gold);

    /// <summary>2PR / (P + R).</summary>
    public double F1 => Ratio.F1(Precision, Recall);
}
