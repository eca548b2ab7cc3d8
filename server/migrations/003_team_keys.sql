-- Issue #21. Record ids are per team: the shipped default scripts have the same ids
-- (default-<slug>-<locale>) in every install, so with ids unique across teams only the first team
-- could ever sync them. Every existing id was unique across teams, so it stays unique in its team.
ALTER TABLE records DROP CONSTRAINT records_pkey;
ALTER TABLE records ADD PRIMARY KEY (team_id, entity, entity_id);

-- The JSON size of each record's data, kept at write time, so a pull can stop at a byte budget
-- without serialising rows it will not send.
ALTER TABLE records ADD COLUMN data_bytes integer NOT NULL DEFAULT 0;
UPDATE records SET data_bytes = octet_length(data::text) WHERE data IS NOT NULL;

-- Idempotency checks what a retried mutation says and who sends it: the same (team, client,
-- mutation id) with another payload, or from another user, is refused instead of answered
-- `duplicate`. Rows logged before this migration have no hash; for them only the user is compared.
ALTER TABLE applied_mutations ADD COLUMN payload_hash text;
ALTER TABLE refused_mutations ADD COLUMN payload_hash text;

-- Cleaning the logs by age (server/README.md) reads them by date.
CREATE INDEX applied_mutations_applied_at ON applied_mutations (applied_at);
CREATE INDEX refused_mutations_refused_at ON refused_mutations (refused_at);
