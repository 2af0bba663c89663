using System.Data.Common;
using Entente.Model;

namespace Entente.Store;

/// <summary>Read-side questions over a store: dyad series, alignment matrix, trends and event queries (portable SQL inside).</summary>
/// <remarks>
/// The SQL is standard where it can be (date_trunc, LEAST/GREATEST, unnest and $n parameters are shared by DuckDB and
/// PostgreSQL), so a PostgreSQL store answers with the same queries. By default aggregates count clusters, not reports:
/// each cluster is counted once, through its head event (<c>cluster_head</c>).
/// </remarks>
public sealed class Analytics
{
    private readonly IEventStore _store;

    /// <summary>Creates the analytics over <paramref name="store"/>.</summary>
    public Analytics(IEventStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <summary>Per-period counts of the dyad <paramref name="a"/>–<paramref name="b"/> (actor keys) in each direction and combined.</summary>
    public async Task<IReadOnlyList<DyadPeriod>> DyadSeriesAsync(
        string a,
        string b,
        PeriodUnit by = PeriodUnit.Month,
        DateOnly? from = null,
        DateOnly? to = null,
        bool countClusters = true,
        bool assertedOnly = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(a);
        ArgumentException.ThrowIfNullOrEmpty(b);
        var w = new SqlWhere();
        var pa = w.Param(a);
        var pb = w.Param(b);
        w.And($"(e.source_key = {pa} AND e.target_key = {pb}) OR (e.source_key = {pb} AND e.target_key = {pa})");
        w.And("e.event_date IS NOT NULL");
        AddCommon(w, from, to, countClusters, assertedOnly);
        var period = $"CAST(date_trunc('{Unit(by)}', e.event_date) AS DATE)";
        var direction = $"CASE WHEN e.source_key = {pa} THEN 0 ELSE 1 END";

        var rows = new Dictionary<(DateOnly, int), Acc>();
        await using var connection = _store.OpenConnection();
        var main =
            $"SELECT {period} AS period, {direction} AS dir, COUNT(*), " +
            "SUM(CASE WHEN e.quad_class = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad_class = 2 THEN 1 ELSE 0 END), " +
            "SUM(CASE WHEN e.quad_class = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad_class = 4 THEN 1 ELSE 0 END), SUM(e.goldstein) " +
            "FROM events e" + w.Clause + " GROUP BY 1, 2";
        await foreach (var r in ReadAsync(connection, main, w.Args, cancellationToken).ConfigureAwait(false))
        {
            var acc = Get(rows, (Sql.Date(r, 0)!.Value, (int)Sql.Long(r, 1)));
            acc.Total += Sql.Long(r, 2);
            acc.Q1 += Sql.Long(r, 3);
            acc.Q2 += Sql.Long(r, 4);
            acc.Q3 += Sql.Long(r, 5);
            acc.Q4 += Sql.Long(r, 6);
            acc.Goldstein += Sql.Double(r, 7) ?? 0;
        }

        var contexts = $"SELECT period, dir, ctx, COUNT(*) FROM (SELECT {period} AS period, {direction} AS dir, unnest(e.plover_context) AS ctx FROM events e{w.Clause}) x GROUP BY 1, 2, 3";
        await foreach (var r in ReadAsync(connection, contexts, w.Args, cancellationToken).ConfigureAwait(false))
        {
            Add(Get(rows, (Sql.Date(r, 0)!.Value, (int)Sql.Long(r, 1))).Contexts, r.GetString(2), Sql.Long(r, 3));
        }

        var roots = $"SELECT {period} AS period, {direction} AS dir, e.cameo_root, COUNT(*) FROM events e{w.Clause} GROUP BY 1, 2, 3";
        await foreach (var r in ReadAsync(connection, roots, w.Args, cancellationToken).ConfigureAwait(false))
        {
            Add(Get(rows, (Sql.Date(r, 0)!.Value, (int)Sql.Long(r, 1))).Roots, r.GetString(2), Sql.Long(r, 3));
        }

        var result = new List<DyadPeriod>(rows.Count * 3 / 2);
        var periods = new SortedSet<DateOnly>();
        foreach (var key in rows.Keys)
        {
            periods.Add(key.Item1);
        }

        foreach (var p in periods)
        {
            var combined = new Acc();
            for (var dir = 0; dir < 2; dir++)
            {
                var acc = rows.TryGetValue((p, dir), out var found) ? found : new Acc();
                result.Add(acc.ToPeriod(p, dir == 0 ? DyadDirection.AToB : DyadDirection.BToA));
                combined.Merge(acc);
            }

            result.Add(combined.ToPeriod(p, DyadDirection.Combined));
        }

        return result;
    }

    /// <summary>Net cooperation of every actor pair over a date range, with top partnerships and rivalries.</summary>
    public async Task<AlignmentResult> AlignmentAsync(DateOnly? from = null, DateOnly? to = null, AlignmentOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new AlignmentOptions();
        await using var connection = _store.OpenConnection();
        var pairs = await PairsAsync(connection, from, to, options, cancellationToken).ConfigureAwait(false);
        var actors = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var cell in pairs)
        {
            actors.Add(cell.A);
            actors.Add(cell.B);
        }

        var partnerships = pairs.Where(c => c.NetCooperation > 0)
            .OrderByDescending(c => c.NetCooperation).ThenByDescending(c => c.Total).ThenBy(c => c.A, StringComparer.Ordinal).Take(options.Top).ToList();
        var rivalries = pairs.Where(c => c.NetCooperation < 0)
            .OrderBy(c => c.NetCooperation).ThenByDescending(c => c.Total).ThenBy(c => c.A, StringComparer.Ordinal).Take(options.Top).ToList();
        return new AlignmentResult([.. actors], pairs, partnerships, rivalries);
    }

