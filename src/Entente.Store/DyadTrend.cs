using Entente.Model;

namespace Entente.Store;

/// <summary>How a pair's relation changed between two periods, and the events of the later period that drove it.</summary>
/// <param name="Before">The pair in the first period.</param>
/// <param name="After">The pair in the second period.</param>
/// <param name="Change">Net cooperation after minus before: positive warmed, negative cooled.</param>
/// <param name="GoldsteinChange">Mean Goldstein after minus before.</param>
/// <param name="Drivers">Events of the second period most in the direction of the change.</param>
public sealed record DyadTrend(AlignmentCell Before, AlignmentCell After, double Change, double GoldsteinChange, IReadOnlyList<CodedEvent> Drivers);
