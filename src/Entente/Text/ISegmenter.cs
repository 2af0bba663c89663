using Entente.Model;

namespace Entente.Text;

/// <summary>Splits the kept ranges of a document into sentences and tokens with offsets into its text.</summary>
public interface ISegmenter
{
    /// <summary>Segments only inside <paramref name="kept"/>; a sentence never spans two kept ranges.</summary>
    SegmentedDocument Segment(Document document, IReadOnlyList<TextRange> kept);
}