    /// <summary>Dyads whose net cooperation rose or fell most from <paramref name="period1"/> to <paramref name="period2"/>.</summary>
    public async Task<TrendResult> TrendAsync(DateRange period1, DateRange period2, AlignmentOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new AlignmentOptions();
        await using var connection = _store.OpenConnection();
        var before = (await PairsAsync(connection, period1.From, period1.To, options, cancellationToken).ConfigureAwait(false))
            .ToDictionary(c => (c.A, c.B));
        var after = await PairsAsync(connection, period2.From, period2.To, options, cancellationToken).ConfigureAwait(false);
        var changes = new List<(AlignmentCell Before, AlignmentCell After, double Change)>();
        foreach (var cell in after)
        {
            if (before.TryGetValue((cell.A, cell.B), out var old))
            {
                changes.Add((old, cell, cell.NetCooperation - old.NetCooperation));
            }
        }

        var warmed = new List<DyadTrend>();
        foreach (var c in changes.Where(c => c.Change > 0).OrderByDescending(c => c.Change).ThenBy(c => c.After.A, StringComparer.Ordinal).Take(options.Top))
        {
            warmed.Add(await TrendOfAsync(connection, c, period2, options, cancellationToken).ConfigureAwait(false));
        }

        var cooled = new List<DyadTrend>();
        foreach (var c in changes.Where(c => c.Change < 0).OrderBy(c => c.Change).ThenBy(c => c.After.A, StringComparer.Ordinal).Take(options.Top))
        {
            cooled.Add(await TrendOfAsync(connection, c, period2, options, cancellationToken).ConfigureAwait(false));
        }

        return new TrendResult(warmed, cooled);
    }

    /// <summary>One page of the events matching <paramref name="filter"/>, ordered by date then id, with the total count.</summary>
    public async Task<EventPage> QueryAsync(EventFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var w = SqlWhere.For(filter);
        await using var connection = _store.OpenConnection();
        long total;
        await using (var count = Sql.Command(connection, "SELECT COUNT(*) FROM events e" + w.Clause, [.. w.Args]))
        {
            total = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }

        var limit = Math.Max(0, filter.Limit);
        var offset = Math.Max(0, filter.Offset);
        var sql = $"SELECT {EventRows.Columns} FROM events e{w.Clause} ORDER BY e.event_date, e.id LIMIT {w.Param(limit)} OFFSET {w.Param(offset)}";
        var events = new List<CodedEvent>(Math.Min(limit, 1000));
        await foreach (var r in ReadAsync(connection, sql, w.Args, cancellationToken).ConfigureAwait(false))
        {
            events.Add(EventRows.Read(r));
        }

        return new EventPage(total, offset, limit, events);
    }

