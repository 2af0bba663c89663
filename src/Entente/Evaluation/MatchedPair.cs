namespace Entente.Evaluation;

/// <summary>A gold event and the predicted event matched to it, with the level of agreement.</summary>
/// <param name="Gold">The gold event.</param>
/// <param name="Predicted">The predicted event.</param>
/// <param name="Level">Best level at which they agree.</param>
/// <param name="GoldClass">Root (or PLOVER type) of the gold alternative that matched.</param>
public sealed record MatchedPair(GoldEvent Gold, PredictedEvent Predicted, MatchLevel Level, string GoldClass);
