-- What a cohort asks of applicants: guiding questions and selection criteria, in order.
CREATE TABLE application_questions (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, cohort_id, position),
  FOREIGN KEY (district_id, cohort_id) REFERENCES cohorts (district_id, id)
);

CREATE TABLE selection_criteria (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, cohort_id, position),
  FOREIGN KEY (district_id, cohort_id) REFERENCES cohorts (district_id, id)
);

CREATE TABLE qa_sessions (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  starts_at BIGINT NOT NULL,
  ends_at BIGINT NOT NULL,
  details TEXT NOT NULL,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, cohort_id) REFERENCES cohorts (district_id, id),
  CHECK (ends_at > starts_at)
);
CREATE INDEX qa_sessions_by_cohort ON qa_sessions (district_id, cohort_id, starts_at);

-- The windows that follow the application deadline (local dates), and where the setup came from.
CREATE TABLE cohort_setups (
  district_id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  site_visits_from TEXT,
  site_visits_to TEXT,
  notification_week_of TEXT,
  copied_from_cohort_id BIGINT,
  PRIMARY KEY (district_id, cohort_id),
  FOREIGN KEY (district_id, cohort_id) REFERENCES cohorts (district_id, id),
  CHECK (site_visits_to IS NULL OR site_visits_from <= site_visits_to)
);

-- The Intent to Participate, one row per published version; a new text is a new version, so
-- what a school signed stays readable. The participations feature reads this table.
CREATE TABLE agreement_versions (
  district_id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  version INTEGER NOT NULL,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  published_at BIGINT NOT NULL,
  published_by BIGINT,
  PRIMARY KEY (district_id, cohort_id, version),
  FOREIGN KEY (district_id, cohort_id) REFERENCES cohorts (district_id, id)
);
