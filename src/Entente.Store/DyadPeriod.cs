namespace Entente.Store;

/// <summary>One period of a dyad series in one direction.</summary>
/// <param name="Period">First day of the period.</param>
/// <param name="Direction">Which way the counted events go.</param>
/// <param name="Total">Events (or clusters) counted.</param>
/// <param name="VerbalCooperation">Quad class 1.</param>
/// <param name="MaterialCooperation">Quad class 2.</param>
/// <param name="VerbalConflict">Quad class 3.</param>
/// <param name="MaterialConflict">Quad class 4.</param>
/// <param name="GoldsteinSum">Sum of Goldstein values.</param>
/// <param name="GoldsteinMean">Mean Goldstein value (0 when <paramref name="Total"/> is 0).</param>
/// <param name="Contexts">Counts per PLOVER context (an event counts once in each of its contexts).</param>
/// <param name="Roots">Counts per CAMEO root ("04").</param>
public sealed record DyadPeriod(
    DateOnly Period,
    DyadDirection Direction,
    long Total,
    long VerbalCooperation,
    long MaterialCooperation,
    long VerbalConflict,
    long MaterialConflict,
    double GoldsteinSum,
    double GoldsteinMean,
    IReadOnlyDictionary<string, long> Contexts,
    IReadOnlyDictionary<string, long> Roots);
