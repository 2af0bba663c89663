namespace Entente.Store;

/// <summary>Where coded documents and events are kept; DuckDB by default, PostgreSQL for scale-out.</summary>
public interface IEventStore : IAsyncDisposable
{
}
