using System.Data.Common;
using Entente.Model;

namespace Entente.Store;

/// <summary>The events table's columns in one order, and how a row becomes a <see cref="CodedEvent"/> again.</summary>
internal static class EventRows
{
    /// <summary>Number of columns in <see cref="Columns"/>.</summary>
    public const int Count = 43;

    /// <summary>Select list over alias <c>e</c>; <see cref="Read"/> expects exactly this order.</summary>
    public const string Columns =
        "e.id, e.doc_id, e.sentence, e.event_date, e.date_basis, " +
        "e.source_code, e.source_country, e.source_org, e.source_sector, e.source_name, e.source_text, e.source_start, e.source_end, " +
        "e.target_code, e.target_country, e.target_org, e.target_sector, e.target_name, e.target_text, e.target_start, e.target_end, " +
        "e.cameo, e.goldstein, e.quad_class, e.plover_type, e.plover_mode, e.plover_context, e.modality, " +
        "e.trigger_text, e.trigger_start, e.trigger_end, " +
        "e.location_name, e.location_country, e.location_lat, e.location_lon, e.location_start, e.location_end, " +
        "e.confidence, e.rule, e.entries, e.event_no, e.doc_no, e.cluster_id";

    /// <summary>Reads one event starting at column <paramref name="o"/>.</summary>
    public static CodedEvent Read(DbDataReader r, int o = 0)
    {
        var target = r.IsDBNull(o + 13) ? null : new ActorRef(
            r.GetString(o + 13), Sql.String(r, o + 14), Sql.String(r, o + 15), Sql.String(r, o + 16), Sql.String(r, o + 17),
            Sql.String(r, o + 18) ?? "", Sql.Int(r, o + 19) ?? 0, Sql.Int(r, o + 20) ?? 0);
        var plover = r.IsDBNull(o + 24) ? null : new PloverCoding(r.GetString(o + 24), Sql.String(r, o + 25), Sql.Strings(r, o + 26));
        var location = r.IsDBNull(o + 31) ? null : new PlaceRef(
            r.GetString(o + 31), Sql.String(r, o + 32), Sql.Double(r, o + 33), Sql.Double(r, o + 34), Sql.Int(r, o + 35) ?? 0, Sql.Int(r, o + 36) ?? 0);
        return new CodedEvent
        {
            Id = r.GetString(o),
            DocId = r.GetString(o + 1),
            Sentence = Sql.Int(r, o + 2) ?? 0,
            Date = Sql.Date(r, o + 3),
            DateBasis = StoreNames.ParseDateBasis(r.GetString(o + 4)),
            Source = new ActorRef(
                r.GetString(o + 5), Sql.String(r, o + 6), Sql.String(r, o + 7), Sql.String(r, o + 8), Sql.String(r, o + 9),
                r.GetString(o + 10), Sql.Int(r, o + 11) ?? 0, Sql.Int(r, o + 12) ?? 0),
            Target = target,
            Cameo = r.GetString(o + 21),
            Goldstein = Sql.Double(r, o + 22) ?? 0,
            QuadClass = Sql.Int(r, o + 23) ?? 0,
            Plover = plover,
            Modality = StoreNames.ParseModality(r.GetString(o + 27)),
            Trigger = new TriggerRef(r.GetString(o + 28), Sql.Int(r, o + 29) ?? 0, Sql.Int(r, o + 30) ?? 0),
            Location = location,
            Confidence = Sql.Double(r, o + 37) ?? 0,
            Rule = r.GetString(o + 38),
            Entries = Sql.Strings(r, o + 39),
        };
    }
}
