using System.Globalization;
using System.Text;

namespace Entente.Store;

/// <summary>Builds a WHERE clause with positional parameters, numbering them as conditions are added.</summary>
internal sealed class SqlWhere
{
    private readonly StringBuilder _sql = new();
    private readonly List<object?> _args = [];

    public IReadOnlyList<object?> Args => _args;

    public string Clause => _sql.Length == 0 ? "" : " WHERE " + _sql;

    /// <summary>The SQL placeholder of a new parameter.</summary>
    public string Param(object? value)
    {
        _args.Add(value);
        return "$" + _args.Count.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Adds a condition; use <see cref="Param"/> inside it for values.</summary>
    public SqlWhere And(string condition)
    {
        if (_sql.Length > 0)
        {
            _sql.Append(" AND ");
        }

        _sql.Append('(').Append(condition).Append(')');
        return this;
    }

    /// <summary>Conditions of an event filter over alias <c>e</c> (and a sentence join for text).</summary>
    public static SqlWhere For(EventFilter filter)
    {
        var w = new SqlWhere();
        if (filter.Actor is { } actor)
        {
            var p = w.Param(actor);
            w.And($"e.source_key = {p} OR e.target_key = {p} OR e.source_code = {p} OR e.target_code = {p}");
        }

        if (filter.Source is { } source)
        {
            var p = w.Param(source);
            w.And($"e.source_key = {p} OR e.source_code = {p}");
        }

        if (filter.Target is { } target)
        {
            var p = w.Param(target);
            w.And($"e.target_key = {p} OR e.target_code = {p}");
        }

        if (filter.Country is { } country)
        {
            var p = w.Param(country);
            w.And($"e.source_country = {p} OR e.target_country = {p}");
        }

        if (filter.Sector is { } sector)
        {
            var p = w.Param(sector);
            w.And($"e.source_sector = {p} OR e.target_sector = {p}");
        }

        if (filter.Code is { } code)
        {
            w.And($"e.cameo LIKE {w.Param(code + "%")}");
        }

        if (filter.Quad is { } quad)
        {
            w.And($"e.quad_class = {w.Param(quad)}");
        }

        if (filter.Modality is { } modality)
        {
            w.And($"e.modality = {w.Param(StoreNames.Of(modality))}");
        }

        if (filter.From is { } from)
        {
            w.And($"e.event_date >= {w.Param(from)}");
        }

        if (filter.To is { } to)
        {
            w.And($"e.event_date <= {w.Param(to)}");
        }

        if (!string.IsNullOrEmpty(filter.Text))
        {
            var p = w.Param("%" + filter.Text.ToLowerInvariant() + "%");
            w.And($"LOWER(e.trigger_text) LIKE {p} OR EXISTS (SELECT 1 FROM sentences s WHERE s.doc_no = e.doc_no AND s.sentence = e.sentence AND LOWER(s.text) LIKE {p})");
        }

        return w;
    }
}
