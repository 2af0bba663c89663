namespace Entente.Syntax;

/// <summary>Groups a tagged sentence into noun groups, verb groups, prepositions and clause words (one left-to-right pass).</summary>
public sealed class Chunker
{
    /// <summary>Appends the chunks of one tagged sentence to <paramref name="chunks"/>.</summary>
    public void Chunk(ReadOnlySpan<PartOfSpeech> tags, List<Chunk> chunks)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        var i = 0;
        while (i < tags.Length)
        {
            var start = i;
            if (IsNominal(tags[i]) || tags[i] == PartOfSpeech.Pronoun)
            {
                if (tags[i] == PartOfSpeech.Pronoun)
                {
                    i++;
                }
                else
                {
                    while (i < tags.Length && IsNominal(tags[i])) i++;
                }

                chunks.Add(new Chunk(ChunkKind.NounGroup, start, i - start, NounHead(tags, start, i)));
            }
            else if (IsVerbal(tags[i]) || (tags[i] == PartOfSpeech.Adverb && NextVerbal(tags, i)))
            {
                var head = -1;
                while (i < tags.Length && (IsVerbal(tags[i]) || (tags[i] == PartOfSpeech.Adverb && NextVerbal(tags, i))
                    || (tags[i] == PartOfSpeech.To && i + 1 < tags.Length && tags[i + 1] == PartOfSpeech.Verb && head >= 0)))
                {
                    if (tags[i] is PartOfSpeech.Verb or PartOfSpeech.Auxiliary or PartOfSpeech.Modal) head = i;
                    i++;
                }

                chunks.Add(new Chunk(ChunkKind.VerbGroup, start, i - start, head < 0 ? i - 1 : head));
            }
            else
            {
                var kind = tags[i] switch
                {
                    PartOfSpeech.Preposition or PartOfSpeech.To => ChunkKind.Preposition,
                    PartOfSpeech.Conjunction or PartOfSpeech.Subordinator => ChunkKind.Clause,
                    _ => ChunkKind.Other,
                };
                chunks.Add(new Chunk(kind, i, 1, i));
                i++;
            }
        }
    }

    private static bool IsNominal(PartOfSpeech tag) => tag is PartOfSpeech.Determiner or PartOfSpeech.Number
        or PartOfSpeech.Adjective or PartOfSpeech.Noun or PartOfSpeech.ProperNoun;

    private static bool IsVerbal(PartOfSpeech tag) => tag is PartOfSpeech.Verb or PartOfSpeech.Auxiliary
        or PartOfSpeech.Modal or PartOfSpeech.Negation;

    private static bool NextVerbal(ReadOnlySpan<PartOfSpeech> tags, int i) => i + 1 < tags.Length && IsVerbal(tags[i + 1]);

    private static int NounHead(ReadOnlySpan<PartOfSpeech> tags, int start, int end)
    {
        for (var k = end - 1; k >= start; k--)
        {
            if (tags[k] is PartOfSpeech.Noun or PartOfSpeech.ProperNoun or PartOfSpeech.Number) return k;
        }

        return end - 1;
    }
}
