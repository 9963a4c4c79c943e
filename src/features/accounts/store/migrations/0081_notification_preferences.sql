-- What e-mail a person wants beyond what their work needs: the coach's weekly digest and
-- reminders before due dates and sessions. No row: both on.
CREATE TABLE notification_preferences (
  district_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  digest_enabled INTEGER NOT NULL CHECK (digest_enabled IN (0, 1)),
  reminders_enabled INTEGER NOT NULL CHECK (reminders_enabled IN (0, 1)),
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, person_id),
  FOREIGN KEY (district_id, person_id) REFERENCES people (district_id, id)
);

-- The links in digests and reminders that turn that e-mail off without signing in. Stored
-- hashed, like every other token.
CREATE TABLE unsubscribe_links (
  district_id BIGINT NOT NULL,
  token_hash TEXT NOT NULL,
  person_id BIGINT NOT NULL,
  topic TEXT NOT NULL CHECK (topic IN ('digest', 'reminder')),
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  used_at BIGINT,
  PRIMARY KEY (district_id, token_hash),
  FOREIGN KEY (district_id, person_id) REFERENCES people (district_id, id)
);
