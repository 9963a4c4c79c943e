-- The dates a cohort's commitments count from, set by district staff for each cohort.
CREATE TABLE commitment_calendars (
  district_id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  coach_starts_on TEXT,        -- "prior to receiving an ITF" items are due the day before
  instruction_starts_on TEXT,  -- the first day of instruction
  support_ends_on TEXT,        -- the end of the coach's direct support
  updated_by BIGINT,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, cohort_id),
  FOREIGN KEY (district_id, cohort_id) REFERENCES cohorts (district_id, id)
);

-- A cohort's commitment template: the school's commitments in three phases and the district's
-- own to the school ('district' phase), each with its due rule, evidence and verifier.
CREATE TABLE commitment_templates (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  party TEXT NOT NULL CHECK (party IN ('school', 'district')),
  number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 99),
  phase TEXT NOT NULL CHECK (phase IN ('before_coach', 'first_month', 'ongoing', 'district')),
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  due_kind TEXT NOT NULL
    CHECK (due_kind IN ('fixed', 'before_coach', 'after_instruction', 'end_of_support', 'recurring')),
  due_on TEXT,
  due_months INTEGER NOT NULL,
  evidence_kind TEXT NOT NULL CHECK (evidence_kind IN ('document', 'url', 'date', 'person', 'count')),
  evidence_label TEXT NOT NULL,
  majority INTEGER NOT NULL CHECK (majority IN (0, 1)),
  verifier TEXT NOT NULL CHECK (verifier IN ('coach', 'district')),
  updated_by BIGINT,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, cohort_id, party, number),
  FOREIGN KEY (district_id, cohort_id) REFERENCES cohorts (district_id, id)
);

-- Each school's own copy, made when staff issue the template to the cohort's roster: what the
-- school agreed to stays as it was even when the template changes later. `revision` counts
-- the events; bumping it first in a change locks the row on both databases.
CREATE TABLE school_commitments (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  party TEXT NOT NULL CHECK (party IN ('school', 'district')),
  number INTEGER NOT NULL,
  phase TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  due_kind TEXT NOT NULL,
  due_on TEXT,
  due_months INTEGER NOT NULL,
  evidence_kind TEXT NOT NULL,
  evidence_label TEXT NOT NULL,
  majority INTEGER NOT NULL,
  verifier TEXT NOT NULL,
  issued_by BIGINT,
  issued_at BIGINT NOT NULL,
  revision BIGINT NOT NULL DEFAULT 0,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, cohort_id, school_id, party, number),
  FOREIGN KEY (district_id, cohort_id, school_id)
    REFERENCES participations (district_id, cohort_id, school_id)
);

-- The ledger: every submission, verification and return. Rows are only ever added.
CREATE TABLE commitment_events (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  school_commitment_id BIGINT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('submitted', 'verified', 'returned')),
  period TEXT NOT NULL,  -- the month of a recurring commitment ("2018-09"); '' otherwise
  person_id BIGINT NOT NULL,
  at BIGINT NOT NULL,
  evidence_text TEXT NOT NULL,
  evidence_email TEXT NOT NULL,
  count_value BIGINT,
  count_total BIGINT,
  note TEXT NOT NULL,
  comment TEXT NOT NULL,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, school_commitment_id) REFERENCES school_commitments (district_id, id),
  FOREIGN KEY (district_id, person_id) REFERENCES people (district_id, id)
);
CREATE INDEX commitment_events_by_commitment
  ON commitment_events (district_id, school_commitment_id, at, id);
