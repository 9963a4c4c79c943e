CREATE TABLE programs (
  district_id BIGINT NOT NULL REFERENCES districts (id),
  id BIGINT NOT NULL,
  slug TEXT NOT NULL,
  name TEXT NOT NULL,
  summary TEXT NOT NULL,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, slug)
);

CREATE TABLE cohorts (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  program_id BIGINT NOT NULL,
  slug TEXT NOT NULL,
  number TEXT NOT NULL,
  title TEXT NOT NULL,
  focus_standard_code TEXT NOT NULL,
  school_year TEXT NOT NULL,
  summary TEXT NOT NULL,
  announced_on TEXT NOT NULL,
  applications_open_at BIGINT,
  applications_close_at BIGINT,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, slug),
  FOREIGN KEY (district_id, program_id) REFERENCES programs (district_id, id),
  CHECK (applications_close_at IS NULL OR applications_open_at < applications_close_at)
);

CREATE TABLE cohort_goals (
  district_id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (district_id, cohort_id, position),
  FOREIGN KEY (district_id, cohort_id) REFERENCES cohorts (district_id, id)
);

CREATE TABLE timeline_items (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  title TEXT NOT NULL,
  starts_at BIGINT NOT NULL,
  ends_at BIGINT,
  shown_as TEXT NOT NULL CHECK (shown_as IN ('time', 'day', 'week')),
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, cohort_id) REFERENCES cohorts (district_id, id),
  CHECK (ends_at IS NULL OR ends_at >= starts_at)
);
CREATE INDEX timeline_by_cohort ON timeline_items (district_id, cohort_id, starts_at);
