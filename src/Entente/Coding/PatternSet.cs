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
    /// a match wholly inside a longer one is dropped.</summary>
    public IReadOnlyList<PatternMatch> Match(string text, ReadOnlySpan<Token> tokens, int firstToken)
    {
        var found = new List<PatternMatch>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!_byFirstWord.TryGetValue(tokens[i].Span(text), out var candidates)) continue;
            foreach (var pattern in candidates)
            {
                if (TryMatch(text, tokens, i, pattern, out var last, out var head))
                {
                    found.Add(new PatternMatch(pattern, firstToken + i, firstToken + last, firstToken + head));
                    break;
                }
            }
        }

        return RemoveContained(found);
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
                    if (tokens[k].Kind == TokenKind.Punctuation && !IsHyphen(tokens[k].Span(text))) break;
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

    private static bool IsHyphen(ReadOnlySpan<char> s) => s is "-";

    private static List<PatternMatch> RemoveContained(List<PatternMatch> found)
    {
        if (found.Count < 2) return found;
        var kept = new List<PatternMatch>(found.Count);
        foreach (var m in found)
        {
            var inside = false;
            foreach (var other in found)
            {
                if (other.Equals(m)) continue;
                var contains = other.FirstToken <= m.FirstToken && other.LastToken >= m.LastToken;
                var longer = other.LastToken - other.FirstToken > m.LastToken - m.FirstToken;
                if (contains && longer) { inside = true; break; }
            }

            if (!inside) kept.Add(m);
        }

        return kept;
    }

    private static IEnumerable<string> ApostropheVariants(string form)
    {
        yield return form;
        if (form.Contains('\'', StringComparison.Ordinal)) yield return form.Replace('\'', '’');
    }
}
