namespace Entente.Dictionaries;

/// <summary>A longest dictionary match inside a sentence, before combination (token positions are relative to the sentence).</summary>
internal readonly record struct RecognizerItem(int First, int Count, int Node, bool Possessive)
{
    public int End => First + Count;
}
