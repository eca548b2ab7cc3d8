-- Issue #21: push throughput. The foreign keys of the hot write tables checked every inserted
-- row on its own (a lookup and a row lock per row: four per mutation, a third of PostgreSQL's
-- time on a push). A push now checks the same thing once per batch, in the statement that takes
-- the team's lock: the team row (FOR UPDATE) and the caller's user row in that team (FOR KEY
-- SHARE, as the foreign key's check did) both exist and stay until commit, or nothing is written.
-- Deleting a team or a user does what ON DELETE did, from triggers on the parent tables.
ALTER TABLE records DROP CONSTRAINT records_team_id_fkey;
ALTER TABLE records DROP CONSTRAINT records_updated_by_fkey;
ALTER TABLE applied_mutations DROP CONSTRAINT applied_mutations_team_id_fkey;
ALTER TABLE applied_mutations DROP CONSTRAINT applied_mutations_user_id_fkey;
ALTER TABLE refused_mutations DROP CONSTRAINT refused_mutations_team_id_fkey;
ALTER TABLE refused_mutations DROP CONSTRAINT refused_mutations_user_id_fkey;

CREATE FUNCTION leadkit_team_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM records WHERE team_id = OLD.id;
  DELETE FROM applied_mutations WHERE team_id = OLD.id;
  DELETE FROM refused_mutations WHERE team_id = OLD.id;
  RETURN OLD;
END $$;
CREATE TRIGGER teams_delete_cascade AFTER DELETE ON teams FOR EACH ROW EXECUTE FUNCTION leadkit_team_deleted();

CREATE FUNCTION leadkit_user_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE records SET updated_by = NULL WHERE team_id = OLD.team_id AND updated_by = OLD.id;
  UPDATE applied_mutations SET user_id = NULL WHERE team_id = OLD.team_id AND user_id = OLD.id;
  UPDATE refused_mutations SET user_id = NULL WHERE team_id = OLD.team_id AND user_id = OLD.id;
  RETURN OLD;
END $$;
CREATE TRIGGER users_delete_set_null AFTER DELETE ON users FOR EACH ROW EXECUTE FUNCTION leadkit_user_deleted();
