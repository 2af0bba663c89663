using Entente.Model;

namespace Entente.Dictionaries;

/// <summary>Finds actor, agent, collective and place mentions in a segmented document using compiled dictionaries.</summary>
public interface IRecognizer
{
    /// <summary>All mentions, ordered by start offset; overlapping matches are resolved longest-first.</summary>
    IReadOnlyList<Mention> Recognize(SegmentedDocument document);
}
