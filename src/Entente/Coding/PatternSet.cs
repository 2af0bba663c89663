using System.Collections.Frozen;
using Entente.Model;
using Entente.Text;

namespace Entente.Coding;

/// <summary>Immutable compiled patterns, indexed by the forms of their first word for span lookups.</summary>
public sealed class PatternSet
{
    // Sentences up to this many tokens keep their word ids on the stack; longer ones rent an array.
    private const int StackTokens = 256;
    // Up to this many distinct anchors keep their per-sentence marks on the stack.
    private const int MaxStackAnchors = 16384;

    // One word → id table for every form of every pattern (ordinal, ignoring case): a sentence's tokens are looked up
    // once each, and the elements compare ids. A Dictionary while compiling and a flat table for lookups build in
    // milliseconds, where one FrozenSet per element cost a quarter of a second at start-up.
    private readonly CaselessWordTable<int> _wordIds;
    // By word id: indexes of the patterns whose first word has that form, most specific first.
    private readonly int[]?[] _byFirstWord;
    // By pattern index, by element: the element compiled to plain fields (its form ids, empty for a gap), so that matching
    // reads arrays instead of calling through the patterns' IReadOnlyList elements.
    private readonly Step[][] _steps;
    private readonly EventPattern[] _patterns;
    private readonly int[] _specificity;
    // Per pattern: a quote mark may sit inside its gaps ("ordered a 'complete siege' of Gaza"); only conflict roots 13-20,
    // as a cooperative trigger over a quoted phrase is a name, not an act ("called for a “European solution”").
    private readonly bool[] _quotesInGap;

    // Gap stops per token: none, a quote mark (crossed by conflict patterns only), any other stop.
    private const byte GapOpen = 0;
    private const byte GapQuote = 1;
    private const byte GapStop = 2;
    // By word id: whether some verb pattern's head is that word as its first element ("deploy", "send").
    private readonly bool[] _startsVerb;
    // Anchors: for each pattern of two or more words, the form ids of one later word element every match needs (the one with
    // the fewest and least common forms). A candidate whose anchor word is nowhere in the sentence cannot match, so it is
    // passed over with one byte test instead of a walk of its elements. Patterns share distinct anchors; by pattern index,
    // its anchor's number, or -1 for a one-word pattern.
    private readonly int[] _anchorIndex;
    private readonly int _anchorCount;
    // By word id: the numbers of the anchors that have this word among their forms (null for none). A sentence marks the
    // anchors of its words once, before any candidate is tried.
    private readonly int[]?[] _anchorsOfWord;
    // Words in the sentence, as bits by word id: this many 64-bit words.
    private readonly int _presenceWords;

    /// <summary>Compiles <paramref name="patterns"/>.</summary>
    public PatternSet(IReadOnlyList<EventPattern> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        Patterns = patterns;
        _patterns = new EventPattern[patterns.Count];
        _specificity = new int[patterns.Count];
        _quotesInGap = new bool[patterns.Count];
        var words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var firstWord = new List<List<int>?>();
        _steps = new Step[patterns.Count][];
        var ids = new List<int>();
        for (var i = 0; i < patterns.Count; i++)
        {
            var p = patterns[i];
            _patterns[i] = p;
            _specificity[i] = p.Specificity;
            _quotesInGap[i] = IsConflictRoot(p.Cameo);
            // A pattern is listed once per first-word form and variant, as before: the candidate order decides ties.
            foreach (var form in p.Elements[0].Forms)
            {
                AddFirstWord(words, firstWord, form, i);
                if (HasApostrophe(form)) AddFirstWord(words, firstWord, form.Replace('\'', '’'), i);
            }

            var elements = p.Elements;
            var steps = new Step[elements.Count];
            for (var e = 0; e < elements.Count; e++)
            {
                ids.Clear();
                foreach (var form in elements[e].Forms)
                {
                    AddDistinct(ids, IdOf(words, firstWord, form));
                    if (HasApostrophe(form)) AddDistinct(ids, IdOf(words, firstWord, form.Replace('\'', '’')));
                }

                steps[e] = new Step(ids.Count == 0 ? [] : [.. ids], elements[e].MaxGap, elements[e].IsHead);
            }

            _steps[i] = steps;
        }

        _byFirstWord = new int[firstWord.Count][];
        for (var w = 0; w < firstWord.Count; w++)
        {
            if (firstWord[w] is not { } list) continue;
            var sorted = list.ToArray();
            // Stable, as OrderByDescending was: among equally specific patterns file order stays.
            var keys = new long[sorted.Length];
            for (var k = 0; k < sorted.Length; k++) keys[k] = -(long)_specificity[sorted[k]] * int.MaxValue + k;
            Array.Sort(keys, sorted);
            _byFirstWord[w] = sorted;
        }

        _startsVerb = new bool[firstWord.Count];
        for (var w = 0; w < firstWord.Count; w++)
        {
            if (_byFirstWord[w] is not { } starting) continue;
            foreach (var index in starting)
            {
                if (_patterns[index].Kind == TriggerKind.Verb && _patterns[index].Elements[0].IsHead) _startsVerb[w] = true;
            }
        }

        (_anchorIndex, _anchorsOfWord, _anchorCount) = Anchors(_patterns, _steps, firstWord.Count);
        _presenceWords = (firstWord.Count + 63) / 64;
        _wordIds = new CaselessWordTable<int>(words);
    }

