-- Roles and the team's write rules (issue #7 item 4: "a rep reads the team's accounts and writes
-- only what the team's rules allow"). The rules themselves are data in src/sync/writeRules.ts.

-- Every existing user becomes a rep; an operator promotes managers with `cli set-role`.
ALTER TABLE users
  ADD COLUMN role text NOT NULL DEFAULT 'rep' CHECK (role IN ('rep', 'manager'));

-- Mutations refused by the team's rules. A refusal is final: a retry of the same (client,
-- mutation id) answers the same refusal and is never applied, even after the user's role changed.
-- Kept apart from applied_mutations, which stays the log of what was written.
CREATE TABLE refused_mutations (
  team_id     text NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  client_id   text NOT NULL,
  mutation_id text NOT NULL,
  entity      text NOT NULL,
  entity_id   text NOT NULL,
  op          text NOT NULL CHECK (op IN ('put', 'delete')),
  reason      text NOT NULL CHECK (reason IN ('forbidden')),
  message     text NOT NULL,
  user_id     text REFERENCES users (id) ON DELETE SET NULL,
  refused_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (team_id, client_id, mutation_id)
);
