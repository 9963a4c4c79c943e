-- Coaching cycles: a coach and one teacher work toward a goal (an ISTE student indicator)
-- through four steps in order. The cycle's state is computed from which steps exist
-- (coaching::StateOf), never stored. Only its teacher and its coach ever read a row.
CREATE TABLE coaching_cycles (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  coach_person_id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  teacher_person_id BIGINT NOT NULL,
  goal TEXT NOT NULL,
  started_on TEXT NOT NULL,
  -- What the teacher writes about the cycle, visible to the two of them.
  teacher_note TEXT NOT NULL DEFAULT '',
  illustrative INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id)
);
CREATE INDEX coaching_cycles_by_coach ON coaching_cycles (district_id, coach_person_id, started_on);
CREATE INDEX coaching_cycles_by_teacher ON coaching_cycles (district_id, teacher_person_id);

-- One recorded step; the key holds a step to once per cycle, even when two posts race.
CREATE TABLE coaching_cycle_steps (
  district_id BIGINT NOT NULL,
  cycle_id BIGINT NOT NULL,
  step TEXT NOT NULL CHECK (step IN ('planning', 'lesson', 'debrief', 'next_step')),
  held_on TEXT NOT NULL,
  notes TEXT NOT NULL,
  due_on TEXT,
  recorded_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, cycle_id, step),
  FOREIGN KEY (district_id, cycle_id) REFERENCES coaching_cycles (district_id, id)
);
