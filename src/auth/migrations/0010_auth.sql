-- Who may do what: grants of a role over a scope, for a span of dates. Ending a grant keeps it.
CREATE TABLE grants (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  role TEXT NOT NULL,
  scope_kind TEXT NOT NULL CHECK (scope_kind IN ('district', 'local_district', 'school', 'caseload')),
  scope_id BIGINT NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT,
  granted_by BIGINT,
  granted_at BIGINT NOT NULL,
  ended_by BIGINT,
  ended_at BIGINT,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, person_id) REFERENCES people (district_id, id)
);
CREATE INDEX grants_by_person ON grants (district_id, person_id);

-- The schools each coach (ITF) serves: a coach's caseload scope.
CREATE TABLE coach_assignments (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  coach_person_id BIGINT NOT NULL,
  assigned_at BIGINT NOT NULL,
  ended_at BIGINT,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, school_id) REFERENCES schools (district_id, id),
  FOREIGN KEY (district_id, coach_person_id) REFERENCES people (district_id, id)
);
CREATE INDEX coach_assignments_by_coach ON coach_assignments (district_id, coach_person_id);

-- Local passwords (Argon2id, libsodium's encoded form).
CREATE TABLE credentials (
  district_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  password_hash TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, person_id),
  FOREIGN KEY (district_id, person_id) REFERENCES people (district_id, id)
);

-- Sessions live here so several servers can share them. Tokens are stored hashed.
CREATE TABLE sessions (
  district_id BIGINT NOT NULL,
  token_hash TEXT NOT NULL,
  person_id BIGINT NOT NULL,
  csrf_token TEXT NOT NULL,
  signed_in_with TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, token_hash),
  FOREIGN KEY (district_id, person_id) REFERENCES people (district_id, id)
);
CREATE INDEX sessions_by_person ON sessions (district_id, person_id);

-- Tokens for integrations, each limited to one role over one scope, revocable.
CREATE TABLE api_tokens (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  grant_id BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  last_used_at BIGINT,
  revoked_at BIGINT,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, token_hash),
  FOREIGN KEY (district_id, person_id) REFERENCES people (district_id, id)
);

-- One-time links for password resets and invitations, stored hashed.
CREATE TABLE one_time_tokens (
  district_id BIGINT NOT NULL,
  token_hash TEXT NOT NULL,
  person_id BIGINT NOT NULL,
  purpose TEXT NOT NULL CHECK (purpose IN ('reset', 'invitation')),
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  used_at BIGINT,
  PRIMARY KEY (district_id, token_hash),
  FOREIGN KEY (district_id, person_id) REFERENCES people (district_id, id)
);

-- Sign-in attempts, to slow down guessing per account and per address.
CREATE TABLE sign_in_attempts (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  email TEXT NOT NULL,
  address TEXT NOT NULL,
  at BIGINT NOT NULL,
  succeeded INTEGER NOT NULL,
  PRIMARY KEY (district_id, id)
);
CREATE INDEX sign_in_attempts_by_email ON sign_in_attempts (district_id, email, at);
CREATE INDEX sign_in_attempts_by_address ON sign_in_attempts (district_id, address, at);

-- Every state-changing request: who, what, which record, before and after, when; refusals too.
CREATE TABLE audit_log (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  at BIGINT NOT NULL,
  person_id BIGINT,
  action TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('done', 'refused')),
  record_type TEXT NOT NULL,
  record_id TEXT NOT NULL,
  school_id BIGINT,
  before_json TEXT NOT NULL,
  after_json TEXT NOT NULL,
  reason TEXT NOT NULL,
  request_id TEXT NOT NULL,
  address TEXT NOT NULL,
  PRIMARY KEY (district_id, id)
);
CREATE INDEX audit_log_by_time ON audit_log (district_id, at);
CREATE INDEX audit_log_by_person ON audit_log (district_id, person_id, at);
