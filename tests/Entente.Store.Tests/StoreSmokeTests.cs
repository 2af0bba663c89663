namespace Entente.Store.Tests;

public sealed class StoreSmokeTests
{
    [Fact]
    public void Store_interface_is_async_disposable() =>
        Assert.True(typeof(IAsyncDisposable).IsAssignableFrom(typeof(IEventStore)));
}
