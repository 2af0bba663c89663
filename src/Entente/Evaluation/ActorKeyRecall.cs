namespace Entente.Evaluation;

/// <summary>How many of the gold events' actor keys the recognizer found among a record's mentions
/// (issue 3's dictionary-coverage figure): a gold key counts as found when any of its alternatives is.</summary>
public static class ActorKeyRecall
{
    /// <summary>Found keys over gold keys, per record (each distinct key of a record once; "---" is not a key).</summary>
    public static RatioScore Compute(IEnumerable<GoldRecord> records, Func<GoldRecord, IReadOnlySet<string>> mentionKeys, ICollection<string>? missing = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(mentionKeys);
        var found = 0;
        var total = 0;
        foreach (var record in records)
        {
            var keys = record.Events.SelectMany(e => new[] { e.Sources, e.Targets })
                .Where(alts => alts.Count > 0 && !alts.Contains(GoldEvent.NoActor))
                .Select(alts => string.Join('|', alts))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (keys.Count == 0) continue;
            var have = mentionKeys(record);
            foreach (var key in keys)
            {
                total++;
                if (key.Split('|').Any(have.Contains)) found++;
                else missing?.Add($"{record.Id}: {key}");
            }
        }

        return new RatioScore(found, total);
    }
}