    // Words nearly every sentence has: an anchor made of them filters nothing.
    private static readonly FrozenSet<string> CommonWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "to", "of", "in", "on", "at", "by", "for", "with", "from", "and", "or", "is", "are", "was", "were", "be",
        "been", "has", "have", "had", "that", "it", "its", "their", "his", "her", "as", "into", "over", "after", "against");

    private static int[]? Anchor(IReadOnlyList<PatternElement> elements, Step[] steps)
    {
        int[]? anchor = null;
        var best = int.MaxValue;
        for (var e = 1; e < steps.Length; e++)
        {
            if (steps[e].IsGap || steps[e].Forms.Length == 0) continue;
            var common = 0;
            foreach (var form in elements[e].Forms)
            {
                if (CommonWords.Contains(form)) common++;
            }

            var score = steps[e].Forms.Length + (common * 1000);
            if (score < best)
            {
                best = score;
                anchor = steps[e].Forms;
            }
        }

        return anchor;
    }

    private static (int[] Index, int[]?[] OfWord, int Count) Anchors(EventPattern[] patterns, Step[][] steps, int words)
    {
        var index = new int[patterns.Length];
        var ofWord = new List<int>?[words];
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < patterns.Length; i++)
        {
            if (Anchor(patterns[i].Elements, steps[i]) is not { } anchor)
            {
                index[i] = -1;
                continue;
            }

            var key = string.Join(',', anchor);
            if (!seen.TryGetValue(key, out var number))
            {
                number = seen.Count;
                seen.Add(key, number);
                foreach (var word in anchor) (ofWord[word] ??= []).Add(number);
            }

            index[i] = number;
        }

        var compiled = new int[]?[words];
        for (var w = 0; w < words; w++) compiled[w] = ofWord[w]?.ToArray();
        return (index, compiled, seen.Count);
    }

    /// <summary>All patterns, in file order.</summary>
    public IReadOnlyList<EventPattern> Patterns { get; }

    /// <summary>Finds pattern matches in one sentence; at each start the most specific pattern wins and
    /// of overlapping matches the longer one is kept.</summary>
    public IReadOnlyList<PatternMatch> Match(string text, ReadOnlySpan<Token> tokens, int firstToken)
    {
        var found = new List<PatternMatch>();
        var kept = new List<PatternMatch>();
        Match(text, tokens, firstToken, found, kept);
        return kept;
    }

    /// <summary>As <see cref="Match(string, ReadOnlySpan{Token}, int)"/>, into <paramref name="kept"/> (cleared first);
    /// <paramref name="scratch"/> is a caller's work list, so a coder reuses both across sentences.</summary>
    public void Match(string text, ReadOnlySpan<Token> tokens, int firstToken, List<PatternMatch> scratch, List<PatternMatch> kept)
    {
        ArgumentNullException.ThrowIfNull(scratch);
        ArgumentNullException.ThrowIfNull(kept);
        if (ReferenceEquals(scratch, kept)) throw new ArgumentException("the work list and the result list must differ", nameof(kept));
        scratch.Clear();
        kept.Clear();
        int[]? rented = null;
        byte[]? rentedStops = null;
        var ids = tokens.Length <= StackTokens
            ? stackalloc int[tokens.Length]
            : (rented = System.Buffers.ArrayPool<int>.Shared.Rent(tokens.Length)).AsSpan(0, tokens.Length);
        var gapStops = tokens.Length <= StackTokens
            ? stackalloc byte[tokens.Length]
            : (rentedStops = System.Buffers.ArrayPool<byte>.Shared.Rent(tokens.Length)).AsSpan(0, tokens.Length);
        var any = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            ids[i] = _wordIds.TryGetValue(tokens[i].Span(text), out var id) && !CapitalisedMay.IsNoModal(text, tokens, i) ? id : -1;
            any |= ids[i] >= 0 && _byFirstWord[ids[i]] is not null;
        }

        if (any)
        {
            GapStops(text, tokens, gapStops);
            // By anchor number: 1 when one of its words is in the sentence. Each distinct word marks its anchors once.
            byte[]? rentedAnchors = null;
            var anchorsPresent = _anchorCount <= MaxStackAnchors
                ? stackalloc byte[_anchorCount]
                : (rentedAnchors = System.Buffers.ArrayPool<byte>.Shared.Rent(_anchorCount)).AsSpan(0, _anchorCount);
            anchorsPresent.Clear();
            Span<ulong> present = stackalloc ulong[_presenceWords];
            foreach (var id in ids)
            {
                if (id < 0 || (present[id >> 6] & (1UL << (id & 63))) != 0) continue;
                present[id >> 6] |= 1UL << (id & 63);
                if (_anchorsOfWord[id] is not { } anchors) continue;
                foreach (var anchor in anchors) anchorsPresent[anchor] = 1;
            }

            FindAll(text, tokens, ids, gapStops, anchorsPresent, firstToken, scratch);
            if (rentedAnchors is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rentedAnchors);
        }

        if (rented is not null) System.Buffers.ArrayPool<int>.Shared.Return(rented);
        if (rentedStops is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rentedStops);
        RemoveOverlapping(scratch, kept);
    }

    /// <summary>Marks the tokens a gap may not cross: punctuation other than a hyphen, a comma or the apostrophe of a plural
    /// possessive ("restore complete, full diplomatic ties", "dismissed the Philippines' protest"), and a comma that opens a
    /// relative clause ("urged Serbia, which wants to join the bloc, to ...": the joining is Serbia's wish). A double or opening
    /// quote mark is a softer stop that conflict patterns cross ("imposed a “total blockade” on Gaza").</summary>
    private static void GapStops(string text, ReadOnlySpan<Token> tokens, Span<byte> stops)
    {
        for (var k = 0; k < tokens.Length; k++)
        {
            if (tokens[k].Kind != TokenKind.Punctuation)
            {
                stops[k] = GapOpen;
                continue;
            }

            var mark = tokens[k].Span(text);
            var stop = mark is not ("-" or "," or "'" or "’") ||
                       (mark is "," && k + 1 < tokens.Length && tokens[k + 1].Span(text) is "which" or "who" or "whom" or "whose");
            stops[k] = !stop ? GapOpen : mark is "\"" or "“" or "”" or "‘" ? GapQuote : GapStop;
        }
    }

    private void FindAll(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> ids, ReadOnlySpan<byte> gapStops, ReadOnlySpan<byte> anchorsPresent, int firstToken, List<PatternMatch> found)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (ids[i] < 0 || _byFirstWord[ids[i]] is not { } candidates) continue;
            PatternMatch? best = null;
            var bestSpecificity = 0;
            // "promised to send aid and deploy troops": after an infinitive, "and" before another trigger verb opens a second act.
            var infinitive = i > 0 && tokens[i - 1].Span(text).Equals("to", StringComparison.OrdinalIgnoreCase);
            // The day phrase after this word ("met on Tuesday with"), found once for all the candidates (-1: not yet looked at).
            var dayPhrase = -1;
            foreach (var index in candidates)
            {
                // "in a meeting with Wang Yi": a longer verb pattern ("meet with") over a word in noun context leaves the
                // shorter noun patterns to be tried; the first of them that matches takes the word.
                var shorter = best is not null && _specificity[index] < bestSpecificity;
                if (shorter && (best!.Value.Pattern.Kind != TriggerKind.Verb || best.Value.HeadToken != firstToken + i || !IsNounContext(text, tokens, i))) break;
                if (shorter && _patterns[index].Kind != TriggerKind.Noun) continue;
                if (_anchorIndex[index] is >= 0 and var anchor && anchorsPresent[anchor] == 0) continue;
                if (!TryMatch(text, tokens, ids, gapStops, i, _steps[index], _quotesInGap[index], infinitive, ref dayPhrase, out var last, out var head)) continue;
                var pattern = _patterns[index];
                var match = new PatternMatch(pattern, firstToken + i, firstToken + last, firstToken + head);
                // "meeting" is both a verb form and a noun: after a determiner or a possessive the noun pattern wins.
                if (best is null || (pattern.Kind == TriggerKind.Noun && IsNounContext(text, tokens, i)))
                {
                    best = match;
                    bestSpecificity = _specificity[index];
                }
            }

            if (best is { } found1) found.Add(found1);
        }
    }

    private bool TryMatch(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> ids, ReadOnlySpan<byte> gapStops, int start, Step[] steps, bool quotesInGap, bool infinitive, ref int dayPhrase, out int last, out int head)
    {
        head = steps[0].IsHead ? start : -1;
        last = start;
        var pos = start + 1;
        for (var e = 1; e < steps.Length; e++)
        {
            if (steps[e].IsGap)
            {
                // A gap is resolved by the next element: find it within MaxGap tokens.
                var next = e + 1;
                // "released on Tuesday 40 prisoners", "vowed on Wednesday a crushing response": the wire's date right after the
                // previous word does not use up the gap.
                // Only an "on" phrase: a bare day after a verb is as often a clause of its own ("announced Sunday that ...").
                var max = steps[e].MaxGap + (pos < tokens.Length && tokens[pos].Span(text) is "on" ? DayPhraseAt(text, tokens, start, pos, ref dayPhrase) : 0);
                var nextForms = steps[next].Forms;
                var hit = -1;
                // A gap crosses a quote mark or a comma, not both: "took over Raqqa, the “capital” of ..." is an apposition.
                var crossedQuote = false;
                var crossedComma = false;
                for (var k = pos; k < tokens.Length && k <= pos + max; k++)
                {
                    if (gapStops[k] == GapStop || (gapStops[k] == GapQuote && !quotesInGap)) break;
                    crossedQuote |= gapStops[k] == GapQuote;
                    crossedComma |= tokens[k].Kind == TokenKind.Punctuation && tokens[k].Span(text) is ",";
                    if (crossedQuote && crossedComma) break;
                    if (infinitive && IsCoordinatedVerb(text, tokens, ids, k)) break;
                    if (Accepts(nextForms, ids[k])) { hit = k; break; }
                }

                if (hit < 0) return false;
                if (steps[next].IsHead) head = hit;
                last = hit;
                pos = hit + 1;
                e = next;
                continue;
            }

            var forms = steps[e].Forms;
            if (pos < tokens.Length && !Accepts(forms, ids[pos]) && !steps[e - 1].IsGap &&
                (steps[e - 1].IsHead || tokens[pos].Span(text) is "on") && DayPhraseAt(text, tokens, start, pos, ref dayPhrase) is > 0 and var skip &&
                pos + skip < tokens.Length && Accepts(forms, ids[pos + skip]) && (steps[e - 1].IsHead || IsParticle(tokens[pos + skip].Span(text))))
            {
                // "met on Tuesday with", "pulled on Friday out of": the wire's date between the head and its particle; also
                // between a light verb's noun and its particle ("paid tribute on Tuesday to", "held talks on Monday with").
                pos += skip;
            }

            if (pos >= tokens.Length || !Accepts(forms, ids[pos])) return false;
            if (steps[e].IsHead) head = pos;
            last = pos;
            pos++;
        }

        return head >= 0;
    }

    /// <summary>The day phrase's length at <paramref name="pos"/>; the one right after <paramref name="start"/> is remembered in
    /// <paramref name="afterStart"/>, as every candidate pattern at that start asks for it.</summary>
    private static int DayPhraseAt(string text, ReadOnlySpan<Token> tokens, int start, int pos, ref int afterStart)
    {
        if (pos != start + 1) return DatePhraseLength(text, tokens, pos);
        if (afterStart < 0) afterStart = DatePhraseLength(text, tokens, pos);
        return afterStart;
    }

    // After a word other than the head, only an "on" day phrase followed by a particle is skipped ("paid tribute on Friday to"):
    // "government forces on Sunday left four soldiers dead" is a subject, its time and another verb.
    private static bool IsParticle(ReadOnlySpan<char> word) =>
        WordList.Contains(word, ["to", "into", "with", "for", "on", "against", "at", "of", "from", "over", "about", "in", "out", "off", "up"]);

    /// <summary>"and deploy", "or send": a coordinator at <paramref name="k"/> followed by the head word of a verb pattern.</summary>
    private bool IsCoordinatedVerb(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> ids, int k) =>
        k + 1 < tokens.Length && ids[k + 1] >= 0 && _startsVerb[ids[k + 1]] &&
        (tokens[k].Span(text).Equals("and", StringComparison.OrdinalIgnoreCase) || tokens[k].Span(text).Equals("or", StringComparison.OrdinalIgnoreCase));

    /// <summary>The number of tokens from <paramref name="i"/> that make a day phrase ("on Tuesday", "late on Monday night",
    /// "Friday", "yesterday"); 0 when they do not.</summary>
    internal static int DatePhraseLength(string text, ReadOnlySpan<Token> tokens, int i)
    {
        var k = i;
        if (k < tokens.Length && WordList.Contains(tokens[k].Span(text), ["late", "early", "earlier", "later"])) k++;
        if (k < tokens.Length && tokens[k].Span(text) is "on") k++;
        if (k >= tokens.Length) return 0;
        var word = tokens[k].Span(text);
        if (k == i && WordList.Contains(word, ["yesterday", "today", "tonight"])) return 1;
        if (!WordList.Contains(word, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])) return 0;
        k++;
        if (k < tokens.Length && WordList.Contains(tokens[k].Span(text), ["morning", "afternoon", "evening", "night"])) k++;
        // "behind Saturday's attack": a possessive day names a thing, it is no time adverbial.
        if (k < tokens.Length && tokens[k].Span(text) is "'s" or "’s") return 0;
        return k - i;
    }

    /// <summary>Roots 13 to 20 (threats to mass violence).</summary>
    private static bool IsConflictRoot(string cameo) =>
        cameo.Length >= 2 && int.TryParse(cameo.AsSpan(0, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var root) && root is >= 13 and <= 20;

    private static bool Accepts(int[] forms, int id) => id >= 0 && forms.AsSpan().Contains(id);

    private static bool IsNounContext(string text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i == 0) return true;
        // "the long overdue visit of Putin", "a visit by Modi": a following "of"/"by" marks the noun.
        if (i + 1 < tokens.Length && tokens[i + 1].Span(text) is "of" or "by" or "between" or "among") return true;
        var prev = tokens[i - 1].Span(text);
        // "after a two-hour meeting with Zelensky": a hyphened modifier after the article.
        if (i >= 2 && HyphenedModifier.Is(prev) && tokens[i - 2].Span(text) is "a" or "an" or "the" or "A" or "An" or "The" or "their" or "its" or "his" or "her")
            return true;
        return prev is "'s" or "’s" or "a" or "an" or "the" or "The" or "A" or "An" or "this" or "This" or "their" or "its" or "his" or "her" ||
               // "Putin To Visit India": in a title-case headline the infinitive's "To" is capitalised too, and marks a verb.
               (tokens[i - 1].Kind == TokenKind.Word && char.IsUpper(prev[0]) && i >= 1 && prev is not "To");
    }

    /// <summary>Where two matches share tokens, the longer one wins (the earlier on a tie): "hosted a meeting"
    /// over "meeting with", "held talks with" over "talks".</summary>
    private static void RemoveOverlapping(List<PatternMatch> found, List<PatternMatch> kept)
    {
        for (var a = 0; a < found.Count; a++)
        {
            var m = found[a];
            var beaten = false;
            for (var b = 0; b < found.Count && !beaten; b++)
            {
                if (a == b) continue;
                var other = found[b];
                var overlaps = other.FirstToken <= m.LastToken && m.FirstToken <= other.LastToken;
                if (!overlaps) continue;
                // "condemned the visit of the US Speaker to Taiwan": a reaction pattern that spells out the act it reacts to
                // leaves that act's own noun pattern standing; the act is coded with its own agent. The reaction stands too
                // when the act's match is the longer one ("welcomed the decision by Trump to withdraw US troops").
                if (IsReactedAct(m, other) || IsReactedAct(other, m)) continue;
                // "urged a halt to the fighting": an appeal or demand whose words run into the act it asks for is not beaten by
                // that act's longer match; the act asked for is left to the coder (no event of its own).
                if (IsAskedAct(other, m)) continue;
                // "dismissed Western accusations that Russian drones had deliberately ...": an accusation that the subject denies
                // or rejects is that verb's object, not the subject's own accusation, however long its match.
                if (IsDeniedAccusation(m, other)) { beaten = true; continue; }
                if (IsDeniedAccusation(other, m)) continue;
                // "held a phone call on Friday to discuss": a word that closes another match as its noun ("call") does not open
                // a verb reading of its own ("call ... to discuss"), however long.
                if (IsNounReadAsVerb(m, other)) { beaten = true; continue; }
                if (IsNounReadAsVerb(other, m)) continue;
                // "arrived in Beijing for talks": a trigger led by a headline's "in" yields to a match begun before it, and once
                // beaten takes nothing from the others ("talks" stays).
                if (IsPrepositionLed(m) && other.FirstToken < m.FirstToken) { beaten = true; continue; }
                if (IsPrepositionLed(other) && (m.FirstToken < other.FirstToken || IsYielding(found, other))) continue;
                var lenM = m.LastToken - m.FirstToken;
                var lenO = other.LastToken - other.FirstToken;
                beaten = lenO > lenM || (lenO == lenM && b < a);
            }

            if (!beaten) kept.Add(m);
        }
    }

    /// <summary>Whether the accusation noun match <paramref name="noun"/> (root 112) starts inside the verb match <paramref name="verb"/>,
    /// after its head, and the verb denies (016) or rejects (root 12) it.</summary>
    private static bool IsDeniedAccusation(PatternMatch noun, PatternMatch verb) =>
        noun.Pattern.Kind == TriggerKind.Noun && noun.Pattern.Cameo.StartsWith("112", StringComparison.Ordinal) && verb.Pattern.Kind == TriggerKind.Verb &&
        (verb.Pattern.Cameo == "016" || verb.Pattern.Cameo.StartsWith("12", StringComparison.Ordinal)) &&
        noun.FirstToken > verb.HeadToken && noun.FirstToken <= verb.LastToken;

    /// <summary>Whether the noun match <paramref name="noun"/> starts inside the verb match <paramref name="verb"/>, after its head,
    /// and the verb is one of praise or disapproval (051, root 11), whose words may run into the act they judge (not a
    /// signing or a recognition, whose noun is the act itself), or hosting (043) the talks (046) that are the guests' own act
    /// ("hosted the talks between Israel and Hamas": 043 to each and 046 between them, dev-README).</summary>
    private static bool IsReactedAct(PatternMatch noun, PatternMatch verb) =>
        noun.Pattern.Kind == TriggerKind.Noun && verb.Pattern.Kind == TriggerKind.Verb && noun.FirstToken > verb.HeadToken &&
        noun.FirstToken <= verb.LastToken && (verb.Pattern.Cameo.StartsWith("051", StringComparison.Ordinal) || verb.Pattern.Cameo.StartsWith("11", StringComparison.Ordinal) ||
            (verb.Pattern.Cameo.StartsWith("043", StringComparison.Ordinal) && noun.Pattern.Cameo.StartsWith("046", StringComparison.Ordinal)));

    /// <summary>Whether <paramref name="act"/> starts inside the appeal or demand <paramref name="appeal"/> (a verb pattern of root 02
    /// or 10), after its head, and is no appeal or demand itself (two readings of one appeal still compete by length).</summary>
    private static bool IsAskedAct(PatternMatch act, PatternMatch appeal) =>
        appeal.Pattern.Kind == TriggerKind.Verb && act.FirstToken > appeal.HeadToken && act.FirstToken <= appeal.LastToken &&
        IsAppealOrDemand(appeal.Pattern.Cameo) && !IsAppealOrDemand(act.Pattern.Cameo);

    /// <summary>Whether the verb match <paramref name="verb"/> is headed by its first word and that word is the last of <paramref name="noun"/>, a verb match begun
    /// before it whose head stands at least two words earlier (so that last word is its object noun, "held a phone call", not a
    /// particle right after the head, "shot down", nor an infinitive, "plans to buy").</summary>
    private static bool IsNounReadAsVerb(PatternMatch verb, PatternMatch noun) =>
        verb.Pattern.Kind == TriggerKind.Verb && verb.HeadToken == verb.FirstToken && noun.Pattern.Kind == TriggerKind.Verb && noun.FirstToken < verb.FirstToken &&
        verb.FirstToken == noun.LastToken && noun.HeadToken < noun.LastToken - 1 && !EndsInInfinitive(noun.Pattern);

    /// <summary>Whether the pattern's last word follows a "to" ("~plan to buy"): it is then a verb, the infinitive.</summary>
    private static bool EndsInInfinitive(EventPattern pattern)
    {
        var elements = pattern.Elements;
        for (var e = elements.Count - 2; e >= 0; e--)
        {
            if (elements[e].IsGap) continue;
            return elements[e].Forms.Contains("to", StringComparer.OrdinalIgnoreCase);
        }

        return false;
    }

    private static bool IsAppealOrDemand(string code) =>
        code.StartsWith("02", StringComparison.Ordinal) || code.StartsWith("10", StringComparison.Ordinal);

    /// <summary>Whether the "in"-led <paramref name="m"/> overlaps a match that begins before it.</summary>
    private static bool IsYielding(List<PatternMatch> found, PatternMatch m)
    {
        foreach (var other in found)
        {
            if (other.FirstToken < m.FirstToken && other.LastToken >= m.FirstToken) return true;
        }

        return false;
    }

    /// <summary>A trigger headed by "in" ("^in ... for talks"), standing for a headline's dropped verb.</summary>
    private static bool IsPrepositionLed(PatternMatch m) =>
        m.Pattern.Elements[0].IsHead && m.Pattern.Elements[0].Forms.Contains("in", StringComparer.OrdinalIgnoreCase);

    private static bool HasApostrophe(string form) => form.Contains('\'', StringComparison.Ordinal);

    private static int IdOf(Dictionary<string, int> words, List<List<int>?> firstWord, string form)
    {
        if (words.TryGetValue(form, out var id)) return id;
        id = firstWord.Count;
        words.Add(form, id);
        firstWord.Add(null);
        return id;
    }

    private static void AddFirstWord(Dictionary<string, int> words, List<List<int>?> firstWord, string form, int pattern)
    {
        var id = IdOf(words, firstWord, form);
        (firstWord[id] ??= []).Add(pattern);
    }

    private static void AddDistinct(List<int> ids, int id)
    {
        if (!ids.Contains(id)) ids.Add(id);
    }

    /// <summary>One pattern element compiled for matching: the ids of its forms (empty for a gap), its gap and whether it is the head.</summary>
    private readonly record struct Step(int[] Forms, int MaxGap, bool IsHead)
    {
        public bool IsGap => MaxGap > 0;
    }
}
