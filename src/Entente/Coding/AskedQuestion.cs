namespace Entente.Coding;

/// <summary>"Asked whether Beijing would mediate between Moscow and Kyiv, the Chinese spokesman declined to comment": a
/// sentence that opens with the question put to its speaker. What the question asks about is no event, its actors are not
/// the main clause's subject, and its modals are not the main clause's.</summary>
internal static class AskedQuestion
{
    // Words of the question up to its comma.
    private const int Reach = 30;

    /// <summary>The index right after the comma that closes an opening "Asked whether/if/about ..." phrase; 0 when the
    /// sentence does not open so.</summary>
    public static int End(SentenceView view)
    {
        if (view.Count < 3 || !view.Is(0, "asked") ||
            !(view.Is(1, "whether") || view.Is(1, "if") || view.Is(1, "about") || view.Is(1, "what") || view.Is(1, "how") || view.Is(1, "why") || view.Is(1, "when")))
            return 0;
        for (var k = 2; k < view.Count && k <= Reach; k++)
        {
            if (view.Word(k) is ",") return k + 1;
            if (view.Word(k) is ";" or ":") return 0;
        }

        return 0;
    }
}
