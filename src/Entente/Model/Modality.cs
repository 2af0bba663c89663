namespace Entente.Model;

/// <summary>Whether an event happened, as EVAL.md defines the four values.</summary>
public enum Modality : byte
{
    /// <summary>It happened or is happening.</summary>
    Asserted,
    /// <summary>The text says explicitly that it did not happen.</summary>
    Negated,
    /// <summary>Announced, planned or expected.</summary>
    Future,
    /// <summary>Conditional, wished for, urged or argued.</summary>
    Hypothetical,
}
