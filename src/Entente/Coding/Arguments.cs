using Entente.Model;

namespace Entente.Coding;

/// <summary>The mentions found for a match's source and target, and how.</summary>
/// <param name="Source">Source mentions (several for a compound subject).</param>
/// <param name="Target">Target mentions (empty when none was found).</param>
/// <param name="Reciprocal">Code every pair in both directions.</param>
/// <param name="Passive">The trigger was a passive verb: the subject is the target.</param>
/// <param name="How">Which rule found the source, for the trace ("subject", "between", "possessive", "passive" ...).</param>
/// <param name="Couples">For "clashes between A and B, C and D": the only pairs a reciprocal act joins (null: every pair).</param>
public sealed record Arguments(IReadOnlyList<Mention> Source, IReadOnlyList<Mention> Target, bool Reciprocal, bool Passive, string How,
    IReadOnlyList<(Mention A, Mention B)>? Couples = null);
