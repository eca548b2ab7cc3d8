-- Teams, users, hashed tokens, synced records and the idempotency log (issue #7).
-- Every synced row carries team_id; a record id is unique across teams so that a write from one
-- team to another team's id is refused, never applied.

CREATE TABLE teams (
  id          text PRIMARY KEY,
  name        text NOT NULL,
  -- The team's change counter: each accepted write takes the next value (the pull cursor).
  change_seq  bigint NOT NULL DEFAULT 0,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id          text PRIMARY KEY,
  team_id     text NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  name        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX users_team ON users (team_id);

CREATE TABLE tokens (
  id          text PRIMARY KEY,
  user_id     text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- sha256 of the secret, hex; the secret itself is shown once by the CLI and never stored.
  token_hash  text NOT NULL UNIQUE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  revoked_at  timestamptz
);
CREATE INDEX tokens_user ON tokens (user_id);

CREATE TABLE records (
  entity      text NOT NULL CHECK (entity IN ('account', 'contact', 'activity', 'task', 'script')),
  entity_id   text NOT NULL,
  team_id     text NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  version     bigint NOT NULL CHECK (version > 0),
  data        jsonb,
  deleted     boolean NOT NULL DEFAULT false,
  -- teams.change_seq at the record's last write; pull reads records in this order.
  seq         bigint NOT NULL,
  updated_by  text REFERENCES users (id) ON DELETE SET NULL,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (entity, entity_id),
  CHECK (deleted OR data IS NOT NULL)
);
CREATE UNIQUE INDEX records_team_seq ON records (team_id, seq);

-- Mutations already applied, so a retried push answers `duplicate` instead of writing twice.
CREATE TABLE applied_mutations (
  team_id     text NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  client_id   text NOT NULL,
  mutation_id text NOT NULL,
  entity      text NOT NULL,
  entity_id   text NOT NULL,
  version     bigint NOT NULL,
  user_id     text REFERENCES users (id) ON DELETE SET NULL,
  applied_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (team_id, client_id, mutation_id)
);
