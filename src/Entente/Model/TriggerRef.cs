namespace Entente.Model;

/// <summary>The words that expressed the action, with offsets into the document.</summary>
public sealed record TriggerRef(string Text, int Start, int End);
