-- Concordat record store, schema version 2: erasure of personal data with a trace.
-- Flyway runs this with search_path set to the store's schema.

-- Who erased which versions of which record, when and why; never what was erased.
CREATE TABLE erasures (
    erasure_id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_type      text     NOT NULL,
    record_id        text     NOT NULL,
    versions         bigint[] NOT NULL CHECK (cardinality(versions) >= 1),
    erased_by        text     NOT NULL,
    erased_at_second bigint   NOT NULL,
    erased_at_nano   integer  NOT NULL CHECK (erased_at_nano BETWEEN 0 AND 999999999),
    reason           text     NOT NULL,
    stored_at        timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX erasures_record ON erasures (record_type, record_id, erasure_id);

COMMENT ON TABLE erasures IS
    'Concordat record store: the trace of each erasure of personal data (who, when, why; never what)';

-- Versions stay append-only, with one exception: an erasure, made by the store inside a
-- transaction that sets concordat.erasing to on, may replace a version's payload, author and
-- terms, never its record, number, schema, media type or time; and may delete the terms of the
-- versions it redacts. Anything else is still refused.
CREATE OR REPLACE FUNCTION refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('concordat.erasing', true) = 'on' THEN
        -- Nested, not joined by AND: PL/pgSQL may evaluate every operand, and NEW of another
        -- table has no such fields.
        IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'record_versions' THEN
            IF NEW.record_type = OLD.record_type AND NEW.record_id = OLD.record_id
                    AND NEW.version = OLD.version AND NEW.made_at_second = OLD.made_at_second
                    AND NEW.made_at_nano = OLD.made_at_nano THEN
                RETURN NEW;
            END IF;
        END IF;
        IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'index_terms' THEN
            RETURN OLD;
        END IF;
    END IF;
    RAISE EXCEPTION 'Concordat record store: % on %.% refused: stored versions are append-only',
        TG_OP, TG_TABLE_SCHEMA, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation',
              HINT = 'append a new version instead of changing or removing one';
END
$$;

CREATE TRIGGER erasures_append_only
    BEFORE UPDATE OR DELETE ON erasures
    FOR EACH ROW EXECUTE FUNCTION refuse_change();
CREATE TRIGGER erasures_no_truncate
    BEFORE TRUNCATE ON erasures
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

REVOKE UPDATE, DELETE, TRUNCATE ON erasures FROM PUBLIC;
