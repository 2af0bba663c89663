namespace Entente.Evaluation;

/// <summary>Decides the match level of one predicted event against one gold event under a scoring mode.</summary>
public sealed class EventMatcher
{
    private readonly EvaluationOptions _options;

    /// <summary>Creates a matcher for the given options.</summary>
    public EventMatcher(EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>The best level at which <paramref name="predicted"/> matches <paramref name="gold"/>; <paramref name="goldClass"/> is the root (or PLOVER type) of the gold alternative that matched, else the preferred one.</summary>
    public MatchLevel Level(GoldEvent gold, PredictedEvent predicted, out string? goldClass)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        goldClass = PreferredClass(gold);
        if (_options.Mode != ScoringMode.RootOnly
            && (!ActorAgrees(gold.Sources, predicted.SourceKey, predicted.SourceCode)
                || !ActorAgrees(gold.Targets, predicted.TargetKey, predicted.TargetCode)))
        {
            return MatchLevel.None;
        }

        if (_options.Mode is ScoringMode.Plover or ScoringMode.PloverDyads && gold.PloverType is { } type)
        {
            var normal = _options.PloverNormaliser(type);
            return predicted.PloverType is { } p && string.Equals(normal, p, StringComparison.OrdinalIgnoreCase)
                ? MatchLevel.Code
                : MatchLevel.Dyad;
        }

        if (gold.Cameos.Count == 0)
        {
            return MatchLevel.Code;
        }

        var best = MatchLevel.Dyad;
        foreach (var code in gold.Cameos)
        {
            var level = CodeLevel(code, predicted.Cameo);
            if (level < best)
            {
                best = level;
                goldClass = Root(code);
                if (level == MatchLevel.Code)
                {
                    break;
                }
            }
        }

        return best;
    }

    /// <summary>The class a predicted event is counted under in the per-root table: CAMEO root, or PLOVER type in PLOVER mode.</summary>
    public string ClassOf(PredictedEvent predicted)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        return _options.Mode is ScoringMode.Plover or ScoringMode.PloverDyads
            ? predicted.PloverType?.ToUpperInvariant() ?? "?"
            : Root(predicted.Cameo);
    }

    /// <summary>The class of a gold event's preferred reading.</summary>
    public string PreferredClass(GoldEvent gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        if (_options.Mode is ScoringMode.Plover or ScoringMode.PloverDyads && gold.PloverType is { } type)
        {
            return _options.PloverNormaliser(type).ToUpperInvariant();
        }

        return gold.Cameos.Count > 0 ? Root(gold.Cameos[0]) : "?";
    }

    private MatchLevel CodeLevel(string gold, string predicted)
    {
        var sameRoot = Prefix(gold, 2).Equals(Prefix(predicted, 2), StringComparison.Ordinal);
        if (!sameRoot)
        {
            return MatchLevel.Dyad;
        }

        var sameCode = _options.Mode == ScoringMode.PetrarchStrict
            ? string.Equals(gold, predicted, StringComparison.Ordinal)
            : gold.Length <= 2 || Prefix(gold, 3).Equals(Prefix(predicted, 3), StringComparison.Ordinal);
        return sameCode ? MatchLevel.Code : MatchLevel.Root;
    }

    private bool ActorAgrees(IReadOnlyList<string> alternatives, string? key, string? code)
    {
        if (alternatives.Count == 0)
        {
            return true;
        }

        foreach (var alternative in alternatives)
        {
            if (ActorAgrees(alternative, key, code))
            {
                return true;
            }
        }

        return false;
    }

    private bool ActorAgrees(string gold, string? key, string? code)
    {
        var full = string.IsNullOrEmpty(code) ? key : code;
        var absent = string.IsNullOrEmpty(key) && string.IsNullOrEmpty(code);
        switch (_options.Mode)
        {
            case ScoringMode.PetrarchStrict:
                return absent
                    ? string.Equals(gold, GoldEvent.NoActor, StringComparison.Ordinal)
                    : string.Equals(gold, full, StringComparison.OrdinalIgnoreCase);
            case ScoringMode.PetrarchRelaxed:
                if (absent)
                {
                    return Prefix(gold, 3).Equals(GoldEvent.NoActor, StringComparison.Ordinal);
                }

                // CAMEO writes international actors as IGO…/NGO…/IMG… codes; Entente's own dictionaries key them by
                // the organisation's short name (UN, EU, ISIS), which relaxed scoring accepts for those classes.
                return Prefix(gold, 3).Equals(Prefix(full!, 3), StringComparison.OrdinalIgnoreCase)
                    || (ActorKeys.IsGenericOrganisation(gold[..Math.Min(3, gold.Length)])
                        && key is not null && _options.IsOrganisationKey(key));
            case ScoringMode.Plover:
            case ScoringMode.PloverDyads:
                if (absent)
                {
                    return string.Equals(gold, GoldEvent.NoActor, StringComparison.Ordinal);
                }

                if (ActorKeys.IsGenericOrganisation(gold))
                {
                    return (key is not null && _options.IsOrganisationKey(key))
                        || (code is not null && code.StartsWith(gold, StringComparison.OrdinalIgnoreCase));
                }

                return string.Equals(gold, key, StringComparison.OrdinalIgnoreCase)
                    || (code is { Length: >= 3 } && Prefix(code, 3).Equals(gold, StringComparison.OrdinalIgnoreCase));
            default:
                return absent
                    ? string.Equals(gold, GoldEvent.NoActor, StringComparison.Ordinal)
                    : string.Equals(gold, key, StringComparison.OrdinalIgnoreCase)
                        || (string.IsNullOrEmpty(key) && string.Equals(gold, code, StringComparison.OrdinalIgnoreCase));
        }
    }

    private static ReadOnlySpan<char> Prefix(string value, int length) =>
        value.AsSpan(0, Math.Min(length, value.Length));

    private static string Root(string code) => code.Length <= 2 ? code : code[..2];
}
