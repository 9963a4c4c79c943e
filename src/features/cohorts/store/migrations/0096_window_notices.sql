-- Visitors who asked, on the public home page or through the API, to be told when an
-- application window opens. One row per address (in lower case): asking again adds nothing, and
-- a request stopped by its e-mail's link is resumed by asking again.
CREATE TABLE window_notice_requests (
  district_id BIGINT NOT NULL REFERENCES districts (id),
  id BIGINT NOT NULL,
  email TEXT NOT NULL,
  requested_at BIGINT NOT NULL,
  stopped_at BIGINT,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, email)
);

-- One row per address and cohort, written in the transaction that queues the e-mail: the key
-- is what makes "told once" hold however many servers plan. Each e-mail's stop link is kept
-- hashed, like every other token.
CREATE TABLE window_notices_sent (
  district_id BIGINT NOT NULL,
  request_id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  token_hash TEXT NOT NULL,
  sent_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, request_id, cohort_id),
  UNIQUE (district_id, token_hash),
  FOREIGN KEY (district_id, request_id) REFERENCES window_notice_requests (district_id, id),
  FOREIGN KEY (district_id, cohort_id) REFERENCES cohorts (district_id, id)
);
CREATE INDEX window_notices_sent_by_cohort ON window_notices_sent (district_id, cohort_id);

-- Each time someone asks, for the limit on how often one address or one client may (the
-- sign-in throttle's rule). Rows older than the limit's window are deleted as new ones come.
CREATE TABLE window_notice_attempts (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  email TEXT NOT NULL,
  client TEXT NOT NULL,
  at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id)
);
CREATE INDEX window_notice_attempts_by_email ON window_notice_attempts (district_id, email, at);
CREATE INDEX window_notice_attempts_by_client ON window_notice_attempts (district_id, client, at);

-- What other rooms read (the cohort setup page): per cohort, the addresses still waiting to be
-- told of its window and those already told.
CREATE VIEW cohort_window_notices AS
SELECT c.district_id, c.id AS cohort_id,
       (SELECT COUNT(*) FROM window_notice_requests r
         WHERE r.district_id = c.district_id AND r.stopped_at IS NULL
           AND NOT EXISTS (SELECT 1 FROM window_notices_sent s WHERE s.district_id = r.district_id
                             AND s.request_id = r.id AND s.cohort_id = c.id)) AS waiting,
       (SELECT COUNT(*) FROM window_notices_sent s
         WHERE s.district_id = c.district_id AND s.cohort_id = c.id) AS told
  FROM cohorts c;
