using System.Data.Common;
using System.Globalization;
using System.Text;
using Entente.Model;
using Entente.Store;

namespace Entente.Server;

/// <summary>The few reads the API needs beyond <see cref="Analytics"/>: counts, the sentence and document of events, actor counts, the events' date span.</summary>
/// <remarks>Each call opens its own connection (<see cref="IEventStore.OpenConnection"/>), so requests read in parallel.</remarks>
internal static class StoreQueries
{
    /// <summary>Documents, their sentences (stored or not, see <see cref="SentenceScope"/>) and events.</summary>
    public static async Task<(long Documents, long Sentences, long Events)> CountsAsync(IEventStore store, CancellationToken ct)
    {
        await using var connection = store.OpenConnection();
        await using var command = Sql.Command(connection,
            "SELECT (SELECT COUNT(*) FROM documents), (SELECT COALESCE(SUM(sentence_count), 0) FROM documents), (SELECT COUNT(*) FROM events)");
        await using var r = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await r.ReadAsync(ct).ConfigureAwait(false);
        return (Sql.Long(r, 0), Sql.Long(r, 1), Sql.Long(r, 2));
    }

    /// <summary>The sentence and document of each event of a page, matched by id and, for ids repeated across documents, by the event's own offsets.</summary>
    public static async Task<EventContext?[]> ContextsAsync(IEventStore store, IReadOnlyList<CodedEvent> events, CancellationToken ct)
    {
        var result = new EventContext?[events.Count];
        if (events.Count == 0)
        {
            return result;
        }

        var ids = new List<object?>(events.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sql = new StringBuilder(
            "SELECT e.id, e.source_start, e.trigger_start, e.cameo, e.event_no, e.cluster_id, s.text, s.start_char, s.end_char, s.is_headline, " +
            "d.title, d.url, d.source, d.pub_date, e.sentence FROM events e " +
            "LEFT JOIN sentences s ON s.doc_no = e.doc_no AND s.sentence = e.sentence " +
            "LEFT JOIN documents d ON d.doc_no = e.doc_no WHERE e.id IN (");
        foreach (var e in events)
        {
            if (seen.Add(e.Id))
            {
                sql.Append(ids.Count == 0 ? "$" : ", $").Append((ids.Count + 1).ToString(CultureInfo.InvariantCulture));
                ids.Add(e.Id);
            }
        }

        sql.Append(") ORDER BY e.event_no");
        var rows = new List<(string Id, int SourceStart, int TriggerStart, string Cameo, EventContext Context)>();
        await using (var connection = store.OpenConnection())
        {
            await using var command = Sql.Command(connection, sql.ToString(), [.. ids]);
            await using var r = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await r.ReadAsync(ct).ConfigureAwait(false))
            {
                rows.Add((r.GetString(0), Int(r, 1), Int(r, 2), r.GetString(3), new EventContext(
                    Sql.Long(r, 4),
                    r.IsDBNull(5) ? null : Sql.Long(r, 5),
                    Int(r, 14),
                    r.IsDBNull(6) ? null : r.GetString(6),
                    Int(r, 7),
                    Int(r, 8),
                    !r.IsDBNull(9) && r.GetBoolean(9),
                    Sql.String(r, 10),
                    Sql.String(r, 11),
                    Sql.String(r, 12),
                    Sql.Date(r, 13))));
            }
        }

        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            foreach (var row in rows)
            {
                if (row.Id == e.Id && row.SourceStart == e.Source.Start && row.TriggerStart == e.Trigger.Start && row.Cameo == e.Cameo)
                {
                    result[i] = row.Context;
                    break;
                }
            }
        }

        return result;
    }

    /// <summary>How many events name each actor key as source or target (each event counted once per side).</summary>
    public static async Task<List<(string Key, long Events, string? Code)>> ActorCountsAsync(IEventStore store, CancellationToken ct)
    {
        await using var connection = store.OpenConnection();
        await using var command = Sql.Command(connection,
            "SELECT k, COUNT(*), MIN(c) FROM (SELECT source_key AS k, source_code AS c FROM events " +
            "UNION ALL SELECT target_key, target_code FROM events WHERE target_key IS NOT NULL) x GROUP BY k ORDER BY 2 DESC, 1");
        await using var r = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var list = new List<(string, long, string?)>();
        while (await r.ReadAsync(ct).ConfigureAwait(false))
        {
            list.Add((r.GetString(0), Sql.Long(r, 1), Sql.String(r, 2)));
        }

        return list;
    }

    /// <summary>Whether any event has <paramref name="key"/> as source or target key.</summary>
    public static async Task<bool> HasActorAsync(IEventStore store, string key, CancellationToken ct)
    {
        await using var connection = store.OpenConnection();
        await using var command = Sql.Command(connection, "SELECT 1 FROM events WHERE source_key = $1 OR target_key = $1 LIMIT 1", key);
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) is not (null or DBNull);
    }

    /// <summary>First and last date of asserted, dated events inside the optional bounds (as <c>entente alignment</c> takes for its trend halves).</summary>
    public static async Task<DateRange?> EventSpanAsync(IEventStore store, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        await using var connection = store.OpenConnection();
        var sql = new StringBuilder("SELECT MIN(event_date), MAX(event_date) FROM events WHERE event_date IS NOT NULL AND modality = 'asserted'");
        var args = new List<object?>();
        if (from is { } f)
        {
            args.Add(f);
            sql.Append(" AND event_date >= $").Append(args.Count.ToString(CultureInfo.InvariantCulture));
        }

        if (to is { } t)
        {
            args.Add(t);
            sql.Append(" AND event_date <= $").Append(args.Count.ToString(CultureInfo.InvariantCulture));
        }

        await using var command = Sql.Command(connection, sql.ToString(), [.. args]);
        await using var r = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await r.ReadAsync(ct).ConfigureAwait(false) || r.IsDBNull(0) || r.IsDBNull(1))
        {
            return null;
        }

        return new DateRange(Sql.Date(r, 0)!.Value, Sql.Date(r, 1)!.Value);
    }

    // A null integer column counts as 0 here (offsets and counts of rows that have none).
    private static int Int(DbDataReader r, int i) => Sql.Int(r, i) ?? 0;
}
