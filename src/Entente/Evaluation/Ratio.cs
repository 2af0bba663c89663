namespace Entente.Evaluation;

/// <summary>Precision, recall and F1 arithmetic with the empty-denominator convention (0).</summary>
internal static class Ratio
{
    public static double Of(int numerator, int denominator) =>
        denominator == 0 ? 0 : (double)numerator / denominator;

    public static double F1(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
