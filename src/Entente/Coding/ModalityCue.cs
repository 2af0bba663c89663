using Entente.Model;

namespace Entente.Coding;

/// <summary>The modality decided for a trigger and the word that decided it (null when asserted by default).</summary>
public readonly record struct ModalityCue(Modality Modality, string? Cue);
