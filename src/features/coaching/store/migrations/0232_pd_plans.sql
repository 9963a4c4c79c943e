-- The school's professional learning plan for a cohort's year (commitment 7) and its
-- banked-time sessions (commitment 17): who facilitates, who attended, and what teachers shared
-- back afterwards. Days are ISO dates in the district's calendar, so they sort as text.

-- One plan per school and cohort; agreed_at is set when district staff agree it.
CREATE TABLE pd_plans (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  agreed_by BIGINT,
  agreed_at BIGINT,
  illustrative INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, cohort_id, school_id)
);

CREATE TABLE pd_sessions (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  plan_id BIGINT NOT NULL,
  held_on TEXT NOT NULL,
  topic TEXT NOT NULL,
  focus TEXT NOT NULL,
  created_by BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, plan_id) REFERENCES pd_plans (district_id, id)
);
CREATE INDEX pd_sessions_by_plan ON pd_sessions (district_id, plan_id, held_on);

CREATE TABLE pd_session_facilitators (
  district_id BIGINT NOT NULL,
  session_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  PRIMARY KEY (district_id, session_id, person_id),
  FOREIGN KEY (district_id, session_id) REFERENCES pd_sessions (district_id, id)
);

-- Who was there: one row per person present; taking attendance again replaces the session's rows.
CREATE TABLE pd_attendance (
  district_id BIGINT NOT NULL,
  session_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  marked_by BIGINT NOT NULL,
  marked_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, session_id, person_id),
  FOREIGN KEY (district_id, session_id) REFERENCES pd_sessions (district_id, id)
);
CREATE INDEX pd_attendance_by_person ON pd_attendance (district_id, person_id);

-- A teacher's share-back: how they used what the session taught, in their own words.
CREATE TABLE pd_shares (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  session_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  text TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, session_id) REFERENCES pd_sessions (district_id, id)
);
CREATE INDEX pd_shares_by_session ON pd_shares (district_id, session_id);
