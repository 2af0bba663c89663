namespace Entente.Dictionaries;

/// <summary>The text of one dictionary file and the name it is reported under (a file name or resource name).</summary>
public sealed record DictionarySource(string Name, string Text);
