-- Concordat record store, schema version 1.
-- Flyway runs this with search_path set to the store's schema (postgres.schema, default concordat).

-- Every version of every record, never rewritten. The primary key on (record_type, record_id,
-- version) is what makes optimistic concurrency safe: of two writers appending the same version,
-- the database lets one in and refuses the other with SQLSTATE 23505.
CREATE TABLE record_versions (
    record_type     text        NOT NULL CHECK (record_type ~ '^[a-z][a-z0-9_-]{0,62}$'),
    record_id       text        NOT NULL CHECK (length(record_id) BETWEEN 1 AND 256),
    version         bigint      NOT NULL CHECK (version >= 1),
    schema_version  integer     NOT NULL CHECK (schema_version >= 1),
    media_type      text        NOT NULL,
    payload         bytea       NOT NULL,
    author          text        NOT NULL,
    -- The draft's time exactly: seconds since the epoch and the nanoseconds within that second
    -- (timestamptz keeps microseconds only, and a narrower range than java.time.Instant).
    made_at_second  bigint      NOT NULL,
    made_at_nano    integer     NOT NULL CHECK (made_at_nano BETWEEN 0 AND 999999999),
    -- When the database stored it; for operators, never read back through the SPI.
    stored_at       timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT record_versions_pkey PRIMARY KEY (record_type, record_id, version)
);

COMMENT ON TABLE record_versions IS
    'Concordat record store: every version of every record; append-only (see refuse_change)';

-- The index terms of each version, in their own table so that find() reads an index instead of
-- every record. Only the latest version's terms count for find(); older rows keep history whole.
CREATE TABLE index_terms (
    record_type  text   NOT NULL,
    record_id    text   NOT NULL,
    version      bigint NOT NULL,
    term_name    text   NOT NULL,
    term_value   text   NOT NULL,
    CONSTRAINT index_terms_pkey PRIMARY KEY (record_type, record_id, version, term_name, term_value),
    CONSTRAINT index_terms_version_fkey FOREIGN KEY (record_type, record_id, version)
        REFERENCES record_versions (record_type, record_id, version)
);

CREATE INDEX index_terms_lookup ON index_terms (record_type, term_name, term_value);

COMMENT ON TABLE index_terms IS
    'Concordat record store: the index terms of each record version; append-only (see refuse_change)';

-- Append-only in the database too: any UPDATE, DELETE or TRUNCATE of a stored version or its
-- terms is refused, whoever tries it (the application, an operator's stray statement, a bug).
-- A superuser can still get round a trigger (session_replication_role = replica); docs/backends.md
-- says how to run the application as a role that holds only SELECT and INSERT.
CREATE FUNCTION refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Concordat record store: % on %.% refused: stored versions are append-only',
        TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation',
              HINT = 'append a new version instead of changing or removing one';
END
$$;

CREATE TRIGGER record_versions_append_only
    BEFORE UPDATE OR DELETE ON record_versions
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER record_versions_no_truncate
    BEFORE TRUNCATE ON record_versions
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER index_terms_append_only
    BEFORE UPDATE OR DELETE ON index_terms
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER index_terms_no_truncate
    BEFORE TRUNCATE ON index_terms
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

REVOKE UPDATE, DELETE, TRUNCATE ON record_versions, index_terms FROM PUBLIC;
