namespace Entente.Coding;

/// <summary>"Soldiers ousted Guinea's president in a coup", "Mutinous troops seized power in Gabon": the soldiers who take
/// power are the state's own, so a bare military agent of a coup takes the country of the government it overthrows (the
/// attacked side that never lends its country to the attackers of an ordinary assault).</summary>
internal static class CoupMakers
{
    /// <summary>The words whose presence in a 180 trigger makes it a coup ("seized power", "in a coup", "putsch").</summary>
    private static readonly string[] CoupWords = ["coup", "coups", "putsch", "power"];

    /// <summary>Whether <paramref name="pattern"/> codes a coup: unconventional violence (180) whose trigger names a coup or
    /// power.</summary>
    public static bool Is(EventPattern pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (pattern.Cameo != "180") return false;
        foreach (var element in pattern.Elements)
        {
            foreach (var form in element.Forms)
            {
                if (Array.IndexOf(CoupWords, form) >= 0) return true;
            }
        }

        return false;
    }
}
