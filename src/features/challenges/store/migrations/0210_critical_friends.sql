-- Critical Friends rounds: one school of the cohort presents a cycle of its design challenge to
-- people of the cohort's other schools, a coach facilitating, step by step. `step` is where the
-- round is now (not_started, presentation, …, finished) and `step_started_at` when that step
-- began, for the facilitator's timer.
CREATE TABLE challenge_rounds (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  challenge_id BIGINT NOT NULL,
  cycle_number INTEGER,
  held_on TEXT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  facilitator_person_id BIGINT NOT NULL,
  step TEXT NOT NULL DEFAULT 'not_started',
  step_started_at BIGINT,
  illustrative INTEGER NOT NULL DEFAULT 0,
  scheduled_at BIGINT NOT NULL,
  scheduled_by BIGINT NOT NULL,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, challenge_id) REFERENCES challenges (district_id, id)
);
CREATE INDEX challenge_rounds_by_challenge ON challenge_rounds (district_id, challenge_id, held_on);

CREATE TABLE challenge_round_participants (
  district_id BIGINT NOT NULL,
  round_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  PRIMARY KEY (district_id, round_id, person_id),
  FOREIGN KEY (district_id, round_id) REFERENCES challenge_rounds (district_id, id)
);

-- What was said, in which step, by whom: kept against the presenting school's challenge. Only
-- added, never edited: it is the record of the conversation.
CREATE TABLE challenge_round_items (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  round_id BIGINT NOT NULL,
  kind TEXT NOT NULL,
  person_id BIGINT NOT NULL,
  body TEXT NOT NULL,
  at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, round_id) REFERENCES challenge_rounds (district_id, id)
);
CREATE INDEX challenge_round_items_by_round ON challenge_round_items (district_id, round_id, at);
