using System.Data.Common;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Entente.Model;

namespace Entente.Store;

/// <summary>The embedded event store: one DuckDB file (default <c>entente.duckdb</c>), bulk writes through the Appender.</summary>
/// <remarks>
/// One writer at a time (writes are serialised); readers use <see cref="OpenConnection"/>, which shares the database
/// instance. Document and event numbers are assigned in write order, so a resumed ingest of the same input in the same
/// order ends with the same rows as an uninterrupted one.
/// </remarks>
public sealed class DuckDbEventStore : IEventStore
{
    /// <summary>The file used when none is given.</summary>
    public const string DefaultPath = "entente.duckdb";

    private readonly DuckDBConnection _connection;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly TimeProvider _clock;
    private long _nextDocNo;
    private long _nextEventNo;

    private DuckDbEventStore(DuckDBConnection connection, string path, TimeProvider clock)
    {
        _connection = connection;
        _clock = clock;
        Path = path;
    }

    /// <summary>The database file (":memory:" for an in-memory store).</summary>
    public string Path { get; }

    /// <inheritdoc/>
    public int SchemaVersion { get; private set; }

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/> and migrates it to <see cref="StoreSchema.CurrentVersion"/>.</summary>
    public static Task<DuckDbEventStore> OpenAsync(string path = DefaultPath, TimeProvider? clock = null, CancellationToken cancellationToken = default) =>
        OpenAsync(path, StoreSchema.CurrentVersion, clock, cancellationToken);

