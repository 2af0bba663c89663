using Entente.Dates;
using Entente.Model;
using Entente.Ontology;

namespace Entente.Coding;

/// <summary>Codes the sentences of a segmented, recognised document into events: patterns → arguments →
/// modality → actors → the enriched event record.</summary>
public sealed class EventCoder
{
    private const int BackgroundDays = 400;
    private readonly PatternSet _patterns;
    private readonly CameoOntology _ontology;
    private readonly IDateResolver _dates;
    private readonly CoderOptions _options;
    private readonly ClauseSplitter _splitter;
    private readonly ArgumentFinder _arguments;
    private readonly ModalityDetector _modality;
    private readonly MatchFilter _filter;
    private readonly SlotResolver _slots = new();
    private readonly IntentCodeMap _intents = new();
    private readonly EventDatePicker _datePicker = new();

    /// <summary>Creates a coder; all parts are immutable and may be shared across threads.</summary>
    public EventCoder(PatternSet patterns, CameoOntology ontology, IDateResolver dates, WordSets words, CoderOptions options)
    {
        _patterns = patterns;
        _ontology = ontology;
        _dates = dates;
        _options = options;
        _splitter = new ClauseSplitter(words);
        _arguments = new ArgumentFinder(words);
        _modality = new ModalityDetector(words);
        _filter = new MatchFilter(words);
    }

    /// <summary>Codes every sentence of <paramref name="doc"/> given its mentions (ordered by start).</summary>
    public (IReadOnlyList<CodedEvent> Events, IReadOnlyList<TraceEntry> Trace) Code(SegmentedDocument doc, IReadOnlyList<Mention> mentions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(mentions);
        var events = new List<CodedEvent>();
        var trace = _options.Trace ? new List<TraceEntry>() : null;
        var context = new ActorContext();
        var publication = doc.Document.Date ?? _options.DefaultDate;
        var next = 0;
        foreach (var sentence in doc.Sentences)
        {
            var sentenceMentions = new List<Mention>();
            while (next < mentions.Count && mentions[next].Start < sentence.End)
            {
                if (mentions[next].Start >= sentence.Start) sentenceMentions.Add(mentions[next]);
                next++;
            }

            CodeSentence(doc, sentence, sentenceMentions, context, publication, events, trace);
            context.Observe(sentenceMentions);
        }

        return (events, (IReadOnlyList<TraceEntry>?)trace ?? []);
    }

    private void CodeSentence(SegmentedDocument doc, Sentence sentence, List<Mention> mentions, ActorContext context,
        DateOnly? publication, List<CodedEvent> events, List<TraceEntry>? trace)
    {
        var text = doc.Text;
        var tokens = doc.TokensOf(sentence);
        var matches = _patterns.Match(text, tokens, sentence.FirstToken);
        if (matches.Count == 0)
        {
            trace?.Add(new TraceEntry("coder", sentence.Index, "no event pattern matched"));
            return;
        }

        var view = new SentenceView(text, sentence, doc.TokenMemoryOf(sentence), mentions, _splitter);
        var (kept, dropped) = _filter.Filter(view, matches);
        if (trace is not null)
        {
            foreach (var (m, reason) in dropped)
                trace.Add(new TraceEntry("coder", sentence.Index, $"{m.Pattern.Id} '{Slice(text, doc.Tokens[m.FirstToken].Start, doc.Tokens[m.LastToken].End)}': {reason}; no event"));
        }

        // Dates are found only once a match has its actors: most matched sentences never get that far.
        IReadOnlyList<DateExpression>? dates = null;
        var n = 0;
        Arguments? previous = null;
        foreach (var match in kept)
        {
            var pattern = match.Pattern;
            if (pattern.CodesNothing)
            {
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id}: a null-coded pattern claims these words; no event"));
                continue;
            }

            var triggerStart = doc.Tokens[match.FirstToken].Start;
            var triggerEnd = doc.Tokens[match.LastToken].End;
            var args = _arguments.Find(view, match, previous);
            if (pattern.Kind == TriggerKind.Verb && !args.Passive && args.Source.Count > 0) previous = args;
            var sources = _slots.Resolve(args.Source, mentions, context, null, text);
            if (sources.Count == 0)
            {
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': no source actor found ({args.How}); no event"));
                continue;
            }

            var targets = _slots.Resolve(args.Target, mentions, context, sources[0].Actor.Country, text);
            if (targets.Count == 0 && !args.Reciprocal && !(pattern.AllowNoTarget && _options.AllowTargetless))
            {
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': no target actor found; no event"));
                continue;
            }

            var local = match.HeadToken - sentence.FirstToken;
            var clauseStart = ClauseStart(view, local);
            var cue = _modality.Detect(text, tokens, clauseStart, match.FirstToken - sentence.FirstToken, pattern.Kind);
            if (cue.Modality == Modality.Asserted && pattern.Kind == TriggerKind.Noun && args.How is "by" or "of" or "possessive" or "between" &&
                _modality.AfterNoun(text, tokens, FirstAfterArguments(view, match, args), view.Clause) is { } after)
                cue = after;
            var code = pattern.Cameo;
            if (_options.IntentCodes && (cue.Modality is Modality.Future or Modality.Hypothetical || (cue.Modality == Modality.Negated && IsFutureNegation(view, clauseStart, local))))
                code = _intents.IntentFor(pattern.Cameo, pattern.Contexts);

            var head = doc.Tokens[match.HeadToken];
            dates ??= publication is { } p ? _dates.Find(doc, sentence, p) : [];
            var picked = _datePicker.DateOf(text, sentence, dates, head.Start, head.End, publication);
            var (date, basis) = (picked.Date, picked.Basis);
            if (picked.Expression is { Granularity: DateGranularity.Range, RangeEnd: { } rangeEnd } && publication is { } pubDate && pubDate.DayNumber - rangeEnd.DayNumber <= 7)
            {
                // "over the last two years", "since 2014": an ongoing state, current as of publication.
                (date, basis) = (pubDate, DateBasis.Publication);
            }

            if (date is { } d && publication is { } pub && pub.DayNumber - d.DayNumber > BackgroundDays)
            {
                trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id} '{text[triggerStart..triggerEnd]}': dated {d:yyyy-MM-dd}, background to a {pub:yyyy-MM-dd} story; no event"));
                continue;
            }

