using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>"Iran hanged a man convicted of murder", "Saudi Arabia executed 81 people": the unnamed people a state executes
/// are its own (the target is the executing state's country, sector CVL); people named by a nationality keep theirs.</summary>
internal static class ExecutedPeople
{
    /// <summary>The state's own people as the target of an execution trigger whose object is bare people ("a man", "seven
    /// men", "81 people"); null when the trigger is no execution, the executioner is no state or the object is named.</summary>
    public static ActorSlot? OwnPeople(SentenceView view, PatternMatch match, ActorSlot executioner, IReadOnlyList<ActorSlot> targets)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(executioner);
        ArgumentNullException.ThrowIfNull(targets);
        var head = match.FirstToken - view.Sentence.FirstToken;
        if (!IsExecution(view.Word(head))) return null;
        if (executioner.Resolution != "mention" || executioner.Actor is not { Org: null, Country: { } home, Sector: null or "GOV" or "JUD" }) return null;
        if (targets.Count > 1 || (targets.Count == 1 && (targets[0].Resolution != "context" || targets[0].Actor.Country != home))) return null;
        var k = match.LastToken - view.Sentence.FirstToken + 1;
        for (var n = 0; n < 3 && k < view.Count && IsCount(view, k); n++) k++;
        if (k >= view.Count || !IsPerson(view.Word(k))) return null;
        var mention = targets.Count == 1 ? targets[0].Mention : executioner.Mention;
        return new ActorSlot(new ActorCode(home + "CVL", home, null, "CVL", null), mention, "executed-own");
    }

    private static bool IsExecution(ReadOnlySpan<char> w) =>
        w.StartsWith("execut", StringComparison.OrdinalIgnoreCase) || WordList.Contains(w, ["hanged", "hangs", "hang", "hanging"]);

    /// <summary>"a", "81", "seven", "at least", "more than": what may stand before the people counted.</summary>
    private static bool IsCount(SentenceView view, int k)
    {
        var w = view.Word(k);
        return (w.Length > 0 && char.IsDigit(w[0])) || WordList.Contains(w, ["a", "an", "at", "least", "more", "than", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "dozens", "of", "several", "another", "one", "over", "some"]);
    }

    private static bool IsPerson(ReadOnlySpan<char> w) =>
        WordList.Contains(w, ["man", "men", "woman", "women", "person", "people", "prisoner", "prisoners", "inmate", "inmates", "convict", "convicts",
            "individuals", "citizen", "citizens", "protester", "protesters", "teenager", "activist", "activists", "dissident", "dissidents"]);
}
