namespace Entente.Store.Tests;

/// <summary>The DuckDB settings the ingest uses while it writes, and their restoration.</summary>
public sealed class BulkWriteSettingsTests
{
    [Fact]
    public async Task The_settings_apply_inside_the_scope_and_the_previous_ones_come_back_after_it()
    {
        await using var store = await DuckDbEventStore.OpenAsync(Fixtures.TempDb());
        var before = await SettingsAsync(store);
        await using (await store.UseBulkWriteSettingsAsync(new BulkWriteSettings { Threads = 1, CheckpointThresholdBytes = 300L << 20 }))
        {
            var inside = await SettingsAsync(store);
            Assert.Equal("1", inside.Threads);
            Assert.Equal("300.0 MiB", inside.Threshold);
            await store.WriteAsync([Fixtures.Simple("one", "A", new DateOnly(2024, 1, 1), "PAK", "CHN", "040", 1)]);
        }

        Assert.Equal(before, await SettingsAsync(store));
        Assert.NotEqual("300.0 MiB", before.Threshold);
        Assert.Equal(1L, await StoreTests.CountAsync(store, "documents"));
    }

    [Fact]
    public async Task Settings_below_one_are_refused()
    {
        await using var store = await DuckDbEventStore.OpenAsync(Fixtures.TempDb());
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.UseBulkWriteSettingsAsync(new BulkWriteSettings { Threads = 0 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.UseBulkWriteSettingsAsync(new BulkWriteSettings { CheckpointThresholdBytes = 0 }));
    }

    private static async Task<(string? Threads, string? Threshold)> SettingsAsync(DuckDbEventStore store)
    {
        await using var c = store.OpenConnection();
        await using var cmd = Sql.Command(c, "SELECT current_setting('threads'), current_setting('checkpoint_threshold')");
        await using var r = await cmd.ExecuteReaderAsync();
        Assert.True(await r.ReadAsync());
        return (Convert.ToString(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), Convert.ToString(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture));
    }
}
