-- Work done outside a request (reminder e-mails, digests, their planning), shared by every
-- server on the database. A job is claimed by one server at a time for a lease; a lease that
-- runs out (the server stopped) lets another server take the job again.
CREATE TABLE jobs (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL,
  dedupe_key TEXT,
  state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  max_attempts INTEGER NOT NULL,
  run_after BIGINT NOT NULL,
  locked_by TEXT,
  locked_until BIGINT,
  last_error TEXT,
  progress_done BIGINT NOT NULL DEFAULT 0,
  progress_total BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  started_at BIGINT,
  finished_at BIGINT,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, dedupe_key)
);
-- What the runners look for: due queued jobs and running jobs whose lease ran out.
CREATE INDEX jobs_due ON jobs (state, run_after);
CREATE INDEX jobs_by_kind ON jobs (district_id, kind, created_at);
