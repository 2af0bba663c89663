using System.Collections.Frozen;
using System.Globalization;
using Entente.Coding;
using Entente.Dictionaries;

namespace Entente.Petrarch;

/// <summary>Reads a PETRARCH/TABARI verbs file (synsets, verb blocks, patterns) into Entente event patterns.</summary>
/// <remarks>
/// <para>A block <c>--- NAME [code] ---</c> lists verbs (<c>WORD {irregular forms} [own code]</c>; in a multi-word verb
/// <c>+</c> marks the inflected word, <c>KLM_NOP_+RST</c>) and patterns <c>- words [code]</c>. Every verb of the block
/// gives a bare pattern with its code, and every pattern line gives one pattern whose head is the block's verbs.</para>
/// <para>In a pattern, <c>*</c> is the verb, <c>$</c> the source, <c>+</c> the target, <c>%</c> a compound actor,
/// <c>^</c> a skipped phrase, <c>&amp;NAME</c> a synset, <c>_</c> joins adjacent words, a space allows a gap of
/// <see cref="WordGap"/> tokens (<see cref="GroupGap"/> inside one <c>{ }</c> noun-phrase or <c>( )</c> prepositional
/// group, <see cref="PhraseGap"/> across a marker). The frame comes from where the markers sit: <c>+</c> after the
/// verb is the direct object, or the object of the preposition just before it; without <c>+</c> the target is looked
/// for in the verb phrase (<see cref="EventPattern.TargetInVerbPhrase"/>); <c>+</c> before
/// the verb sets <see cref="EventPattern.TargetBeforeTrigger"/>; <c>$</c> after the verb sets
/// <see cref="EventPattern.SourceAfterTrigger"/>; <c>%</c> sets <see cref="EventPattern.Reciprocal"/>.
/// <c>[---]</c> gives <see cref="EventPattern.CodesNothing"/>, <c>[a:b]</c> a <see cref="EventPattern.SecondCode"/>.
/// Transformations (<c>~ a (a b ATTACK) SAY = ...</c>) are counted and skipped.</para>
/// </remarks>
public sealed class PetrarchVerbReader
{
    /// <summary>Tokens a space-separated gap may skip between two literal words.</summary>
    public const int WordGap = 6;

    /// <summary>Tokens a gap holding an actor or a skipped phrase (<c>$ + % ^</c>) may skip.</summary>
    public const int PhraseGap = 10;

    /// <summary>Tokens that may separate two words of one <c>{ }</c> or <c>( )</c> group (determiners, adjectives).</summary>
    public const int GroupGap = 2;

    /// <summary>Most variants one pattern line may expand to through multi-word synset members.</summary>
    public const int MaxVariants = 32;