            var triggerText = Slice(text, triggerStart, triggerEnd);
            var trigger = new TriggerRef(triggerText, triggerStart, triggerEnd);
            var location = FindLocation(view);
            foreach (var (source, found) in Pairs(sources, targets, args.Reciprocal))
            {
                var target = found ?? DomesticTarget(code, source);
                var confidence = Confidence(source, target, args);
                if (confidence < _options.MinConfidence)
                {
                    trace?.Add(new TraceEntry("coder", sentence.Index, $"{pattern.Id}: {source.Actor.Code}->{target?.Actor.Code ?? "---"} confidence {confidence:0.00} below threshold"));
                    continue;
                }

                var (from, to) = pattern.Attributes.TryGetValue("petrarch.reversed", out var reversed) && reversed == "true" && target is not null
                    ? (target, source) : (source, (ActorSlot?)target);
                var ev = Build(doc, sentence, n++, from, to, code, pattern, args, cue, trigger, date, basis, location, confidence);
                events.Add(ev);
                if (pattern.SecondCode is { } second && to is not null && found is not null && !args.Reciprocal)
                {
                    // A PETRARCH [a:b] pair: the target's act towards the source ("X offered aid to Y, who accepted").
                    events.Add(Build(doc, sentence, n++, to, from, second, pattern, args, cue, trigger, date, basis, location, confidence));
                }

                trace?.Add(new TraceEntry("coder", sentence.Index,
                    $"{pattern.Id} '{triggerText}' ({args.How}{(args.Passive ? ", passive" : "")}): {ev.Source.Code} -> {ev.Target?.Code ?? "---"} {ev.Cameo} {ev.Modality.ToString().ToLowerInvariant()}{(cue.Cue is null ? "" : $" (cue '{cue.Cue}')")}"));
            }
        }
    }

    private static string Slice(string text, int start, int end) => text[start..end];

    /// <summary>The first token after the trigger and the argument phrases that follow it.</summary>
    private static int FirstAfterArguments(SentenceView view, PatternMatch match, Arguments args)
    {
        var end = match.LastToken - view.Sentence.FirstToken + 1;
        foreach (var m in args.Source.Concat(args.Target))
            end = Math.Max(end, view.LastOf(m) + 1);
        return end;
    }

    private static int ClauseStart(SentenceView view, int token)
    {
        var clause = view.Clause[token];
        var i = token;
        while (i > 0 && view.Clause[i - 1] == clause) i--;
        return i;
    }

    private static bool IsFutureNegation(SentenceView view, int clauseStart, int head)
    {
        for (var i = clauseStart; i < head; i++)
        {
            if (view.Is(i, "will") || view.Is(i, "won't") || view.Is(i, "won’t") || view.Is(i, "shall")) return true;
        }

        return false;
    }

    private static IEnumerable<(ActorSlot Source, ActorSlot? Target)> Pairs(IReadOnlyList<ActorSlot> sources, IReadOnlyList<ActorSlot> targets, bool reciprocal)
    {
        if (targets.Count == 0)
        {
            if (reciprocal && sources.Count >= 2)
            {
                foreach (var a in sources)
                    foreach (var b in sources)
                        if (!ReferenceEquals(a, b) && a.Actor.Code != b.Actor.Code) yield return (a, b);
                yield break;
            }

            if (!reciprocal)
                foreach (var a in sources) yield return (a, null);
            yield break;
        }

        foreach (var a in sources)
        {
            foreach (var b in targets)
            {
                if (a.Actor.Code == b.Actor.Code) continue;
                yield return (a, b);
                if (reciprocal) yield return (b, a);
            }
        }
    }

    /// <summary>The source's own country as the target of an act that is domestic by nature when the text names no
    /// other party: protests, strikes and threats of them face the home government; emergencies, bans, police
    /// build-ups and concessions by a government face its own people (dev-README: domestic targets X->X).</summary>
    private static ActorSlot? DomesticTarget(string code, ActorSlot source)
    {
        if (source.Actor is not { Country: { } country, Org: null } actor) return null;
        var state = actor.Sector is "GOV" or "MIL" or "COP" or "SPY" or "JUD" or "LEG";
        string? sector;
        if (code.StartsWith("14", StringComparison.Ordinal) || code.StartsWith("133", StringComparison.Ordinal))
        {
            if (state) return null;
            sector = "GOV";
        }
        else if (code.StartsWith("172", StringComparison.Ordinal) || code.StartsWith("153", StringComparison.Ordinal) ||
                 code.StartsWith("083", StringComparison.Ordinal))
        {
            if (!state && actor.Sector is not null) return null;
            sector = null;
        }
        else
        {
            return null;
        }

        return new ActorSlot(new ActorCode(country + sector, country, null, sector, null), source.Mention, "domestic");
    }

    private static double Confidence(ActorSlot source, ActorSlot? target, Arguments args)
    {
        var c = 0.9 * source.Trust * (target?.Trust ?? 0.85);
        if (args.Passive) c *= 0.95;
        if (args.How is "participle-subject" or "modifier") c *= 0.9;
        return Math.Round(Math.Clamp(c, 0, 0.99), 2);
    }

    private static PlaceRef? FindLocation(SentenceView view)
    {
        foreach (var m in view.Mentions)
        {
            if (m.Kind != MentionKind.Place || m.Place is null) continue;
            var k = view.FirstOf(m) - 1;
            if (view.Is(k, "in") || view.Is(k, "at") || view.Is(k, "near")) return m.Place;
        }

        return null;
    }

    private CodedEvent Build(SegmentedDocument doc, Sentence sentence, int n, ActorSlot source, ActorSlot? target, string code,
        EventPattern pattern, Arguments args, ModalityCue cue, TriggerRef trigger, DateOnly? date, DateBasis basis,
        PlaceRef? location, double confidence)
    {
        var known = _ontology.TryGet(code, out var cameo);
        var entries = new List<string>(source.Mention.Entries);
        if (target is not null) entries.AddRange(target.Mention.Entries);
        entries.Add(pattern.Id);
        return new CodedEvent
        {
            Id = $"{doc.Document.Id}:{sentence.Index}:{n}",
            DocId = doc.Document.Id,
            Sentence = sentence.Index,
            Date = date,
            DateBasis = basis,
            Source = ToRef(doc.Text, source),
            Target = target is null ? null : ToRef(doc.Text, target),
            Cameo = code,
            Goldstein = known ? cameo!.Goldstein : 0,
            QuadClass = known ? cameo!.QuadClass : 0,
            Plover = _ontology.ToPlover(code, pattern.Contexts) is { } plover ? plover with { Mode = pattern.PloverMode ?? plover.Mode } : null,
            Modality = cue.Modality,
            Trigger = trigger,
            Location = location,
            Confidence = confidence,
            Rule = $"{pattern.Id}/{args.How}",
            Entries = entries.Distinct(StringComparer.Ordinal).ToArray(),
        };
    }

    private static ActorRef ToRef(string text, ActorSlot slot)
    {
        var a = slot.Actor;
        return new ActorRef(a.Code, a.Country, a.Org, a.Sector, a.Name, text[slot.Mention.Start..slot.Mention.End], slot.Mention.Start, slot.Mention.End);
    }
}
