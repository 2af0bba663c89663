namespace Entente.Store;

/// <summary>The store's tables as SQL that DuckDB and PostgreSQL both accept, as an ordered list of migrations.</summary>
/// <remarks>
/// Migration <c>i</c> brings a store from version <c>i</c> to <c>i + 1</c>; a store records each applied version in
/// <c>schema_version</c>. Column names avoid SQL keywords (<c>start</c>, <c>end</c>, <c>date</c>) so that no query needs quoting.
/// Appenders write columns in table order, so new columns are only ever added at the end.
/// </remarks>
public static class StoreSchema
{
    /// <summary>The version a freshly opened store is migrated to.</summary>
    public static int CurrentVersion => Migrations.Count;

    /// <summary>DDL of each migration; index 0 creates version 1.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Migrations { get; } =
    [
        [
            """
            CREATE TABLE documents (
                doc_no BIGINT NOT NULL,
                id VARCHAR NOT NULL,
                content_hash VARCHAR NOT NULL PRIMARY KEY,
                pub_date DATE,
                source VARCHAR,
                url VARCHAR,
                title VARCHAR,
                ingested_at TIMESTAMP NOT NULL,
                text_length INTEGER NOT NULL)
            """,
            """
            CREATE TABLE sentences (
                doc_no BIGINT NOT NULL,
                doc_id VARCHAR NOT NULL,
                sentence INTEGER NOT NULL,
                start_char INTEGER NOT NULL,
                end_char INTEGER NOT NULL,
                is_headline BOOLEAN NOT NULL,
                text VARCHAR NOT NULL)
            """,
            """
            CREATE TABLE events (
                event_no BIGINT NOT NULL,
                doc_no BIGINT NOT NULL,
                id VARCHAR NOT NULL,
                doc_id VARCHAR NOT NULL,
                sentence INTEGER NOT NULL,
                event_date DATE,
                date_basis VARCHAR NOT NULL,
                source_code VARCHAR NOT NULL,
                source_country VARCHAR,
                source_org VARCHAR,
                source_sector VARCHAR,
                source_name VARCHAR,
                source_text VARCHAR NOT NULL,
                source_start INTEGER NOT NULL,
                source_end INTEGER NOT NULL,
                source_key VARCHAR NOT NULL,
                target_code VARCHAR,
                target_country VARCHAR,
                target_org VARCHAR,
                target_sector VARCHAR,
                target_name VARCHAR,
                target_text VARCHAR,
                target_start INTEGER,
                target_end INTEGER,
                target_key VARCHAR,
                cameo VARCHAR NOT NULL,
                cameo_root VARCHAR NOT NULL,
                goldstein DOUBLE PRECISION NOT NULL,
                quad_class INTEGER NOT NULL,
                plover_type VARCHAR,
                plover_mode VARCHAR,
                plover_context VARCHAR[],
                modality VARCHAR NOT NULL,
                trigger_text VARCHAR NOT NULL,
                trigger_start INTEGER NOT NULL,
                trigger_end INTEGER NOT NULL,
                location_name VARCHAR,
                location_country VARCHAR,
                location_lat DOUBLE PRECISION,
                location_lon DOUBLE PRECISION,
                location_start INTEGER,
                location_end INTEGER,
                confidence DOUBLE PRECISION NOT NULL,
                rule VARCHAR NOT NULL,
                entries VARCHAR[] NOT NULL)
            """,
            """
            CREATE TABLE mentions (
                doc_no BIGINT NOT NULL,
                doc_id VARCHAR NOT NULL,
                sentence INTEGER NOT NULL,
                kind VARCHAR NOT NULL,
                start_char INTEGER NOT NULL,
                end_char INTEGER NOT NULL,
                code VARCHAR,
                country VARCHAR,
                org VARCHAR,
                name VARCHAR,
                place VARCHAR,
                mention_date DATE,
                entries VARCHAR[] NOT NULL)
            """,
        ],
        [
            "ALTER TABLE events ADD COLUMN cluster_id BIGINT",
            // Unclustered events count as their own cluster, so "count clusters" works before the clusterer has run.
            "ALTER TABLE events ADD COLUMN cluster_head BOOLEAN DEFAULT TRUE",
            """
            CREATE TABLE clusters (
                cluster_id BIGINT NOT NULL PRIMARY KEY,
                source_key VARCHAR NOT NULL,
                target_key VARCHAR,
                cameo_root VARCHAR NOT NULL,
                modality VARCHAR NOT NULL,
                first_date DATE,
                last_date DATE,
                mentions INTEGER NOT NULL,
                documents INTEGER NOT NULL,
                sources INTEGER NOT NULL,
                head_event_no BIGINT NOT NULL)
            """,
            """
            CREATE TABLE event_clusters (
                event_no BIGINT NOT NULL,
                cluster_id BIGINT NOT NULL,
                is_head BOOLEAN NOT NULL)
            """,
        ],
        [
            // The sentences table may keep only the sentences that carry events (SentenceScope), so the document counts its own.
            "ALTER TABLE documents ADD COLUMN sentence_count INTEGER",
            "UPDATE documents SET sentence_count = (SELECT COUNT(*) FROM sentences s WHERE s.doc_no = documents.doc_no)",
        ],
    ];
}
