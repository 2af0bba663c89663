namespace Entente.Store;

/// <summary>The alignment matrix of a date range: every related pair, and the strongest partnerships and rivalries.</summary>
/// <param name="Actors">Actor keys that appear in <paramref name="Pairs"/>, sorted.</param>
/// <param name="Pairs">One cell per pair with at least the minimum number of events, sorted by actor keys.</param>
/// <param name="Partnerships">Pairs with the highest net cooperation (positive only), best first.</param>
/// <param name="Rivalries">Pairs with the lowest net cooperation (negative only), worst first.</param>
public sealed record AlignmentResult(
    IReadOnlyList<string> Actors,
    IReadOnlyList<AlignmentCell> Pairs,
    IReadOnlyList<AlignmentCell> Partnerships,
    IReadOnlyList<AlignmentCell> Rivalries)
{
    /// <summary>The cell of a pair in either order, or null when the pair is not in the matrix.</summary>
    public AlignmentCell? Cell(string a, string b)
    {
        var (x, y) = string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
        foreach (var cell in Pairs)
        {
            if (cell.A == x && cell.B == y)
            {
                return cell;
            }
        }

        return null;
    }
}
