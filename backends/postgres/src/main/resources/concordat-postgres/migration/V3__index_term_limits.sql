-- Concordat record store, schema version 3: index terms within the SPI's limits.
-- Flyway runs this with search_path set to the store's schema.

-- IndexTerm values are at most 200 UTF-16 code units (IndexTerm.MAX_VALUE_LENGTH), so a term fits
-- the index_terms_lookup B-tree entry (PostgreSQL refuses entries over about 2700 bytes) whatever
-- its characters. PostgreSQL's char_length counts code points, which never exceed UTF-16 code units,
-- so every value the SPI accepts passes. NOT VALID: rows written under the earlier limit of 512 stay
-- (the store cuts them to 200 when it reads them back, IndexTerm.fromStored); every new row is checked.
ALTER TABLE index_terms
    ADD CONSTRAINT index_terms_value_length CHECK (char_length(term_value) BETWEEN 1 AND 200) NOT VALID;

ALTER TABLE index_terms
    ADD CONSTRAINT index_terms_name_form CHECK (term_name ~ '^[a-z][a-z0-9._-]{0,62}$') NOT VALID;
