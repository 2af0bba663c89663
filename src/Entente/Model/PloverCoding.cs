namespace Entente.Model;

/// <summary>PLOVER type, mode and contexts of an event.</summary>
public sealed record PloverCoding(string Type, string? Mode, IReadOnlyList<string> Context);
