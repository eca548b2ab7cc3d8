-- Issue #21: push and pull throughput.
--
-- A record's data is stored as the JSON text the server wrote (its version already set), not as
-- jsonb: nothing queries inside it, so parsing it into jsonb on every write (and printing it back
-- on every pull) was PostgreSQL CPU spent for nothing. The text is what a pull sends as is. The
-- conversion keeps every stored record: jsonb's text form is valid JSON.
ALTER TABLE records ALTER COLUMN data TYPE text USING data::text;
UPDATE records SET data_bytes = octet_length(data) WHERE data IS NOT NULL;

-- The logs are cleaned by age only (server/README.md), and rows arrive in date order: a BRIN
-- index answers `applied_at < …` as well and costs next to nothing per insert, where a btree
-- added an index entry to every logged mutation.
DROP INDEX applied_mutations_applied_at;
DROP INDEX refused_mutations_refused_at;
CREATE INDEX applied_mutations_applied_at ON applied_mutations USING brin (applied_at);
CREATE INDEX refused_mutations_refused_at ON refused_mutations USING brin (refused_at);
