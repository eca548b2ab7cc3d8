-- Issue #24 item 5: the team's settings (lead assignment rules) sync as records, managers writing.
ALTER TABLE records DROP CONSTRAINT records_entity_check;
ALTER TABLE records ADD CONSTRAINT records_entity_check
  CHECK (entity IN ('account', 'contact', 'activity', 'task', 'script', 'deal', 'teamSetting'));
