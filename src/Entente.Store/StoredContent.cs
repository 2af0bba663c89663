using Entente.Model;

namespace Entente.Store;

/// <summary>What of a coded document a store keeps under a <see cref="SentenceScope"/>.</summary>
public static class StoredContent
{
    /// <summary>Whether the sentence's row (and its mentions' rows) are written under <paramref name="scope"/>.</summary>
    public static bool Keeps(SentenceScope scope, IReadOnlyList<CodedEvent> events, int sentence) =>
        scope == SentenceScope.All || HasEvent(events, sentence);

    /// <summary>The document without what the store will not write: its tokens (sentences keep their offsets, with no
    /// tokens), its trace, and the mentions outside the kept sentences. Events and sentence offsets are unchanged.</summary>
    public static CodedDocument Trim(CodedDocument document, SentenceScope scope)
    {
        ArgumentNullException.ThrowIfNull(document);
        var source = document.Segmented.Sentences;
        var sentences = new Sentence[source.Count];
        for (var i = 0; i < sentences.Length; i++)
        {
            sentences[i] = source[i] with { FirstToken = 0, TokenCount = 0 };
        }

        var mentions = document.Mentions;
        if (scope != SentenceScope.All)
        {
            var kept = new List<Mention>();
            foreach (var m in document.Mentions)
            {
                if (Keeps(scope, document.Events, m.Sentence))
                {
                    kept.Add(m);
                }
            }

            mentions = kept;
        }

        return new CodedDocument(new SegmentedDocument(document.Document, sentences, []), mentions, document.Events, []);
    }

    // A linear scan: a document has a handful of events, and a set per document would cost more than it saves.
    private static bool HasEvent(IReadOnlyList<CodedEvent> events, int sentence)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].Sentence == sentence)
            {
                return true;
            }
        }

        return false;
    }
}
