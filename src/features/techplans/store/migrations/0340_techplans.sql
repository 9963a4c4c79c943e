-- A school's technology plan in one cohort, written after the Planning Cohort: its status
-- (draft, submitted, returned, approved) and whether it is demo data the seeds do not tell.
-- Every save is a new version (tech_plan_versions, with the goals in tech_plan_goals), so
-- nothing the team wrote is lost and any two versions can be compared. tech_plan_notes holds
-- the coach's comments and the submit, return and approve steps, each naming its version.
CREATE TABLE tech_plans (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  status TEXT NOT NULL,
  illustrative INTEGER NOT NULL DEFAULT 0,
  updated_at BIGINT NOT NULL,
  updated_by BIGINT NOT NULL,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, cohort_id, school_id)
);

CREATE TABLE tech_plan_versions (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  plan_id BIGINT NOT NULL,
  number INTEGER NOT NULL,
  vision TEXT NOT NULL,
  personalized_learning TEXT NOT NULL,
  digital_citizenship TEXT NOT NULL,
  change_management TEXT NOT NULL,
  responsible_use TEXT NOT NULL,
  parent_acknowledgement TEXT NOT NULL,
  social_media_educators TEXT NOT NULL,
  social_media_students TEXT NOT NULL,
  saved_by BIGINT NOT NULL,
  saved_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, plan_id, number),
  FOREIGN KEY (district_id, plan_id) REFERENCES tech_plans (district_id, id)
);

-- A goal of the school's Single Plan for Student Achievement seen through the ISTE lens.
CREATE TABLE tech_plan_goals (
  district_id BIGINT NOT NULL,
  version_id BIGINT NOT NULL,
  number INTEGER NOT NULL,
  goal TEXT NOT NULL,
  strategies TEXT NOT NULL,
  indicators TEXT NOT NULL,
  tools TEXT NOT NULL,
  PRIMARY KEY (district_id, version_id, number),
  FOREIGN KEY (district_id, version_id) REFERENCES tech_plan_versions (district_id, id)
);

CREATE TABLE tech_plan_notes (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  plan_id BIGINT NOT NULL,
  version INTEGER NOT NULL,
  kind TEXT NOT NULL,
  person_id BIGINT NOT NULL,
  body TEXT NOT NULL,
  at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, plan_id) REFERENCES tech_plans (district_id, id)
);
CREATE INDEX tech_plan_notes_plan ON tech_plan_notes (district_id, plan_id, at);

-- What other rooms may read: each plan's status, for the school and cohort pages.
CREATE VIEW published_tech_plans AS
  SELECT district_id, id, cohort_id, school_id, status, updated_at FROM tech_plans;
