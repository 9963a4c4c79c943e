-- A school's design challenge in one cohort: its problem of practice and "How might we …"
-- statement, the ISTE indicators it targets (codes, the focus standard's first), and when the
-- team shared it with the cohort (NULL: a draft only the school, its coach and its district
-- read). Its action steps, cycles and the comments of other schools hang from it.
CREATE TABLE challenges (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  problem TEXT NOT NULL DEFAULT '',
  evidence TEXT NOT NULL DEFAULT '',
  evidence_links TEXT NOT NULL DEFAULT '',
  affects TEXT NOT NULL DEFAULT '',
  statement TEXT NOT NULL DEFAULT '',
  indicators TEXT NOT NULL DEFAULT '',
  illustrative INTEGER NOT NULL DEFAULT 0,
  shared_at BIGINT,
  updated_at BIGINT NOT NULL,
  updated_by BIGINT NOT NULL,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, cohort_id, school_id)
);

CREATE TABLE challenge_steps (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  challenge_id BIGINT NOT NULL,
  number INTEGER NOT NULL,
  what TEXT NOT NULL,
  owner_person_id BIGINT NOT NULL,
  due_on TEXT NOT NULL,
  status TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  updated_by BIGINT NOT NULL,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, challenge_id, number),
  FOREIGN KEY (district_id, challenge_id) REFERENCES challenges (district_id, id)
);

CREATE TABLE challenge_cycles (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  challenge_id BIGINT NOT NULL,
  number INTEGER NOT NULL,
  try_text TEXT NOT NULL,
  prediction TEXT NOT NULL,
  evidence_planned TEXT NOT NULL,
  happened TEXT NOT NULL DEFAULT '',
  evidence_links TEXT NOT NULL DEFAULT '',
  learned TEXT NOT NULL DEFAULT '',
  decision TEXT NOT NULL DEFAULT '',
  next_step TEXT NOT NULL DEFAULT '',
  opened_at BIGINT NOT NULL,
  opened_by BIGINT NOT NULL,
  closed_at BIGINT,
  closed_by BIGINT,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, challenge_id, number),
  FOREIGN KEY (district_id, challenge_id) REFERENCES challenges (district_id, id)
);

-- What other schools of the cohort (and the team itself) say about the challenge; only added.
CREATE TABLE challenge_comments (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  challenge_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  body TEXT NOT NULL,
  at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, challenge_id) REFERENCES challenges (district_id, id)
);
CREATE INDEX challenge_comments_by_challenge ON challenge_comments (district_id, challenge_id, at);
