using System.Collections.Frozen;
using Entente.Model;

namespace Entente.Coding;

/// <summary>Immutable compiled patterns, indexed by the forms of their first word for span lookups.</summary>
public sealed class PatternSet
{
    private readonly FrozenDictionary<string, EventPattern[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[][] _elementForms;
    private readonly Dictionary<EventPattern, int> _indexOf;

    /// <summary>Compiles <paramref name="patterns"/>.</summary>
    public PatternSet(IReadOnlyList<EventPattern> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        Patterns = patterns;
        var index = new Dictionary<string, List<EventPattern>>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in patterns)
        {
            foreach (var form in p.Elements[0].Forms)
            {
                foreach (var variant in ApostropheVariants(form))
                {
                    if (!index.TryGetValue(variant, out var list)) index[variant] = list = [];
                    list.Add(p);
                }
            }
        }

        _byFirstWord = index
            .ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(p => p.Specificity).ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _indexOf = new Dictionary<EventPattern, int>(ReferenceEqualityComparer.Instance);
        _elementForms = new FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>[patterns.Count][];
        for (var i = 0; i < patterns.Count; i++)
        {
            _indexOf[patterns[i]] = i;
            _elementForms[i] = patterns[i].Elements
                .Select(e => e.Forms.SelectMany(ApostropheVariants).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>())
                .ToArray();
        }
    }

    /// <summary>All patterns, in file order.</summary>
    public IReadOnlyList<EventPattern> Patterns { get; }

    /// <summary>Finds pattern matches in one sentence; at each start the most specific pattern wins and
    /// of overlapping matches the longer one is kept.</summary>
    public IReadOnlyList<PatternMatch> Match(string text, ReadOnlySpan<Token> tokens, int firstToken)
    {
        var found = new List<PatternMatch>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!_byFirstWord.TryGetValue(tokens[i].Span(text), out var candidates)) continue;
            PatternMatch? best = null;
            foreach (var pattern in candidates)
            {
                if (best is { } b && pattern.Specificity < b.Pattern.Specificity) break;
                if (!TryMatch(text, tokens, i, pattern, out var last, out var head)) continue;
                var match = new PatternMatch(pattern, firstToken + i, firstToken + last, firstToken + head);
                // "meeting" is both a verb form and a noun: after a determiner or a possessive the noun pattern wins.
                if (best is null || (pattern.Kind == TriggerKind.Noun && IsNounContext(text, tokens, i))) best = match;
            }

            if (best is { } found1) found.Add(found1);
        }

        return RemoveOverlapping(found);
    }

    private bool TryMatch(string text, ReadOnlySpan<Token> tokens, int start, EventPattern pattern, out int last, out int head)
    {
        var forms = _elementForms[_indexOf[pattern]];
        var elements = pattern.Elements;
        head = elements[0].IsHead ? start : -1;
        last = start;
        var pos = start + 1;
        for (var e = 1; e < elements.Count; e++)
        {
            if (elements[e].IsGap)
            {
                // A gap is resolved by the next element: find it within MaxGap tokens.
                var next = e + 1;
                var max = elements[e].MaxGap;
                var hit = -1;
                for (var k = pos; k < tokens.Length && k <= pos + max; k++)
                {
                    // A gap may cross a hyphen or a comma ("restore complete, full diplomatic ties"), not a clause break.
                    if (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Span(text) is not ("-" or ",")) break;
                    if (forms[next].Contains(tokens[k].Span(text))) { hit = k; break; }
                }

                if (hit < 0) return false;
                if (elements[next].IsHead) head = hit;
                last = hit;
                pos = hit + 1;
                e = next;
                continue;
            }

            if (pos >= tokens.Length || !forms[e].Contains(tokens[pos].Span(text))) return false;
            if (elements[e].IsHead) head = pos;
            last = pos;
            pos++;
        }

        return head >= 0;
    }

    private static bool IsNounContext(string text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i == 0) return true;
        // "the long overdue visit of Putin", "a visit by Modi": a following "of"/"by" marks the noun.
        if (i + 1 < tokens.Length && tokens[i + 1].Span(text) is "of" or "by" or "between" or "among") return true;
        var prev = tokens[i - 1].Span(text);
        return prev is "'s" or "’s" or "a" or "an" or "the" or "The" or "A" or "An" or "this" or "This" or "their" or "its" or "his" or "her" ||
               (tokens[i - 1].Kind == TokenKind.Word && char.IsUpper(prev[0]) && i >= 1);
    }

    /// <summary>Where two matches share tokens, the longer one wins (the earlier on a tie): "hosted a meeting"
    /// over "meeting with", "held talks with" over "talks".</summary>
    private static List<PatternMatch> RemoveOverlapping(List<PatternMatch> found)
    {
        if (found.Count < 2) return found;
        var kept = new List<PatternMatch>(found.Count);
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
                var lenM = m.LastToken - m.FirstToken;
                var lenO = other.LastToken - other.FirstToken;
                beaten = lenO > lenM || (lenO == lenM && b < a);
            }

            if (!beaten) kept.Add(m);
        }

        return kept;
    }

    private static IEnumerable<string> ApostropheVariants(string form)
    {
        yield return form;
        if (form.Contains('\'', StringComparison.Ordinal)) yield return form.Replace('\'', '’');
    }
}
