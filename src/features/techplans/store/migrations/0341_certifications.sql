-- Each school's Common Sense Digital Citizenship certification in one cohort: what the school
-- records (status, educators certified, the certificate's link or file, the date) and the
-- district's verification, which only district staff give. certification_deadlines holds the
-- day staff set for each cohort ("by the 2018 Thanksgiving break" for PS 3.0).
CREATE TABLE certifications (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  status TEXT NOT NULL,
  educators_certified INTEGER NOT NULL DEFAULT 0,
  certificate TEXT NOT NULL DEFAULT '',
  certified_on TEXT,
  verified_by BIGINT,
  verified_at BIGINT,
  illustrative INTEGER NOT NULL DEFAULT 0,
  updated_at BIGINT NOT NULL,
  updated_by BIGINT NOT NULL,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, cohort_id, school_id)
);

CREATE TABLE certification_deadlines (
  district_id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  due_on TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  updated_by BIGINT NOT NULL,
  PRIMARY KEY (district_id, cohort_id)
);

CREATE VIEW published_certifications AS
  SELECT district_id, cohort_id, school_id, status, educators_certified, certified_on, verified_at
  FROM certifications;
