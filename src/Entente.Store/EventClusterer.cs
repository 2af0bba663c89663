using System.Data.Common;

namespace Entente.Store;

/// <summary>Groups events that report the same happening across documents (dedup), so aggregates can count happenings.</summary>
/// <remarks>
/// Two events share a cluster when they have the same dyad (actor keys; unordered for <see cref="ClusterOptions.SymmetricRoots"/>),
/// the same CAMEO root, the same modality (so asserted only joins asserted) and dates within
/// <see cref="ClusterOptions.WindowDays"/> of the cluster's first date. Undated events stay alone. Every event keeps its row;
/// the cluster id is the event number of its earliest member, so ids are stable across re-runs on the same data.
/// </remarks>
public sealed class EventClusterer
{
    private readonly IEventStore _store;
    private readonly ClusterOptions _options;

    /// <summary>Creates a clusterer over <paramref name="store"/>.</summary>
    public EventClusterer(IEventStore store, ClusterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _options = options ?? new ClusterOptions();
    }

    /// <summary>Recomputes clusters from the stored events and writes them in one transaction.</summary>
    /// <param name="incremental">
    /// Recompute only the groups (dyad, root, modality) that have events not yet clustered, e.g. after an ingest; the
    /// result is the same as a full run, since groups never share a cluster. Default false: recompute everything.
    /// </param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    /// <returns>Counts over the groups recomputed.</returns>
    public async Task<ClusterSummary> RunAsync(bool incremental = false, CancellationToken cancellationToken = default)
    {
        var groups = new Dictionary<(string Source, string? Target, string Root, string Modality), List<Row>>();
        var touched = new HashSet<(string Source, string? Target, string Root, string Modality)>();
        var undated = new List<(Row Row, (string, string?, string, string) Key)>();
        long events = 0;
        await using (var connection = _store.OpenConnection())
        {
            await using var command = Sql.Command(
                connection,
                "SELECT e.event_no, e.source_key, e.target_key, e.cameo_root, e.modality, e.event_date, e.doc_no, d.source, e.cluster_id " +
                "FROM events e JOIN documents d ON d.doc_no = e.doc_no");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var row = new Row(Sql.Long(reader, 0), Sql.Date(reader, 5), Sql.Long(reader, 6), Sql.String(reader, 7));
                var key = Key(reader);
                if (reader.IsDBNull(8))
                {
                    touched.Add(key);
                }

                if (row.Date is null)
                {
                    undated.Add((row, key));
                    continue;
                }

                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                }

                list.Add(row);
            }
        }

        var clusters = new List<EventCluster>();
        var members = new List<Row>();
        foreach (var (key, rows) in groups)
        {
            if (incremental && !touched.Contains(key))
            {
                continue;
            }

            events += rows.Count;
            rows.Sort(static (x, y) => x.Date!.Value != y.Date!.Value ? x.Date.Value.CompareTo(y.Date.Value) : x.EventNo.CompareTo(y.EventNo));
            var first = rows[0].Date!.Value;
            foreach (var row in rows)
            {
                if (members.Count > 0 && row.Date!.Value.DayNumber - first.DayNumber > _options.WindowDays)
                {
                    clusters.Add(Make(key, members));
                    members.Clear();
                }

                if (members.Count == 0)
                {
                    first = row.Date!.Value;
                }

                members.Add(row);
            }

            clusters.Add(Make(key, members));
            members.Clear();
        }

        foreach (var (row, key) in undated)
        {
            if (!incremental || touched.Contains(key))
            {
                events++;
                clusters.Add(Make(key, [row]));
            }
        }

        // Stable order makes the clusters table identical across runs on the same data.
        clusters.Sort(static (x, y) => x.ClusterId.CompareTo(y.ClusterId));
        // Deleting group by group only pays when few groups changed; when all did, replace everything at once.
        var keys = new HashSet<(string, string?, string, string)>(groups.Keys);
        foreach (var (_, key) in undated)
        {
            keys.Add(key);
        }

        var replaceAll = !incremental || touched.Count == keys.Count;
        await _store.WriteClustersAsync(clusters, replaceAll, cancellationToken).ConfigureAwait(false);
        long merged = 0;
        foreach (var c in clusters)
        {
            if (c.EventNos.Count > 1)
            {
                merged++;
            }
        }

        return new ClusterSummary(events, clusters.Count, merged);
    }

    private (string, string?, string, string) Key(DbDataReader reader)
    {
        var source = reader.GetString(1);
        var target = Sql.String(reader, 2);
        var root = reader.GetString(3);
        if (target is not null && string.CompareOrdinal(source, target) > 0 && IsSymmetric(root))
        {
            (source, target) = (target, source);
        }

        return (source, target, root, reader.GetString(4));
    }

    private bool IsSymmetric(string root)
    {
        foreach (var r in _options.SymmetricRoots)
        {
            if (string.Equals(r, root, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static EventCluster Make((string Source, string? Target, string Root, string Modality) key, List<Row> rows)
    {
        var eventNos = new long[rows.Count];
        var documents = new HashSet<long>();
        var sources = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < rows.Count; i++)
        {
            eventNos[i] = rows[i].EventNo;
            documents.Add(rows[i].DocNo);
            if (!string.IsNullOrWhiteSpace(rows[i].Source))
            {
                sources.Add(rows[i].Source!);
            }
        }

        return new EventCluster(
            eventNos[0], key.Source, key.Target, key.Root, key.Modality,
            rows[0].Date, rows[^1].Date, eventNos, documents.Count, sources.Count);
    }

    private readonly record struct Row(long EventNo, DateOnly? Date, long DocNo, string? Source);
}
