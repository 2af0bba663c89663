using System.Text.Json;

namespace Entente.Server;

/// <summary>Small writing helpers shared by the endpoints.</summary>
internal static class Json
{
    public static void Date(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            w.WriteString(name, QueryReader.Iso(d));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    public static void Nullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
