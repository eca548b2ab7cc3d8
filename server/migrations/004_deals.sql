-- Issue #24: deals sync like every record. The entity check of 001 lists the entities it knew.
ALTER TABLE records DROP CONSTRAINT records_entity_check;
ALTER TABLE records ADD CONSTRAINT records_entity_check
  CHECK (entity IN ('account', 'contact', 'activity', 'task', 'script', 'deal'));
