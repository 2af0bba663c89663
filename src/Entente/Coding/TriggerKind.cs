namespace Entente.Coding;

/// <summary>Whether a pattern's head word is a verb or a noun (nominal events such as "the meeting", "talks").</summary>
public enum TriggerKind : byte
{
    Verb,
    Noun,
}
