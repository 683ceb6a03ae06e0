-- Admin area: accounts with roles and scopes, server-side sessions, login throttling,
-- one-time set-password links, the audit log and reviewable revisions.
-- Keep in sync with prisma/schema.prisma.

CREATE TYPE user_role AS ENUM ('ADMIN', 'CITY_EDITOR', 'PROVIDER_EDITOR');
CREATE TYPE revision_status AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- "user" is a reserved word in PostgreSQL.
CREATE TABLE app_user (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- Stored lowercased so that the unique index is case-insensitive.
  email text NOT NULL UNIQUE CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
  name text,
  -- argon2id (PHC string); NULL until the invited person sets a password.
  password_hash text CHECK (password_hash LIKE '$argon2id$%'),
  role user_role NOT NULL,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  updated_at timestamptz(3) NOT NULL DEFAULT now()
);

-- Scopes: a CITY_EDITOR works on the offers of these cities, a PROVIDER_EDITOR on the
-- offers of these Träger.
CREATE TABLE user_city (
  user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE ON UPDATE CASCADE,
  city_id uuid NOT NULL REFERENCES city(id) ON DELETE CASCADE ON UPDATE CASCADE,
  PRIMARY KEY (user_id, city_id)
);
CREATE INDEX user_city_city_id_idx ON user_city (city_id);

CREATE TABLE user_provider (
  user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE ON UPDATE CASCADE,
  provider_id uuid NOT NULL REFERENCES provider(id) ON DELETE CASCADE ON UPDATE CASCADE,
  PRIMARY KEY (user_id, provider_id)
);
CREATE INDEX user_provider_provider_id_idx ON user_provider (provider_id);

-- Only the SHA-256 of the cookie's token is kept: a copy of this table signs nobody in.
CREATE TABLE user_session (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE ON UPDATE CASCADE,
  token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  ip text,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  renewed_at timestamptz(3) NOT NULL DEFAULT now(),
  expires_at timestamptz(3) NOT NULL
);
CREATE INDEX user_session_user_id_idx ON user_session (user_id);
CREATE INDEX user_session_expires_at_idx ON user_session (expires_at);

-- Every sign-in attempt, for throttling per account and per IP address.
CREATE TABLE login_attempt (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL,
  ip text NOT NULL,
  succeeded boolean NOT NULL,
  created_at timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX login_attempt_email_created_at_idx ON login_attempt (email, created_at);
CREATE INDEX login_attempt_ip_created_at_idx ON login_attempt (ip, created_at);

-- One-time set-password links (invitations); the token itself is shown once and never stored.
CREATE TABLE password_token (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE ON UPDATE CASCADE,
  token_hash text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  expires_at timestamptz(3) NOT NULL,
  used_at timestamptz(3)
);
CREATE INDEX password_token_user_id_idx ON password_token (user_id);

-- Who changed what, when, from where. actor_email is kept so that the entry stays
-- readable after the account is deleted.
CREATE TABLE audit_entry (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  actor_id uuid REFERENCES app_user(id) ON DELETE SET NULL ON UPDATE CASCADE,
  actor_email text,
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id uuid,
  before jsonb,
  after jsonb,
  ip text,
  created_at timestamptz(3) NOT NULL DEFAULT now()
);
CREATE INDEX audit_entry_created_at_idx ON audit_entry (created_at DESC);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id, created_at DESC);
CREATE INDEX audit_entry_actor_id_idx ON audit_entry (actor_id);

-- A proposed change of a record (e.g. by a PROVIDER_EDITOR), reviewed before it is applied.
CREATE TABLE revision (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entity_type text NOT NULL,
  entity_id uuid NOT NULL,
  -- The record's version the change was made against (optimistic locking).
  base_version integer NOT NULL CHECK (base_version > 0),
  status revision_status NOT NULL DEFAULT 'PENDING',
  before jsonb NOT NULL,
  after jsonb NOT NULL,
  author_id uuid REFERENCES app_user(id) ON DELETE SET NULL ON UPDATE CASCADE,
  reviewer_id uuid REFERENCES app_user(id) ON DELETE SET NULL ON UPDATE CASCADE,
  comment text,
  created_at timestamptz(3) NOT NULL DEFAULT now(),
  reviewed_at timestamptz(3)
);
CREATE INDEX revision_entity_idx ON revision (entity_type, entity_id, created_at DESC);
CREATE INDEX revision_status_idx ON revision (status, created_at);
