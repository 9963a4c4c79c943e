-- The coach's (ITF's) work at a school: the coaching log and non-evaluative observations.
-- Dates a person picks (held_on, due dates) are ISO days in the district's calendar, so they
-- sort as text on both databases.

-- One entry of the coaching log. `notes_shared` = 1: the teachers named see the notes; 0: only
-- the coach does. `illustrative` marks demo rows made up for the demo.
CREATE TABLE coaching_entries (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  coach_person_id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  held_on TEXT NOT NULL,
  minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 600),
  kind TEXT NOT NULL CHECK (kind IN ('co_teach', 'model_lesson', 'co_design', 'team_planning',
                                     'ilt_meeting', 'banked_time_pd', 'debrief', 'check_in')),
  focus TEXT NOT NULL,
  notes TEXT NOT NULL,
  notes_shared INTEGER NOT NULL CHECK (notes_shared IN (0, 1)),
  next_step TEXT NOT NULL,
  next_step_due TEXT,
  next_step_done INTEGER NOT NULL DEFAULT 0 CHECK (next_step_done IN (0, 1)),
  illustrative INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id)
);
CREATE INDEX coaching_entries_by_coach ON coaching_entries (district_id, coach_person_id, held_on);
CREATE INDEX coaching_entries_by_school ON coaching_entries (district_id, school_id, held_on);

-- The teachers (or team members) an entry names: the school's staff at the time of logging.
CREATE TABLE coaching_entry_people (
  district_id BIGINT NOT NULL,
  entry_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  PRIMARY KEY (district_id, entry_id, person_id),
  FOREIGN KEY (district_id, entry_id) REFERENCES coaching_entries (district_id, id)
);
CREATE INDEX coaching_entry_people_by_person ON coaching_entry_people (district_id, person_id);

-- A non-evaluative classroom observation. Only its teacher and its coach ever read the row;
-- others get counts (coaching::AggregateOf through ObservationsStore::Aggregate).
CREATE TABLE coaching_observations (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  coach_person_id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  teacher_person_id BIGINT NOT NULL,
  observed_on TEXT NOT NULL,
  indicator TEXT NOT NULL,
  samr TEXT NOT NULL CHECK (samr IN ('S', 'A', 'M', 'R')),
  look_fors TEXT NOT NULL,
  engagement TEXT NOT NULL,
  notes TEXT NOT NULL,
  reflection TEXT NOT NULL DEFAULT '',
  reflected_at BIGINT,
  illustrative INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id)
);
CREATE INDEX coaching_observations_by_school ON coaching_observations (district_id, school_id);
CREATE INDEX coaching_observations_by_teacher ON coaching_observations (district_id, teacher_person_id);
CREATE INDEX coaching_observations_by_coach ON coaching_observations (district_id, coach_person_id);
