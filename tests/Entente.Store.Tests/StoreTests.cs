using Entente.Model;

namespace Entente.Store.Tests;

public sealed class StoreTests
{
    private static readonly DateOnly _day = new(2024, 3, 5);

    [Fact]
    public async Task Creates_schema_and_reopen_is_a_migration_no_op()
    {
        var path = Fixtures.TempDb();
        await using (var store = await DuckDbEventStore.OpenAsync(path))
        {
            Assert.Equal(StoreSchema.CurrentVersion, store.SchemaVersion);
        }

        await using (var store = await DuckDbEventStore.OpenAsync(path))
        {
            Assert.Equal(StoreSchema.CurrentVersion, store.SchemaVersion);
            await using var c = store.OpenConnection();
            var rows = await Sql.ScalarAsync(c, "SELECT COUNT(*) FROM schema_version", default);
            Assert.Equal((long)StoreSchema.CurrentVersion, Convert.ToInt64(rows, System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public async Task Old_store_is_migrated_on_open_and_keeps_its_rows()
    {
        var path = Fixtures.TempDb();
        await using (var old = await DuckDbEventStore.OpenAsync(path, 1, null, default))
        {
            Assert.Equal(1, old.SchemaVersion);
            await using var c = old.OpenConnection();
            await Sql.ExecuteAsync(c, "INSERT INTO documents VALUES (1, 'd', 'h', NULL, NULL, NULL, NULL, TIMESTAMP '2024-01-01 00:00:00', 3)", default);
            await Sql.ExecuteAsync(c, "INSERT INTO sentences VALUES (1, 'd', 0, 0, 1, true, 'a'), (1, 'd', 1, 2, 3, false, 'b')", default);
        }

        await using var store = await DuckDbEventStore.OpenAsync(path);
        Assert.Equal(StoreSchema.CurrentVersion, store.SchemaVersion);
        Assert.True(await store.HasDocumentAsync("h"));
        await using var connection = store.OpenConnection();
        Assert.Equal(0L, Convert.ToInt64(await Sql.ScalarAsync(connection, "SELECT COUNT(*) FROM clusters", default), System.Globalization.CultureInfo.InvariantCulture));

        // Version 3 counts each document's sentences on the document row; an old store's count comes from its sentence rows.
        Assert.Equal(2L, Convert.ToInt64(await Sql.ScalarAsync(connection, "SELECT sentence_count FROM documents", default), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Round_trips_every_event_field()
    {
        var ev = new CodedEvent
        {
            Id = "doc-1:1:0",
            DocId = "doc-1",
            Sentence = 1,
            Date = new DateOnly(2017, 1, 16),
            DateBasis = DateBasis.Text,
            Source = new ActorRef("PAKMIL", "PAK", null, "MIL", "Qamar Javed Bajwa", "COAS Gen Qamar Javed Bajwa", 12, 38),
            Target = new ActorRef("NATO", null, "NATO", "GOV", null, "the alliance", 43, 55),
            Cameo = "0431",
            Goldstein = 2.5,
            QuadClass = 1,
            Plover = new PloverCoding("CONSULT", "visit", ["military", "diplomatic"]),
            Modality = Modality.Future,
            Trigger = new TriggerRef("will visit", 39, 49),
            Location = new PlaceRef("Rawalpindi", "PAK", 33.6, 73.05, 60, 70),
            Confidence = 0.86,
            Rule = "verb:visit/subj-obj",
            Entries = ["person:pak-bajwa", "org:nato"],
        };
        var bare = Fixtures.Event("doc-1", 0, Fixtures.Actor("RUS", "RUS"), null, "190", null, Modality.Negated, -10);
        var mention = new Mention(MentionKind.Actor, 1, 3, 4, 12, 38, ["person:pak-bajwa"]) { Actor = new ActorCode("PAKMIL", "PAK", null, "MIL", "Qamar Javed Bajwa") };
        var doc = Fixtures.Doc("doc-1", "Dawn", new DateOnly(2017, 1, 16), ["Headline here.", "COAS Gen Qamar Javed Bajwa will visit the alliance in Rawalpindi."], [bare, ev], [mention]);

        await using var store = await DuckDbEventStore.OpenAsync(Fixtures.TempDb());
        var result = await store.WriteAsync([doc]);
        Assert.Equal(new StoreWriteResult(1, 0, 2, 2, 1), result);

        var back = await store.ReadEventsAsync("doc-1");
        Assert.Equal(2, back.Count);
        AssertSame(bare, back[0]);
        AssertSame(ev, back[1]);

        await using var c = store.OpenConnection();
        await using var cmd = Sql.Command(c, "SELECT kind, code, country, name, entries[1], start_char, end_char FROM mentions");
        await using var r = await cmd.ExecuteReaderAsync();
        Assert.True(await r.ReadAsync());
        Assert.Equal("actor", r.GetString(0));
        Assert.Equal("PAKMIL", r.GetString(1));
        Assert.Equal("Qamar Javed Bajwa", r.GetString(3));
        Assert.Equal("person:pak-bajwa", r.GetString(4));
        Assert.Equal(12, Convert.ToInt32(r.GetValue(5), System.Globalization.CultureInfo.InvariantCulture));
        await using var cmd2 = Sql.Command(c, "SELECT text FROM sentences WHERE sentence = 1");
        Assert.Equal("COAS Gen Qamar Javed Bajwa will visit the alliance in Rawalpindi.", await cmd2.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData(SentenceScope.WithEvents, "1", "1")]
    [InlineData(SentenceScope.All, "0,1,2", "0,1,2")]
    public async Task The_scope_decides_which_sentences_and_mentions_are_rows(SentenceScope scope, string sentences, string mentions)
    {
        // Three sentences, an event in the middle one only, a mention in each.
        var ev = Fixtures.Event("doc-s", 1, Fixtures.Actor("PAK", "PAK"), Fixtures.Actor("CHN", "CHN"), "040", _day);
        Mention[] found = [.. Enumerable.Range(0, 3).Select(i => new Mention(MentionKind.Actor, i, 0, 1, 0, 3, ["country:pak"]) { Actor = new ActorCode("PAK", "PAK", null, null, null) })];
        var doc = Fixtures.Doc("doc-s", "Dawn", _day, ["Sports news.", "Pakistan met China.", "Weather news."], [ev], found);

        await using var store = await DuckDbEventStore.OpenAsync(Fixtures.TempDb());
        var result = await store.WriteAsync([doc], scope);

        // The totals count the document's sentences whatever is kept; mentions count the rows written.
        Assert.Equal(new StoreWriteResult(1, 0, 3, 1, mentions.Split(',').Length), result);
        await using var c = store.OpenConnection();
        Assert.Equal(sentences, await Sql.ScalarAsync(c, "SELECT string_agg(CAST(sentence AS VARCHAR), ',' ORDER BY sentence) FROM sentences", default));
        Assert.Equal(mentions, await Sql.ScalarAsync(c, "SELECT string_agg(CAST(sentence AS VARCHAR), ',' ORDER BY sentence) FROM mentions", default));
        Assert.Equal(3L, Convert.ToInt64(await Sql.ScalarAsync(c, "SELECT sentence_count FROM documents", default), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Pakistan met China.", await Sql.ScalarAsync(c, "SELECT text FROM sentences WHERE sentence = 1", default));
    }

    [Fact]
    public async Task Rewriting_the_same_documents_adds_nothing()
    {
        await using var store = await DuckDbEventStore.OpenAsync(Fixtures.TempDb());
        var docs = new[]
        {
            Fixtures.Simple("a", "Dawn", _day, "PAK", "CHN", "040", 1),
            Fixtures.Simple("b", "Reuters", _day, "PAK", "IND", "190", -10),
        };
        Assert.Equal(2, (await store.WriteAsync(docs)).Documents);
        Assert.True(await store.HasDocumentAsync(ContentHash.Of(docs[0].Document.Text)));

        // Same texts under different ids, and a repeat within one batch, are still the same documents.
        var again = await store.WriteAsync([docs[1], docs[0], docs[0]]);
        Assert.Equal(new StoreWriteResult(0, 3, 0, 0, 0), again);
        Assert.Equal(2L, await CountAsync(store, "events"));
        Assert.Equal(2L, await CountAsync(store, "documents"));
    }

    [Fact]
    public async Task A_batch_mixing_stored_and_new_documents_stores_the_new_ones_with_the_next_numbers()
    {
        await using var store = await DuckDbEventStore.OpenAsync(Fixtures.TempDb());
        var a = Fixtures.Simple("a", "Dawn", _day, "PAK", "CHN", "040", 1);
        var b = Fixtures.Simple("b", "Dawn", _day, "PAK", "IND", "190", -10);
        var c = Fixtures.Simple("c", "Dawn", _day, "CHN", "IND", "040", 1);
        Assert.Equal(1, (await store.WriteAsync([a])).Documents);

        // The first attempt, without a lookup of the hashes, meets the stored text's key; the retry looks them up.
        Assert.Equal(new StoreWriteResult(2, 1, 2, 2, 0), await store.WriteAsync([b, a, c]));
        await using var conn = store.OpenConnection();
        await using var cmd = Sql.Command(conn, "SELECT string_agg(id || '=' || doc_no, ',' ORDER BY doc_no) FROM documents");
        Assert.Equal("a=1,b=2,c=3", await cmd.ExecuteScalarAsync());
        await using var events = Sql.Command(conn, "SELECT string_agg(doc_id || '=' || event_no, ',' ORDER BY event_no) FROM events");
        Assert.Equal("a=1,b=2,c=3", await events.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_failing_batch_leaves_no_row_of_any_document()
    {
        await using var store = await DuckDbEventStore.OpenAsync(Fixtures.TempDb());
        var good = Fixtures.Simple("good", "Dawn", _day, "PAK", "CHN", "040", 1);
        // A one-character code cannot yield a root: appending it throws after the first document's rows are appended.
        var bad = Fixtures.Simple("bad", "Dawn", _day, "PAK", "CHN", "4", 1);
        await Assert.ThrowsAnyAsync<Exception>(() => store.WriteAsync([good, bad]));

        foreach (var table in new[] { "documents", "sentences", "events", "mentions" })
        {
            Assert.Equal(0L, await CountAsync(store, table));
        }

        // The store is usable afterwards and numbers continue from the last committed batch.
        Assert.Equal(1, (await store.WriteAsync([good])).Documents);
        Assert.Equal(1L, await CountAsync(store, "events"));
    }

    [Fact]
    public void Content_hash_is_sha256_hex()
    {
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ContentHash.Of("abc"));
        Assert.Equal(ContentHash.Of(new string('x', 10_000)), ContentHash.Of(new string('x', 10_000)));
        Assert.NotEqual(ContentHash.Of("a"), ContentHash.Of("b"));
    }

    internal static async Task<long> CountAsync(IEventStore store, string table)
    {
        await using var c = store.OpenConnection();
        return Convert.ToInt64(await Sql.ScalarAsync(c, "SELECT COUNT(*) FROM " + table, default), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void AssertSame(CodedEvent expected, CodedEvent actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.DocId, actual.DocId);
        Assert.Equal(expected.Sentence, actual.Sentence);
        Assert.Equal(expected.Date, actual.Date);
        Assert.Equal(expected.DateBasis, actual.DateBasis);
        Assert.Equal(expected.Source, actual.Source);
        Assert.Equal(expected.Target, actual.Target);
        Assert.Equal(expected.Cameo, actual.Cameo);
        Assert.Equal(expected.CameoRoot, actual.CameoRoot);
        Assert.Equal(expected.Goldstein, actual.Goldstein);
        Assert.Equal(expected.QuadClass, actual.QuadClass);
        Assert.Equal(expected.Plover?.Type, actual.Plover?.Type);
        Assert.Equal(expected.Plover?.Mode, actual.Plover?.Mode);
        Assert.Equal(expected.Plover?.Context ?? [], actual.Plover?.Context ?? []);
        Assert.Equal(expected.Modality, actual.Modality);
        Assert.Equal(expected.Trigger, actual.Trigger);
        Assert.Equal(expected.Location, actual.Location);
        Assert.Equal(expected.Confidence, actual.Confidence);
        Assert.Equal(expected.Rule, actual.Rule);
        Assert.Equal(expected.Entries, actual.Entries);
    }
}
