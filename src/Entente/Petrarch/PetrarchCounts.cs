namespace Entente.Petrarch;

/// <summary>What one PETRARCH import produced and how long it took.</summary>
/// <param name="EntriesByKind">Imported dictionary entries by kind name ("Country", "Person", "Agent" ...).</param>
/// <param name="Patterns">Event patterns made from the verbs file.</param>
/// <param name="NullPatterns">Of <paramref name="Patterns"/>, those with a null code (<see cref="Coding.EventPattern.CodesNothing"/>).</param>
/// <param name="Discards">Discard phrases (sentence and story level).</param>
/// <param name="Unmapped">Constructs approximated or dropped, by construct name.</param>
/// <param name="LoadTime">Wall time of reading and converting the files.</param>
public sealed record PetrarchCounts(
    IReadOnlyDictionary<string, int> EntriesByKind,
    int Patterns,
    int NullPatterns,
    int Discards,
    IReadOnlyDictionary<string, int> Unmapped,
    TimeSpan LoadTime)
{
    /// <summary>All imported dictionary entries.</summary>
    public int Entries => EntriesByKind.Values.Sum();

    /// <summary>All approximated or dropped constructs.</summary>
    public int UnmappedTotal => Unmapped.Values.Sum();
}
