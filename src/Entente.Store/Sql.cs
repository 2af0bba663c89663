using System.Collections;
using System.Data.Common;

namespace Entente.Store;

/// <summary>Small ADO.NET helpers shared by the store's readers: positional parameters ($1, $2 ...) and value conversions.</summary>
internal static class Sql
{
    /// <summary>A command with positional parameters, which DuckDB and PostgreSQL (Npgsql) both bind as $1, $2 ...</summary>
    public static DbCommand Command(DbConnection connection, string sql, params object?[] args)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var arg in args)
        {
            var p = command.CreateParameter();
            p.Value = arg ?? DBNull.Value;
            command.Parameters.Add(p);
        }

        return command;
    }

    public static async Task<int> ExecuteAsync(DbConnection connection, string sql, CancellationToken ct, params object?[] args)
    {
        await using var command = Command(connection, sql, args);
        return await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    public static async Task<object?> ScalarAsync(DbConnection connection, string sql, CancellationToken ct, params object?[] args)
    {
        await using var command = Command(connection, sql, args);
        var value = await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
        return value is DBNull ? null : value;
    }

    public static string? String(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static int? Int(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToInt32(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An integer column; DuckDB returns SUM of integers as HUGEINT (BigInteger), PostgreSQL as numeric.</summary>
    public static long Long(DbDataReader r, int i) => r.IsDBNull(i) ? 0 : r.GetValue(i) switch
    {
        System.Numerics.BigInteger big => (long)big,
        var v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture),
    };

    public static double? Double(DbDataReader r, int i) => r.IsDBNull(i) ? null : Convert.ToDouble(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A DATE (or a truncated timestamp) as a date; drivers differ in the CLR type they return.</summary>
    public static DateOnly? Date(DbDataReader r, int i)
    {
        if (r.IsDBNull(i))
        {
            return null;
        }

        return r.GetValue(i) switch
        {
            DateOnly d => d,
            DateTime t => DateOnly.FromDateTime(t),
            DateTimeOffset o => DateOnly.FromDateTime(o.UtcDateTime),
            var other => DateOnly.Parse(other.ToString()!, System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    public static DateTime? Timestamp(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetValue(i) switch
    {
        DateTime t => t,
        DateTimeOffset o => o.UtcDateTime,
        var other => DateTime.Parse(other.ToString()!, System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A VARCHAR[] column as strings; DuckDB returns a List, Npgsql an array — both are IEnumerable.</summary>
    public static IReadOnlyList<string> Strings(DbDataReader r, int i)
    {
        if (r.IsDBNull(i) || r.GetValue(i) is not IEnumerable items)
        {
            return [];
        }

        var list = new List<string>();
        foreach (var item in items)
        {
            if (item is not null)
            {
                list.Add(item.ToString()!);
            }
        }

        return list;
    }
}
