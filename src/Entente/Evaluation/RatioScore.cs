namespace Entente.Evaluation;

/// <summary>An accuracy: correct cases out of those it applies to.</summary>
/// <param name="Correct">Cases scored right.</param>
/// <param name="Total">Cases the figure applies to.</param>
public sealed record RatioScore(int Correct, int Total)
{
    /// <summary>Correct / total, or null when no case applies.</summary>
    public double? Accuracy => Total == 0 ? null : (double)Correct / Total;
}
