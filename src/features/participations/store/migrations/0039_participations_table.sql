-- A school's place in a cohort, with the name the cohort's list gave it. The participations
-- room owns this table. Databases made before it moved here have it already (the cohorts
-- migration 0005 once created it), so both statements leave an existing table as it is.
CREATE TABLE IF NOT EXISTS participations (
  district_id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  listed_name TEXT NOT NULL,
  PRIMARY KEY (district_id, cohort_id, school_id),
  FOREIGN KEY (district_id, cohort_id) REFERENCES cohorts (district_id, id),
  FOREIGN KEY (district_id, school_id) REFERENCES schools (district_id, id)
);
CREATE INDEX IF NOT EXISTS participations_by_school ON participations (district_id, school_id);