    /// <summary>Opens the store migrating only up to <paramref name="targetVersion"/> (tests of migrations).</summary>
    internal static async Task<DuckDbEventStore> OpenAsync(string path, int targetVersion, TimeProvider? clock, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var connection = new DuckDBConnection("Data Source=" + path);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        var store = new DuckDbEventStore(connection, path, clock ?? TimeProvider.System);
        try
        {
            await store.MigrateAsync(targetVersion, cancellationToken).ConfigureAwait(false);
            await store.LoadCountersAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return store;
    }

    /// <inheritdoc/>
    public DbConnection OpenConnection()
    {
        // DuckDB.NET shares one database instance between connections to the same file within a process.
        var connection = new DuckDBConnection(_connection.ConnectionString);
        connection.Open();
        return connection;
    }

    /// <inheritdoc/>
    public async Task<bool> HasDocumentAsync(string contentHash, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Sql.ScalarAsync(_connection, "SELECT 1 FROM documents WHERE content_hash = $1", cancellationToken, contentHash)
                .ConfigureAwait(false) is not null;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Applies <paramref name="settings"/> to the database until the returned scope is disposed, which restores the previous values.</summary>
    /// <remarks>The settings are the database's, not the connection's: readers of the same store in this process see them too.</remarks>
    public async Task<IAsyncDisposable> UseBulkWriteSettingsAsync(BulkWriteSettings? settings = null, CancellationToken cancellationToken = default)
    {
        settings ??= new BulkWriteSettings();
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Threads, 1, nameof(settings));
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.CheckpointThresholdBytes, 1, nameof(settings));
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var threads = Convert.ToString(await Sql.ScalarAsync(_connection, "SELECT current_setting('threads')", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture)!;
            var threshold = Convert.ToString(await Sql.ScalarAsync(_connection, "SELECT current_setting('checkpoint_threshold')", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture)!;
            await SetAsync(settings.Threads.ToString(CultureInfo.InvariantCulture), settings.CheckpointThresholdBytes.ToString(CultureInfo.InvariantCulture) + "B", cancellationToken)
                .ConfigureAwait(false);
            return new SettingsScope(this, threads, threshold);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <inheritdoc/>
    public async Task<StoreWriteResult> WriteAsync(IReadOnlyList<CodedDocument> batch, SentenceScope scope = SentenceScope.WithEvents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return new StoreWriteResult(0, 0, 0, 0, 0);
        }

        var hashes = new string[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            hashes[i] = ContentHash.Of(batch[i].Document.Text);
        }

        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            try
            {
                // Optimistic: the ingest's own pre-filter keeps stored documents out, so most batches need no lookup of
                // their hashes; a stored one among them violates the content_hash key and the batch is rolled back.
                return await WriteBatchAsync(batch, hashes, scope, lookUpKnown: false, cancellationToken).ConfigureAwait(false);
            }
            catch (DbException)
            {
                return await WriteBatchAsync(batch, hashes, scope, lookUpKnown: true, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task<StoreWriteResult> WriteBatchAsync(
        IReadOnlyList<CodedDocument> batch, string[] hashes, SentenceScope scope, bool lookUpKnown, CancellationToken cancellationToken)
    {
        var docNo = _nextDocNo;
        var eventNo = _nextEventNo;
        using var transaction = _connection.BeginTransaction();
        var known = lookUpKnown ? await KnownHashesAsync(hashes, cancellationToken).ConfigureAwait(false) : new HashSet<string>(StringComparer.Ordinal);
        var keep = new List<int>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            if (known.Add(hashes[i]))
            {
                keep.Add(i);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var now = _clock.GetUtcNow().UtcDateTime;
        int sentences = 0, events = 0, mentions = 0;
        using (var documents = _connection.CreateAppender("documents"))
        {
            var no = docNo;
            foreach (var i in keep)
            {
                var d = batch[i].Document;
                documents.CreateRow().AppendValue(no++).AppendValue(d.Id).AppendValue(hashes[i]).AppendValue(d.Date)
                    .AppendValue(d.Source).AppendValue(d.Url).AppendValue(d.Title).AppendValue(now).AppendValue(d.Text.Length)
                    .AppendValue(batch[i].Segmented.Sentences.Count).EndRow();
            }
        }

        using (var rows = _connection.CreateAppender("sentences"))
        {
            var no = docNo;
            foreach (var i in keep)
            {
                var s = batch[i].Segmented;
                sentences += s.Sentences.Count;
                foreach (var sentence in s.Sentences)
                {
                    if (!StoredContent.Keeps(scope, batch[i].Events, sentence.Index))
                    {
                        continue;
                    }

                    rows.CreateRow().AppendValue(no).AppendValue(s.Document.Id).AppendValue(sentence.Index)
                        .AppendValue(sentence.Start).AppendValue(sentence.End).AppendValue(sentence.IsHeadline)
                        .AppendValue(s.Text.Substring(sentence.Start, sentence.End - sentence.Start)).EndRow();
                }

                no++;
            }
        }

        using (var rows = _connection.CreateAppender("events"))
        {
            var no = docNo;
            foreach (var i in keep)
            {
                foreach (var e in batch[i].Events)
                {
                    AppendEvent(rows, eventNo++, no, e);
                    events++;
                }

                no++;
            }
        }

        using (var rows = _connection.CreateAppender("mentions"))
        {
            var no = docNo;
            foreach (var i in keep)
            {
                var docId = batch[i].Document.Id;
                foreach (var m in batch[i].Mentions)
                {
                    if (!StoredContent.Keeps(scope, batch[i].Events, m.Sentence))
                    {
                        continue;
                    }

                    rows.CreateRow().AppendValue(no).AppendValue(docId).AppendValue(m.Sentence).AppendValue(StoreNames.Of(m.Kind))
                        .AppendValue(m.Start).AppendValue(m.End).AppendValue(m.Actor?.Code).AppendValue(m.Actor?.Country)
                        .AppendValue(m.Actor?.Org).AppendValue(m.Actor?.Name).AppendValue(m.Place?.Name).AppendValue(m.Date)
                        .AppendValue((IEnumerable<string>)m.Entries).EndRow();
                    mentions++;
                }

                no++;
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        transaction.Commit();
        _nextDocNo = docNo + keep.Count;
        _nextEventNo = eventNo;
        return new StoreWriteResult(keep.Count, batch.Count - keep.Count, sentences, events, mentions);
    }

    /// <inheritdoc/>
    public async Task WriteClustersAsync(IReadOnlyList<EventCluster> clusters, bool replaceAll = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clusters);
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var transaction = _connection.BeginTransaction();
            if (replaceAll)
            {
                await Sql.ExecuteAsync(_connection, "DELETE FROM clusters", cancellationToken).ConfigureAwait(false);
                await Sql.ExecuteAsync(_connection, "DELETE FROM event_clusters", cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await DeleteClustersOfKeysAsync(clusters, cancellationToken).ConfigureAwait(false);
            }

            using (var rows = _connection.CreateAppender("clusters"))
            {
                foreach (var c in clusters)
                {
                    rows.CreateRow().AppendValue(c.ClusterId).AppendValue(c.SourceKey).AppendValue(c.TargetKey).AppendValue(c.CameoRoot)
                        .AppendValue(c.Modality).AppendValue(c.FirstDate).AppendValue(c.LastDate).AppendValue(c.EventNos.Count)
                        .AppendValue(c.Documents).AppendValue(c.Sources).AppendValue(c.EventNos[0]).EndRow();
                }
            }

            using (var rows = _connection.CreateAppender("event_clusters"))
            {
                foreach (var c in clusters)
                {
                    for (var i = 0; i < c.EventNos.Count; i++)
                    {
                        rows.CreateRow().AppendValue(c.EventNos[i]).AppendValue(c.ClusterId).AppendValue(i == 0).EndRow();
                    }
                }
            }

            // Only rows whose assignment changed are rewritten, which keeps an incremental run cheap.
            await Sql.ExecuteAsync(
                _connection,
                "UPDATE events SET cluster_id = m.cluster_id, cluster_head = m.is_head FROM event_clusters m " +
                "WHERE events.event_no = m.event_no AND (events.cluster_id IS NULL OR events.cluster_id <> m.cluster_id OR events.cluster_head <> m.is_head)",
                cancellationToken).ConfigureAwait(false);
            if (replaceAll)
            {
                await Sql.ExecuteAsync(
                    _connection,
                    "UPDATE events SET cluster_id = NULL, cluster_head = TRUE WHERE cluster_id IS NOT NULL AND event_no NOT IN (SELECT event_no FROM event_clusters)",
                    cancellationToken).ConfigureAwait(false);
            }

            transaction.Commit();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Stored events of one document (by document id), in event-number order.</summary>
    public async Task<IReadOnlyList<CodedEvent>> ReadEventsAsync(string docId, CancellationToken cancellationToken = default)
    {
        await using var connection = OpenConnection();
        await using var command = Sql.Command(connection, "SELECT " + EventRows.Columns + " FROM events e WHERE e.doc_id = $1 ORDER BY e.event_no", docId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<CodedEvent>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(EventRows.Read(reader));
        }

        return list;
    }

    /// <summary>Writes the result of a query to a Parquet file with DuckDB's COPY; returns the rows written.</summary>
    /// <remarks>COPY takes no parameters, so the query is materialised in a temporary table first.</remarks>
    internal async Task<long> CopyToParquetAsync(string query, IReadOnlyList<object?> args, string path, CancellationToken cancellationToken)
    {
        await using var connection = OpenConnection();
        await Sql.ExecuteAsync(connection, "CREATE TEMP TABLE parquet_export AS " + query, cancellationToken, [.. args]).ConfigureAwait(false);
        var rows = Convert.ToInt64(await Sql.ScalarAsync(connection, "SELECT COUNT(*) FROM parquet_export", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        var target = path.Replace("'", "''", StringComparison.Ordinal);
        await Sql.ExecuteAsync(connection, "COPY parquet_export TO '" + target + "' (FORMAT parquet)", cancellationToken).ConfigureAwait(false);
        await Sql.ExecuteAsync(connection, "DROP TABLE parquet_export", cancellationToken).ConfigureAwait(false);
        return rows;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync().ConfigureAwait(false);
        _writeLock.Dispose();
    }

    // SET takes no parameters; both values are our own numbers or DuckDB's own rendering of its setting.
    private async Task SetAsync(string threads, string checkpointThreshold, CancellationToken ct)
    {
        await Sql.ExecuteAsync(_connection, "SET threads = " + threads, ct).ConfigureAwait(false);
        await Sql.ExecuteAsync(_connection, "SET checkpoint_threshold = '" + checkpointThreshold.Replace("'", "''", StringComparison.Ordinal) + "'", ct).ConfigureAwait(false);
    }

    internal async Task RestoreSettingsAsync(string threads, string checkpointThreshold)
    {
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            await SetAsync(threads, checkpointThreshold, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private static void AppendEvent(DuckDBAppender appender, long eventNo, long docNo, CodedEvent e)
    {
        IDuckDBAppenderRow row = appender.CreateRow();
        row.AppendValue(eventNo).AppendValue(docNo).AppendValue(e.Id).AppendValue(e.DocId).AppendValue(e.Sentence)
            .AppendValue(e.Date).AppendValue(StoreNames.Of(e.DateBasis));
        AppendActor(row, e.Source);
        if (e.Target is { } t)
        {
            AppendActor(row, t);
        }
        else
        {
            for (var i = 0; i < 9; i++)
            {
                row.AppendNullValue();
            }
        }

        // CameoRoot slices the code: a malformed code throws here and rolls back the whole batch.
        row.AppendValue(e.Cameo).AppendValue(e.CameoRoot).AppendValue(e.Goldstein).AppendValue(e.QuadClass)
            .AppendValue(e.Plover?.Type).AppendValue(e.Plover?.Mode);
        if (e.Plover is { } p)
        {
            row.AppendValue((IEnumerable<string>)p.Context);
        }
        else
        {
            row.AppendNullValue();
        }

        row.AppendValue(StoreNames.Of(e.Modality)).AppendValue(e.Trigger.Text).AppendValue(e.Trigger.Start).AppendValue(e.Trigger.End);
        if (e.Location is { } l)
        {
            row.AppendValue(l.Name).AppendValue(l.Country).AppendValue(l.Latitude).AppendValue(l.Longitude).AppendValue(l.Start).AppendValue(l.End);
        }
        else
        {
            for (var i = 0; i < 6; i++)
            {
                row.AppendNullValue();
            }
        }

        row.AppendValue(e.Confidence).AppendValue(e.Rule).AppendValue((IEnumerable<string>)e.Entries)
            .AppendNullValue().AppendValue(true).EndRow();
    }

    private static void AppendActor(IDuckDBAppenderRow row, ActorRef a) =>
        row.AppendValue(a.Code).AppendValue(a.Country).AppendValue(a.Org).AppendValue(a.Sector).AppendValue(a.Name)
            .AppendValue(a.Text).AppendValue(a.Start).AppendValue(a.End).AppendValue(a.Key);

    private async Task DeleteClustersOfKeysAsync(IReadOnlyList<EventCluster> clusters, CancellationToken ct)
    {
        var keys = new HashSet<(string, string?, string, string)>();
        foreach (var c in clusters)
        {
            if (!keys.Add((c.SourceKey, c.TargetKey, c.CameoRoot, c.Modality)))
            {
                continue;
            }

            var match = c.TargetKey is null
                ? "source_key = $1 AND target_key IS NULL AND cameo_root = $2 AND modality = $3"
                : "source_key = $1 AND cameo_root = $2 AND modality = $3 AND target_key = $4";
            object?[] args = c.TargetKey is null ? [c.SourceKey, c.CameoRoot, c.Modality] : [c.SourceKey, c.CameoRoot, c.Modality, c.TargetKey];
            await Sql.ExecuteAsync(_connection, "DELETE FROM event_clusters WHERE cluster_id IN (SELECT cluster_id FROM clusters WHERE " + match + ")", ct, args)
                .ConfigureAwait(false);
            await Sql.ExecuteAsync(_connection, "DELETE FROM clusters WHERE " + match, ct, args).ConfigureAwait(false);
        }
    }

    private async Task<HashSet<string>> KnownHashesAsync(string[] hashes, CancellationToken ct)
    {
        var sql = new StringBuilder("SELECT content_hash FROM documents WHERE content_hash IN (");
        for (var i = 0; i < hashes.Length; i++)
        {
            sql.Append(i == 0 ? "$" : ", $").Append((i + 1).ToString(CultureInfo.InvariantCulture));
        }

        sql.Append(')');
        var known = new HashSet<string>(StringComparer.Ordinal);
        await using var command = Sql.Command(_connection, sql.ToString(), hashes);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            known.Add(reader.GetString(0));
        }

        return known;
    }

    private async Task MigrateAsync(int targetVersion, CancellationToken ct)
    {
        await Sql.ExecuteAsync(_connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)", ct)
            .ConfigureAwait(false);
        var current = Convert.ToInt32(
            await Sql.ScalarAsync(_connection, "SELECT COALESCE(MAX(version), 0) FROM schema_version", ct).ConfigureAwait(false),
            CultureInfo.InvariantCulture);
        if (current > StoreSchema.CurrentVersion)
        {
            throw new InvalidOperationException(
                $"{Path}: store schema version {current} is newer than this program's {StoreSchema.CurrentVersion}.");
        }

        for (var v = current; v < targetVersion; v++)
        {
            using var transaction = _connection.BeginTransaction();
            foreach (var statement in StoreSchema.Migrations[v])
            {
                await Sql.ExecuteAsync(_connection, statement, ct).ConfigureAwait(false);
            }

            await Sql.ExecuteAsync(_connection, "INSERT INTO schema_version VALUES ($1, $2)", ct, v + 1, _clock.GetUtcNow().UtcDateTime)
                .ConfigureAwait(false);
            transaction.Commit();
        }

        SchemaVersion = Math.Max(current, targetVersion);
    }

    private async Task LoadCountersAsync(CancellationToken ct)
    {
        if (SchemaVersion == 0)
        {
            return;
        }

        _nextDocNo = Convert.ToInt64(await Sql.ScalarAsync(_connection, "SELECT COALESCE(MAX(doc_no), 0) + 1 FROM documents", ct).ConfigureAwait(false), CultureInfo.InvariantCulture);
        _nextEventNo = Convert.ToInt64(await Sql.ScalarAsync(_connection, "SELECT COALESCE(MAX(event_no), 0) + 1 FROM events", ct).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }
}
