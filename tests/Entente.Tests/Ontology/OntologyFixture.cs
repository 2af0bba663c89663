using Entente.Ontology;

namespace Entente.Tests.Ontology;

/// <summary>The shipped ontology, loaded once per test class.</summary>
public sealed class OntologyFixture
{
    public CameoOntology Ontology { get; } = CameoOntology.LoadDefault();
}
