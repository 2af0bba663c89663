namespace Entente.Syntax;

/// <summary>A run of tokens of one kind, by sentence-relative token index; <paramref name="Head"/> is its main word.</summary>
public readonly record struct Chunk(ChunkKind Kind, int First, int Count, int Head)
{
    /// <summary>The index after the chunk's last token.</summary>
    public int End => First + Count;
}
