using System.Collections;
using System.Globalization;
using DuckDB.NET.Data;

namespace Entente.Store.Tests.Cli;

/// <summary>Reads a store file's tables back as sorted text rows, to compare two stores row by row.</summary>
internal static class StoreTables
{
    /// <summary>Every table the store writes, and the columns left out of comparisons (wall-clock times).</summary>
    public static readonly (string Table, string Exclude)[] All =
    [
        ("documents", " EXCLUDE (ingested_at)"),
        ("sentences", ""),
        ("events", ""),
        ("mentions", ""),
        ("clusters", ""),
        ("event_clusters", ""),
    ];

    public static List<string> Rows(string dbPath, string table, string exclude = "")
    {
        using var connection = new DuckDBConnection("Data Source=" + dbPath);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT *{exclude} FROM {table} ORDER BY ALL";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        var cells = new string[reader.FieldCount];
        while (reader.Read())
        {
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.IsDBNull(i) ? "NULL" : Text(reader.GetValue(i));
            }

            rows.Add(string.Join('\t', cells));
        }

        return rows;
    }

    public static long Count(string dbPath, string table) => Rows(dbPath, table).Count;

    public static long Sum(string dbPath, string table, string column)
    {
        using var connection = new DuckDBConnection("Data Source=" + dbPath);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT CAST(SUM({column}) AS BIGINT) FROM {table}";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static string Text(object value) => value switch
    {
        string s => s,
        IEnumerable items => "[" + string.Join(",", items.Cast<object?>().Select(i => i is null ? "NULL" : Text(i))) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
