using System.Data.Common;
using Entente.Store;

namespace Entente.Cli.Store;

/// <summary>The few small reads the CLI needs beyond <see cref="Analytics"/>: the dated span of the events and an event's sentence.</summary>
internal static class StoreReads
{
    /// <summary>First and last date of asserted, dated events inside the optional bounds; null when there are none.</summary>
    public static async Task<DateRange?> EventSpanAsync(IEventStore store, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var connection = store.OpenConnection();
        var sql = "SELECT MIN(event_date), MAX(event_date) FROM events WHERE event_date IS NOT NULL AND modality = 'asserted'";
        var args = new List<object>();
        if (from is { } f)
        {
            args.Add(f);
            sql += $" AND event_date >= ${args.Count}";
        }

        if (to is { } t)
        {
            args.Add(t);
            sql += $" AND event_date <= ${args.Count}";
        }

        await using var command = Command(connection, sql, args);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        if (!await reader.ReadAsync(ct).ConfigureAwait(false) || reader.IsDBNull(0) || reader.IsDBNull(1))
        {
            return null;
        }

        return new DateRange(ToDate(reader.GetValue(0)), ToDate(reader.GetValue(1)));
    }

    /// <summary>The sentence an event was coded from (first match of the event id), or null.</summary>
    public static async Task<string?> SentenceOfAsync(IEventStore store, string eventId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var connection = store.OpenConnection();
        await using var command = Command(
            connection,
            "SELECT s.text FROM events e JOIN sentences s ON s.doc_no = e.doc_no AND s.sentence = e.sentence WHERE e.id = $1 ORDER BY e.event_no LIMIT 1",
            [eventId]);
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) as string;
    }

    private static DbCommand Command(DbConnection connection, string sql, List<object> args)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var arg in args)
        {
            var p = command.CreateParameter();
            p.Value = arg;
            command.Parameters.Add(p);
        }

        return command;
    }

    private static DateOnly ToDate(object value) => value switch
    {
        DateOnly d => d,
        DateTime t => DateOnly.FromDateTime(t),
        _ => DateOnly.Parse(value.ToString()!, System.Globalization.CultureInfo.InvariantCulture),
    };
}
