-- Learning sessions: what the program offers (a webinar, onboarding days, an ISTE Standards
-- Suite offering...), who registered for each, and who attended each day.

-- One offering: a cohort's required session (cohort_id set) or one open to the district's
-- teachers (cohort_id NULL). `revision` is bumped first by every registration change, which
-- takes the row's lock on both databases: seats are counted and given under that lock.
CREATE TABLE learning_offerings (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  cohort_id BIGINT,
  kind TEXT NOT NULL CHECK (kind IN ('welcome_webinar', 'onboarding', 'follow_up', 'iste_suite',
                                     'teacher_leader_network', 'tech_planning')),
  slug TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  audience TEXT NOT NULL CHECK (audience IN ('team', 'individual')),
  team_size INTEGER NOT NULL CHECK (team_size BETWEEN 1 AND 10),
  capacity INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 100000),
  registration_closes_at BIGINT NOT NULL,
  location TEXT NOT NULL,
  join_url TEXT NOT NULL,
  commitment_number INTEGER,  -- the school commitment that attendance feeds
  standard_code TEXT NOT NULL,  -- the ISTE student standard an ISTE Suite offering covers
  revision BIGINT NOT NULL DEFAULT 0,
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, slug),
  FOREIGN KEY (district_id, cohort_id) REFERENCES cohorts (district_id, id)
);
CREATE INDEX learning_offerings_by_cohort ON learning_offerings (district_id, cohort_id);

-- The days of an offering (the 2+1 format has three), in UTC seconds.
CREATE TABLE learning_days (
  district_id BIGINT NOT NULL,
  offering_id BIGINT NOT NULL,
  day_number INTEGER NOT NULL CHECK (day_number BETWEEN 1 AND 20),
  starts_at BIGINT NOT NULL,
  ends_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, offering_id, day_number),
  FOREIGN KEY (district_id, offering_id) REFERENCES learning_offerings (district_id, id)
);
CREATE INDEX learning_days_by_start ON learning_days (district_id, starts_at);

-- A school team's registration (school_id set) or one teacher's (school_id NULL). Waiting
-- registrations are promoted in `id` order. Cancelled rows stay as history.
CREATE TABLE learning_registrations (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  offering_id BIGINT NOT NULL,
  school_id BIGINT,
  person_id BIGINT,  -- the teacher of an individual registration
  state TEXT NOT NULL CHECK (state IN ('registered', 'waitlisted', 'cancelled')),
  seats INTEGER NOT NULL CHECK (seats >= 1),
  registered_at BIGINT NOT NULL,
  registered_by BIGINT NOT NULL,
  promoted_at BIGINT,
  cancelled_at BIGINT,
  cancelled_by BIGINT,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, offering_id) REFERENCES learning_offerings (district_id, id),
  FOREIGN KEY (district_id, school_id) REFERENCES schools (district_id, id),
  FOREIGN KEY (district_id, person_id) REFERENCES people (district_id, id)
);
CREATE UNIQUE INDEX learning_registrations_one_per_school
  ON learning_registrations (district_id, offering_id, school_id)
  WHERE state <> 'cancelled' AND school_id IS NOT NULL;
CREATE UNIQUE INDEX learning_registrations_one_per_teacher
  ON learning_registrations (district_id, offering_id, person_id)
  WHERE state <> 'cancelled' AND person_id IS NOT NULL;
CREATE INDEX learning_registrations_by_offering
  ON learning_registrations (district_id, offering_id, state, id);

-- Who holds a registration's seats. A swap stamps removed_at on one row and adds another.
CREATE TABLE learning_attendees (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  registration_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  added_at BIGINT NOT NULL,
  added_by BIGINT NOT NULL,
  removed_at BIGINT,
  removed_by BIGINT,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, registration_id) REFERENCES learning_registrations (district_id, id),
  FOREIGN KEY (district_id, person_id) REFERENCES people (district_id, id)
);
CREATE UNIQUE INDEX learning_attendees_current
  ON learning_attendees (district_id, registration_id, person_id) WHERE removed_at IS NULL;
CREATE INDEX learning_attendees_by_person
  ON learning_attendees (district_id, person_id, removed_at);

-- Attendance per day, taken by staff or a coach; taking it again overwrites the mark.
CREATE TABLE learning_attendance (
  district_id BIGINT NOT NULL,
  offering_id BIGINT NOT NULL,
  day_number INTEGER NOT NULL,
  person_id BIGINT NOT NULL,
  present INTEGER NOT NULL CHECK (present IN (0, 1)),
  recorded_by BIGINT NOT NULL,
  recorded_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, offering_id, day_number, person_id),
  FOREIGN KEY (district_id, offering_id, day_number)
    REFERENCES learning_days (district_id, offering_id, day_number),
  FOREIGN KEY (district_id, person_id) REFERENCES people (district_id, id)
);
