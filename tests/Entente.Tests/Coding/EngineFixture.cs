using Entente.Pipeline;

namespace Entente.Tests.Coding;

/// <summary>One engine with the shipped data, built once for all tests of the "engine" collection.</summary>
public sealed class EngineFixture
{
    public Engine Engine { get; } = Engine.Create(new EngineOptions());
}

[CollectionDefinition("engine")]
public sealed class EngineCollection : ICollectionFixture<EngineFixture>
{
}
