-- Visits between Practitioner Schools: a host school's dated visit and who signed up for it.
-- `revision` is bumped to lock the visit while a sign-up counts its seats, so concurrent
-- sign-ups on PostgreSQL queue behind one another as they do on SQLite.
CREATE TABLE school_visits (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  held_on TEXT NOT NULL,
  starts_minute INTEGER NOT NULL,
  ends_minute INTEGER NOT NULL,
  purpose TEXT NOT NULL,
  look_fors TEXT NOT NULL,
  capacity INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 200),
  release_day INTEGER NOT NULL DEFAULT 0,
  illustrative INTEGER NOT NULL DEFAULT 0,
  revision BIGINT NOT NULL DEFAULT 0,
  offered_by BIGINT NOT NULL,
  offered_at BIGINT NOT NULL,
  attendance_taken_by BIGINT,
  attendance_taken_at BIGINT,
  PRIMARY KEY (district_id, id)
);
CREATE INDEX school_visits_by_day ON school_visits (district_id, held_on);
CREATE INDEX school_visits_by_school ON school_visits (district_id, school_id, held_on);

-- One row a person a visit: 'signed_up' or 'cancelled' (signing up again reopens it);
-- `attended` is unknown (NULL) until the host takes attendance; the visitor's notes (what they
-- saw) and what they take back once they attended.
CREATE TABLE school_visit_signups (
  district_id BIGINT NOT NULL,
  visit_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('signed_up', 'cancelled')),
  signed_up_at BIGINT NOT NULL,
  attended INTEGER,
  notes TEXT NOT NULL DEFAULT '',
  take_back TEXT NOT NULL DEFAULT '',
  reflected_at BIGINT,
  PRIMARY KEY (district_id, visit_id, person_id),
  FOREIGN KEY (district_id, visit_id) REFERENCES school_visits (district_id, id)
);
CREATE INDEX school_visit_signups_by_person ON school_visit_signups (district_id, person_id);