    private static readonly FrozenSet<string> Prepositions = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "with", "to", "on", "in", "at", "against", "for", "from", "into", "toward", "towards", "over", "about", "of", "by",
        "upon", "onto", "across", "near", "among", "between", "under", "within", "after", "before", "behind", "through",
        "inside", "outside", "around", "beside", "despite", "as", "off", "out", "up", "down", "via", "versus", "per");

    private readonly IrregularVerbs _irregular = new();
    private readonly Dictionary<string, List<string>> _synsets = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<string[]>> _expanded = new(StringComparer.OrdinalIgnoreCase);
    private readonly PetrarchNotes _notes;
    private readonly ISet<string> _usedIds;
    private readonly List<EventPattern> _patterns = [];
    private string _file = string.Empty;

    private PetrarchVerbReader(PetrarchNotes notes, ISet<string> usedIds)
    {
        _notes = notes;
        _usedIds = usedIds;
    }

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<EventPattern> ReadFile(string path, PetrarchNotes notes, ISet<string> usedIds)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Read(Path.GetFileName(path), reader, notes, usedIds);
    }

    /// <summary>Reads verbs from <paramref name="reader"/>, reporting errors as <paramref name="file"/>:line.</summary>
    public static IReadOnlyList<EventPattern> Read(string file, TextReader reader, PetrarchNotes notes, ISet<string> usedIds)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(notes);
        ArgumentNullException.ThrowIfNull(usedIds);
        var self = new PetrarchVerbReader(notes, usedIds) { _file = file };
        self.ReadAll(reader);
        return self._patterns;
    }

    private void ReadAll(TextReader reader)
    {
        // Lines are kept until the end because a synset may be defined after the block that uses it.
        var blocks = new List<Block>();
        Block? block = null;
        List<string>? synset = null;
        foreach (var line in PetrarchText.Lines(reader))
        {
            try
            {
                ReadLine(line, blocks, ref block, ref synset);
            }
            catch (DictionaryException error)
            {
                _notes.Fail(error);
            }
        }

        foreach (var b in blocks)
        {
            try
            {
                Compile(b);
            }
            catch (DictionaryException error)
            {
                _notes.Fail(error);
            }
        }
    }

    private void ReadLine(PetrarchLine line, List<Block> blocks, ref Block? block, ref List<string>? synset)
    {
            var text = line.Text;
            if (text[0] == '&')
            {
                var name = SynsetName(text.Split([' ', '\t'], 2)[0]);
                if (_synsets.ContainsKey(name)) throw Error(line.Number, "synset " + name + " defined twice");
                _synsets[name] = synset = [];
                return;
            }

            if (text[0] == '+' && synset is not null)
            {
                var member = text[1..].Trim();
                if (member.Length == 0) throw Error(line.Number, "empty synset member");
                synset.Add(member);
                return;
            }

            synset = null;
            if (text.StartsWith("---", StringComparison.Ordinal))
            {
                block = ReadHeader(line);
                blocks.Add(block);
            }
            else if (text[0] == '~')
            {
                _notes.Add("verb transformation");
            }
            else if (text[0] == '-')
            {
                if (block is null) throw Error(line.Number, "pattern outside a verb block");
                block.Patterns.Add(line);
            }
            else
            {
                if (block is null) throw Error(line.Number, "verb '" + text + "' outside a verb block");
                block.Verbs.Add(ReadVerb(line));
            }
    }

    private Block ReadHeader(PetrarchLine line)
    {
        var text = line.Text.Trim('-').Trim();
        var open = text.IndexOf('[', StringComparison.Ordinal);
        if (open <= 0) throw Error(line.Number, "malformed verb block header '" + line.Text + "' (expected --- NAME [code] ---)");
        var (inside, next) = PetrarchText.Bracket(text, open, _file, line.Number);
        if (text.IndexOf('[', next) >= 0) _notes.Add("verb block extra code");
        return new Block(text[..open].Trim().Trim('_'), line.Number, ParseCode(inside, line.Number));
    }

    private Verb ReadVerb(PetrarchLine line)
    {
        var text = line.Text;
        Code? own = null;
        var open = text.IndexOf('[', StringComparison.Ordinal);
        if (open >= 0)
        {
            own = ParseCode(PetrarchText.Bracket(text, open, _file, line.Number).Inside, line.Number);
            text = text[..open];
        }

        var irregular = new List<string>();
        var brace = text.IndexOf('{', StringComparison.Ordinal);
        string[]? formTexts = null;
        if (brace >= 0)
        {
            var close = text.IndexOf('}', brace);
            if (close < 0) throw Error(line.Number, "unclosed '{' in verb '" + line.Text + "'");
            formTexts = text[(brace + 1)..close].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            text = text[..brace];
        }

        var words = PetrarchText.Words(text.Trim());
        if (words.Length == 0) throw Error(line.Number, "empty verb");
        var head = HeadIndex(words);
        if (head < 0)
        {
            head = 0;
            if (words.Length > 1) _notes.Add("multi-word verb without + marker");
        }

        for (var i = 0; i < words.Length; i++) words[i] = words[i].TrimStart('+').ToLowerInvariant();
        foreach (var form in formTexts ?? [])
        {
            var formWords = PetrarchText.Words(form);
            var h = HeadIndex(formWords);
            var word = formWords.Length == 0 ? string.Empty : formWords[h < 0 ? Math.Min(head, formWords.Length - 1) : h];
            word = word.TrimStart('+').ToLowerInvariant();
            if (word.Length > 0) irregular.Add(word);
        }

        var lemma = words[head];
        irregular.AddRange(_irregular.FormsOf(lemma));
        var elements = new PatternElement[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            elements[i] = i == head
                ? new PatternElement(Coding.Inflector.VerbForms(lemma, irregular), 0, IsHead: true)
                : new PatternElement([words[i]], 0, IsHead: false);
        }

        return new Verb(elements, own, line.Number);
    }

    private static int HeadIndex(string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].StartsWith('+')) return i;
        }

        return -1;
    }

    private void Compile(Block block)
    {
        // Bare verbs: each verb with its own code, else the block's; single-word verbs of one code share a pattern.
        var singles = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var singleCodes = new Dictionary<string, (Code Code, int Line)>(StringComparer.Ordinal);
        var allSingleForms = new List<string>();
        var heads = new List<IReadOnlyList<PatternElement>>();
        foreach (var verb in block.Verbs)
        {
            var code = verb.Own ?? block.Code;
            if (verb.Elements.Count == 1)
            {
                allSingleForms.AddRange(verb.Elements[0].Forms);
                if (code.CodesNothing) continue;
                var key = code.Key;
                if (!singles.TryGetValue(key, out var forms))
                {
                    singles[key] = forms = [];
                    singleCodes[key] = (code, verb.Line);
                }

                forms.AddRange(verb.Elements[0].Forms);
            }
            else
            {
                heads.Add(verb.Elements);
                if (!code.CodesNothing) Add(block, verb.Line, [.. verb.Elements], code, new Frame { DirectObject = true, TargetInVerbPhrase = true }, "verb");
            }
        }

        foreach (var (key, forms) in singles)
        {
            var (code, line) = singleCodes[key];
            Add(block, line, [new PatternElement(forms.Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), 0, IsHead: true)], code, new Frame { DirectObject = true, TargetInVerbPhrase = true }, "verb");
        }

        if (allSingleForms.Count > 0)
        {
            heads.Insert(0, [new PatternElement(allSingleForms.Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), 0, IsHead: true)]);
        }

        if (heads.Count == 0 && block.Patterns.Count > 0) throw Error(block.Line, "verb block " + block.Name + " has patterns but no verb");
        foreach (var line in block.Patterns)
        {
            try
            {
                CompilePattern(block, line, heads);
            }
            catch (DictionaryException error)
            {
                _notes.Fail(error);
            }
        }
    }

    private void CompilePattern(Block block, PetrarchLine line, List<IReadOnlyList<PatternElement>> heads)
    {
        var text = line.Text[1..].Trim();
        var open = text.LastIndexOf('[');
        if (open < 0) throw Error(line.Number, "pattern '" + line.Text + "' has no code");
        var code = ParseCode(PetrarchText.Bracket(text, open, _file, line.Number).Inside, line.Number);
        var body = text[..open];
        var items = Tokenize(body);
        var verbAt = items.FindIndex(i => i.Word == "*");
        if (verbAt < 0)
        {
            _notes.Add("pattern without *");
            return;
        }

        var frame = FrameOf(items, verbAt);
        var variants = Variants(items, line.Number);
        if (variants.Count > MaxVariants)
        {
            _notes.Add("pattern variants capped");
            variants.RemoveRange(MaxVariants, variants.Count - MaxVariants);
        }

        foreach (var head in heads)
        {
            foreach (var variant in variants)
            {
                Add(block, line.Number, Build(variant, head), code, frame, body.Trim());
            }
        }
    }

    private static List<Item> Tokenize(string body)
    {
        // The gap after a word is the smallest its separators allow: '_' joins adjacent words, a space inside one
        // { } or ( ) group allows GroupGap, anything else WordGap.
        var items = new List<Item>();
        var word = new System.Text.StringBuilder();
        var depth = 0;
        foreach (var c in body)
        {
            if (c is not ('{' or '(' or '}' or ')' or ' ' or '\t' or '_'))
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 0)
            {
                items.Add(new Item(word.ToString(), int.MaxValue));
                word.Clear();
            }

            var gap = c switch
            {
                '_' => 0,
                ' ' or '\t' => depth > 0 ? GroupGap : WordGap,
                _ => WordGap,
            };
            if (c is '{' or '(') depth++;
            else if (c is '}' or ')') depth = Math.Max(0, depth - 1);
            if (items.Count > 0 && gap < items[^1].Gap) items[^1] = items[^1] with { Gap = gap };
        }

        if (word.Length > 0) items.Add(new Item(word.ToString(), WordGap));
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Gap == int.MaxValue) items[i] = items[i] with { Gap = WordGap };
        }

        return items;
    }

    private Frame FrameOf(List<Item> items, int verbAt)
    {
        var frame = new Frame();
        var sawTarget = false;
        for (var i = 0; i < items.Count; i++)
        {
            var word = items[i].Word;
            var before = i > 0 && !IsMarker(items[i - 1].Word) && Prepositions.Contains(items[i - 1].Word) ? items[i - 1].Word.ToLowerInvariant() : null;
            switch (word)
            {
                case "+" when !sawTarget:
                    sawTarget = true;
                    if (i < verbAt) frame.TargetBeforeTrigger = true;
                    else if (before is not null && i - 1 > verbAt) frame.TargetPrepositions.Add(before);
                    else frame.DirectObject = true;
                    break;
                case "+":
                    _notes.Add("pattern second target");
                    break;
                case "$" when i > verbAt:
                    frame.SourceAfterTrigger = true;
                    if (before is not null && i - 1 > verbAt) frame.SourcePrepositions.Add(before);
                    break;
                case "%":
                    frame.Reciprocal = true;
                    break;
                case "^":
                    _notes.Add("pattern skip (^) as gap");
                    break;
            }
        }

        if (!sawTarget)
        {
            frame.DirectObject = true;
            frame.TargetInVerbPhrase = true;
        }
        return frame;
    }

    private static bool IsMarker(string word) => word is "*" or "$" or "+" or "%" or "^";

    // Expands synset references: each variant is the pattern as a list of words and markers with their adjacency.
    private List<List<Unit>> Variants(List<Item> items, int line)
    {
        var variants = new List<List<Unit>> { new() };
        foreach (var item in items)
        {
            if (item.Word[0] == '&')
            {
                var members = Synset(SynsetName(item.Word), line, 0);
                var singles = members.Where(m => m.Length == 1).Select(m => m[0]).ToArray();
                var multis = members.Where(m => m.Length > 1).ToList();
                var next = new List<List<Unit>>();
                foreach (var v in variants)
                {
                    if (singles.Length > 0) next.Add([.. v, new Unit(singles, item.Gap)]);
                    foreach (var m in multis)
                    {
                        var copy = new List<Unit>(v);
                        for (var k = 0; k < m.Length; k++) copy.Add(new Unit([m[k]], k < m.Length - 1 ? 0 : item.Gap));
                        next.Add(copy);
                    }

                    if (next.Count > MaxVariants * 4) break;
                }

                variants = next;
            }
            else
            {
                foreach (var v in variants) v.Add(new Unit([item.Word.ToLowerInvariant()], item.Gap));
            }
        }

        return variants;
    }

    private static List<PatternElement> Build(List<Unit> units, IReadOnlyList<PatternElement> head)
    {
        var elements = new List<PatternElement>();
        var gap = 0;
        var sawMarker = false;
        foreach (var unit in units)
        {
            var word = unit.Forms.Count == 1 ? unit.Forms[0] : string.Empty;
            if (word is "$" or "+" or "%" or "^")
            {
                sawMarker = true;
                continue;
            }

            if (elements.Count > 0)
            {
                // An actor or skipped phrase between two words needs room for a noun phrase.
                var before = sawMarker ? PhraseGap : gap;
                if (before > 0) elements.Add(new PatternElement([], before, IsHead: false));
            }

            if (word == "*") elements.AddRange(head);
            else elements.Add(new PatternElement(unit.Forms, 0, IsHead: false));
            gap = unit.Gap;
            sawMarker = false;
        }

        return elements;
    }

    private List<string[]> Synset(string name, int line, int depth)
    {
        if (_expanded.TryGetValue(name, out var done)) return done;
        if (!_synsets.TryGetValue(name, out var members)) throw Error(line, "unknown synset &" + name);
        if (depth > 8) throw Error(line, "synset &" + name + " refers to itself");
        var result = new List<string[]>();
        foreach (var member in members)
        {
            var partial = new List<string[]> { Array.Empty<string>() };
            foreach (var word in PetrarchText.Words(member))
            {
                var options = word[0] == '&' ? Synset(SynsetName(word), line, depth + 1) : [[word.ToLowerInvariant()]];
                var next = new List<string[]>();
                foreach (var p in partial)
                {
                    foreach (var o in options) next.Add([.. p, .. o]);
                }

                partial = next;
            }

            result.AddRange(partial.Where(p => p.Length > 0));
        }

        _expanded[name] = result;
        return result;
    }

    private static string SynsetName(string token) => token.TrimStart('&').TrimEnd('_');

    private Code ParseCode(string inside, int line)
    {
        var text = inside.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (text.Length == 0) throw Error(line, "empty code '[]'");
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var first = colon < 0 ? text : text[..colon];
        var second = colon < 0 ? null : text[(colon + 1)..];
        if (first.Length == 0 && string.IsNullOrEmpty(second)) throw Error(line, "malformed code '[" + inside + "]'");
        Check(first, line);
        if (second is not null) Check(second, line);
        if (first.Length == 0)
        {
            _notes.Add("code with only a second part [:b]");
            return new Code(second!, null, PetrarchText.IsNullCode(second!), Reversed: true);
        }

        if (second is { Length: > 0 } && !PetrarchText.IsNullCode(second)) _notes.Add("code pair [a:b] (second kept as SecondCode)");
        return new Code(first, second is { Length: > 0 } && !PetrarchText.IsNullCode(second) ? second : null, PetrarchText.IsNullCode(first), Reversed: false);
    }

    private void Check(string code, int line)
    {
        if (code.Length == 0 || PetrarchText.IsNullCode(code)) return;
        foreach (var c in code)
        {
            if (!char.IsAsciiLetterOrDigit(c)) throw Error(line, "malformed event code '" + code + "'");
        }

        if (code.Length > 5) throw Error(line, "event code '" + code + "' is longer than 5 characters");
        if (!PetrarchText.IsDigits(code) || code.Length < 2) _notes.Add("test-only event code");
    }

    private void Add(Block block, int line, List<PatternElement> elements, Code code, Frame frame, string origin)
    {
        var id = PetrarchIds.Unique("pattern:petrarch-" + PetrarchText.Slug(block.Name) + "-" + line.ToString(CultureInfo.InvariantCulture), _usedIds);
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["source"] = "petrarch",
            ["petrarch.block"] = block.Name,
            ["petrarch.pattern"] = origin,
        };
        if (code.Reversed) attributes["petrarch.reversed"] = "true";
        _patterns.Add(new EventPattern
        {
            Id = id,
            Cameo = code.CodesNothing ? "---" : code.First,
            Elements = elements,
            Kind = TriggerKind.Verb,
            DirectObject = frame.DirectObject,
            TargetPrepositions = frame.TargetPrepositions,
            Reciprocal = frame.Reciprocal,
            SourceAfterTrigger = frame.SourceAfterTrigger,
            SourcePrepositions = frame.SourcePrepositions,
            TargetBeforeTrigger = frame.TargetBeforeTrigger,
            TargetInVerbPhrase = frame.TargetInVerbPhrase,
            CodesNothing = code.CodesNothing,
            SecondCode = code.Second,
            Attributes = attributes,
            File = _file,
            Line = line,
        });
    }

    private DictionaryException Error(int line, string reason) => new(_file, line, reason);

    private sealed record Code(string First, string? Second, bool CodesNothing, bool Reversed)
    {
        public string Key => First + ":" + Second + ":" + CodesNothing + ":" + Reversed;
    }

    private sealed record Verb(IReadOnlyList<PatternElement> Elements, Code? Own, int Line);

    private sealed record Item(string Word, int Gap);

    private sealed record Unit(IReadOnlyList<string> Forms, int Gap);

    private sealed class Block(string name, int line, Code code)
    {
        public string Name { get; } = name;
        public int Line { get; } = line;
        public Code Code { get; } = code;
        public List<Verb> Verbs { get; } = [];
        public List<PetrarchLine> Patterns { get; } = [];
    }

    private sealed class Frame
    {
        public bool DirectObject { get; set; }
        public List<string> TargetPrepositions { get; } = [];
        public bool Reciprocal { get; set; }
        public bool SourceAfterTrigger { get; set; }
        public List<string> SourcePrepositions { get; } = [];
        public bool TargetBeforeTrigger { get; set; }
        public bool TargetInVerbPhrase { get; set; }
    }
}
