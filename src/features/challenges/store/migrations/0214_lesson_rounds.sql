-- Critical Friends rounds on the third day of an ISTE Standards Suite offering (the 2+1 format):
-- one round for each participant presenting the lesson they tried, the offering's other
-- registered participants its critical friends. `step` and `step_started_at` as in
-- challenge_rounds. The offering is the learning room's, read through its published views.
CREATE TABLE lesson_rounds (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  offering_id BIGINT NOT NULL,
  presenter_person_id BIGINT NOT NULL,
  lesson_title TEXT NOT NULL,
  tried TEXT NOT NULL DEFAULT '',
  link TEXT NOT NULL DEFAULT '',
  facilitator_person_id BIGINT NOT NULL,
  step TEXT NOT NULL DEFAULT 'not_started',
  step_started_at BIGINT,
  illustrative INTEGER NOT NULL DEFAULT 0,
  scheduled_at BIGINT NOT NULL,
  scheduled_by BIGINT NOT NULL,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, offering_id, presenter_person_id)
);

-- What was said, in which step, by whom: the presenter's record of the feedback on their lesson.
CREATE TABLE lesson_round_items (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  round_id BIGINT NOT NULL,
  kind TEXT NOT NULL,
  person_id BIGINT NOT NULL,
  body TEXT NOT NULL,
  at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, round_id) REFERENCES lesson_rounds (district_id, id)
);
CREATE INDEX lesson_round_items_by_round ON lesson_round_items (district_id, round_id, at);
