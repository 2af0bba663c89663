namespace Entente.Coding;

/// <summary>Who acts in a clause whose subject is qualified by a participle with a by-agent ("X fired by Y struck ...").</summary>
internal enum ReducedActor
{
    /// <summary>The qualified noun phrase's own actor ("M23 rebels backed by Rwanda seized ...").</summary>
    Head,

    /// <summary>The by-agent, for a thing or bare units it fired or sent ("A missile fired by the Houthis struck ...").</summary>
    Agent,

    /// <summary>The by-agent, for a projectile it fired, which lands rather than visits ("a rocket fired by X landed in Y").</summary>
    Launcher,

    /// <summary>The by-agent as the giver of things it handed over ("aid supplied by Egypt arrived ...").</summary>
    Supplier,

    /// <summary>The by-agent as the giver of military equipment ("jets supplied by Denmark arrived ...").</summary>
    ArmsSupplier,
}
