namespace Entente.Model;

/// <summary>One line of the explanation trail: which stage decided what, for which sentence (-1 for the document).</summary>
public sealed record TraceEntry(string Stage, int Sentence, string Message);
