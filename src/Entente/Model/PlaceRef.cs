namespace Entente.Model;

/// <summary>Where an event happened.</summary>
/// <param name="Name">Place name as resolved (e.g. "Rawalpindi").</param>
/// <param name="Country">ISO 3166-1 alpha-3 country of the place.</param>
/// <param name="Latitude">Latitude, when known.</param>
/// <param name="Longitude">Longitude, when known.</param>
/// <param name="Start">First character of the place mention.</param>
/// <param name="End">End (exclusive) of the place mention.</param>
public sealed record PlaceRef(string Name, string? Country, double? Latitude, double? Longitude, int Start, int End);
