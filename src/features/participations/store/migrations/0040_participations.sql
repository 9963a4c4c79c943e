-- A school's year in a cohort, beside its roster row in `participations` (cohorts feature).
-- Nothing here is ever deleted: signatures, team changes and coach assignments are history,
-- and a retraction is a mark on the participation.

-- Signatures of the intent to participate. Reaffirming (a new principal or instructional
-- director, a new version of the agreement) adds a row; states are computed from these rows
-- and from who holds each role today.
CREATE TABLE agreement_signatures (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('principal', 'instructional_director')),
  person_id BIGINT NOT NULL,
  signer_name TEXT NOT NULL,
  version INTEGER NOT NULL,
  text_sha256 TEXT NOT NULL,
  signed_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, cohort_id, school_id)
    REFERENCES participations (district_id, cohort_id, school_id),
  FOREIGN KEY (district_id, person_id) REFERENCES people (district_id, id)
);
CREATE INDEX agreement_signatures_by_participation
  ON agreement_signatures (district_id, cohort_id, school_id, signed_at);

-- One row per participation, made when first needed: the team's confirmation, the two leads,
-- when signatures were last asked for, and the retraction.
CREATE TABLE participation_details (
  district_id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  team_confirmed_at BIGINT,
  team_confirmed_by BIGINT,
  tech_lead_person_id BIGINT,
  tech_lead_classification TEXT CHECK (tech_lead_classification IN ('certificated', 'classified')),
  sso_lead_person_id BIGINT,
  signatures_requested_at BIGINT,
  retracted_at BIGINT,
  retracted_by BIGINT,
  retraction_reason TEXT,
  PRIMARY KEY (district_id, cohort_id, school_id),
  FOREIGN KEY (district_id, cohort_id, school_id)
    REFERENCES participations (district_id, cohort_id, school_id),
  FOREIGN KEY (district_id, tech_lead_person_id) REFERENCES people (district_id, id),
  FOREIGN KEY (district_id, sso_lead_person_id) REFERENCES people (district_id, id)
);

-- The practitioner team. Removing a member stamps removed_at; a person is on a team once.
CREATE TABLE team_members (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('principal', 'teacher', 'support')),
  attends INTEGER NOT NULL CHECK (attends IN (0, 1)),
  added_at BIGINT NOT NULL,
  added_by BIGINT,
  removed_at BIGINT,
  removed_by BIGINT,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, cohort_id, school_id)
    REFERENCES participations (district_id, cohort_id, school_id),
  FOREIGN KEY (district_id, person_id) REFERENCES people (district_id, id)
);
CREATE UNIQUE INDEX team_members_current
  ON team_members (district_id, cohort_id, school_id, person_id) WHERE removed_at IS NULL;

-- The coach (ITF) of each participation, with the history of reassignments. The index keeps
-- one current coach even when two staff assign at once.
CREATE TABLE participation_coaches (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  coach_person_id BIGINT NOT NULL,
  assigned_at BIGINT NOT NULL,
  assigned_by BIGINT,
  ended_at BIGINT,
  ended_by BIGINT,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, cohort_id, school_id)
    REFERENCES participations (district_id, cohort_id, school_id),
  FOREIGN KEY (district_id, coach_person_id) REFERENCES people (district_id, id)
);
CREATE UNIQUE INDEX participation_coaches_current
  ON participation_coaches (district_id, cohort_id, school_id) WHERE ended_at IS NULL;
CREATE INDEX participation_coaches_by_coach
  ON participation_coaches (district_id, coach_person_id, ended_at);
