namespace Entente.Coding;

/// <summary>A place the sentence puts something in ("in Gaza", "near the border in Afghanistan"): where it starts and its country.</summary>
/// <param name="Start">Character offset of the place mention.</param>
/// <param name="Country">The place's country key.</param>
public sealed record SentenceLocation(int Start, string Country);