    private static async Task<List<AlignmentCell>> PairsAsync(DbConnection connection, DateOnly? from, DateOnly? to, AlignmentOptions options, CancellationToken ct)
    {
        var w = new SqlWhere();
        w.And("e.target_key IS NOT NULL AND e.source_key <> e.target_key");
        AddCommon(w, from, to, options.CountClusters, options.AssertedOnly);
        var sql =
            "SELECT LEAST(e.source_key, e.target_key) AS a, GREATEST(e.source_key, e.target_key) AS b, COUNT(*), " +
            "SUM(CASE WHEN e.quad_class IN (1, 2) THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad_class IN (3, 4) THEN 1 ELSE 0 END), AVG(e.goldstein) " +
            $"FROM events e{w.Clause} GROUP BY 1, 2 HAVING COUNT(*) >= {w.Param(options.MinEvents)} ORDER BY 1, 2";
        var cells = new List<AlignmentCell>();
        await foreach (var r in ReadAsync(connection, sql, w.Args, ct).ConfigureAwait(false))
        {
            var total = Sql.Long(r, 2);
            var coop = Sql.Long(r, 3);
            var conflict = Sql.Long(r, 4);
            cells.Add(new AlignmentCell(r.GetString(0), r.GetString(1), total, coop, conflict,
                total == 0 ? 0 : (double)(coop - conflict) / total, Sql.Double(r, 5) ?? 0));
        }

        return cells;
    }

    private static async Task<DyadTrend> TrendOfAsync(
        DbConnection connection, (AlignmentCell Before, AlignmentCell After, double Change) c, DateRange period, AlignmentOptions options, CancellationToken ct)
    {
        var w = new SqlWhere();
        var pa = w.Param(c.After.A);
        var pb = w.Param(c.After.B);
        w.And($"(e.source_key = {pa} AND e.target_key = {pb}) OR (e.source_key = {pb} AND e.target_key = {pa})");
        AddCommon(w, period.From, period.To, options.CountClusters, options.AssertedOnly);
        var order = c.Change > 0 ? "e.goldstein DESC" : "e.goldstein ASC";
        var sql = $"SELECT {EventRows.Columns} FROM events e{w.Clause} ORDER BY {order}, e.event_date, e.id LIMIT {w.Param(options.Drivers)}";
        var drivers = new List<CodedEvent>();
        await foreach (var r in ReadAsync(connection, sql, w.Args, ct).ConfigureAwait(false))
        {
            drivers.Add(EventRows.Read(r));
        }

        return new DyadTrend(c.Before, c.After, c.Change, c.After.GoldsteinMean - c.Before.GoldsteinMean, drivers);
    }

    private static void AddCommon(SqlWhere w, DateOnly? from, DateOnly? to, bool countClusters, bool assertedOnly)
    {
        if (from is { } f)
        {
            w.And($"e.event_date >= {w.Param(f)}");
        }

        if (to is { } t)
        {
            w.And($"e.event_date <= {w.Param(t)}");
        }

        if (countClusters)
        {
            w.And("e.cluster_head");
        }

        if (assertedOnly)
        {
            w.And("e.modality = 'asserted'");
        }
    }

    private static string Unit(PeriodUnit by) => by switch
    {
        PeriodUnit.Week => "week",
        PeriodUnit.Year => "year",
        _ => "month",
    };

    private static async IAsyncEnumerable<DbDataReader> ReadAsync(
        DbConnection connection, string sql, IReadOnlyList<object?> args, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var command = Sql.Command(connection, sql, [.. args]);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            yield return reader;
        }
    }

    private static Acc Get(Dictionary<(DateOnly, int), Acc> rows, (DateOnly, int) key)
    {
        if (!rows.TryGetValue(key, out var acc))
        {
            rows[key] = acc = new Acc();
        }

        return acc;
    }

    private static void Add(Dictionary<string, long> counts, string key, long n) =>
        counts[key] = counts.TryGetValue(key, out var old) ? old + n : n;

    private sealed class Acc
    {
        public long Total { get; set; }
        public long Q1 { get; set; }
        public long Q2 { get; set; }
        public long Q3 { get; set; }
        public long Q4 { get; set; }
        public double Goldstein { get; set; }
        public Dictionary<string, long> Contexts { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, long> Roots { get; } = new(StringComparer.Ordinal);

        public void Merge(Acc other)
        {
            Total += other.Total;
            Q1 += other.Q1;
            Q2 += other.Q2;
            Q3 += other.Q3;
            Q4 += other.Q4;
            Goldstein += other.Goldstein;
            foreach (var (k, v) in other.Contexts)
            {
                Add(Contexts, k, v);
            }

            foreach (var (k, v) in other.Roots)
            {
                Add(Roots, k, v);
            }
        }

        public DyadPeriod ToPeriod(DateOnly period, DyadDirection direction) => new(
            period, direction, Total, Q1, Q2, Q3, Q4, Goldstein, Total == 0 ? 0 : Goldstein / Total,
            new SortedDictionary<string, long>(Contexts, StringComparer.Ordinal), new SortedDictionary<string, long>(Roots, StringComparer.Ordinal));
    }
}
