namespace Entente.Store;

/// <summary>How an actor pair related over a range, both directions together.</summary>
/// <param name="A">The actor key that sorts first.</param>
/// <param name="B">The other actor key.</param>
/// <param name="Total">Events (or clusters) between them.</param>
/// <param name="Cooperation">Quad classes 1 and 2.</param>
/// <param name="Conflict">Quad classes 3 and 4.</param>
/// <param name="NetCooperation">(Cooperation − Conflict) / Total, from −1 (all conflict) to +1 (all cooperation).</param>
/// <param name="GoldsteinMean">Mean Goldstein value.</param>
public sealed record AlignmentCell(string A, string B, long Total, long Cooperation, long Conflict, double NetCooperation, double GoldsteinMean);
