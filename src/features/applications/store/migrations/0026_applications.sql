-- A school applies to a cohort at most once.
CREATE TABLE applications (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'withdrawn', 'accepted',
                                         'waitlisted', 'declined')),
  started_by BIGINT NOT NULL,
  started_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  submitted_at BIGINT,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, cohort_id, school_id),
  FOREIGN KEY (district_id, cohort_id) REFERENCES cohorts (district_id, id),
  FOREIGN KEY (district_id, school_id) REFERENCES schools (district_id, id)
);

CREATE TABLE application_answers (
  district_id BIGINT NOT NULL,
  application_id BIGINT NOT NULL,
  question_id BIGINT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (district_id, application_id, question_id),
  FOREIGN KEY (district_id, application_id) REFERENCES applications (district_id, id),
  FOREIGN KEY (district_id, question_id) REFERENCES application_questions (district_id, id)
);

-- The school's self-assessment against each selection criterion.
CREATE TABLE application_ratings (
  district_id BIGINT NOT NULL,
  application_id BIGINT NOT NULL,
  criterion_id BIGINT NOT NULL,
  rating INTEGER CHECK (rating BETWEEN 1 AND 4),
  evidence TEXT NOT NULL,
  PRIMARY KEY (district_id, application_id, criterion_id),
  FOREIGN KEY (district_id, application_id) REFERENCES applications (district_id, id),
  FOREIGN KEY (district_id, criterion_id) REFERENCES selection_criteria (district_id, id)
);

-- Files kept as base64 text: the database layer binds text on both dialects, and a few
-- megabytes per school do not need a blob store.
CREATE TABLE application_attachments (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  application_id BIGINT NOT NULL,
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  content_base64 TEXT NOT NULL,
  uploaded_by BIGINT NOT NULL,
  uploaded_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, application_id) REFERENCES applications (district_id, id)
);
CREATE INDEX application_attachments_by_application
  ON application_attachments (district_id, application_id);

-- More time for one school; every grant is kept, the newest counts.
CREATE TABLE application_extensions (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  deadline_at BIGINT NOT NULL,
  reason TEXT NOT NULL,
  granted_by BIGINT NOT NULL,
  granted_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, cohort_id) REFERENCES cohorts (district_id, id),
  FOREIGN KEY (district_id, school_id) REFERENCES schools (district_id, id)
);
CREATE INDEX application_extensions_by_school
  ON application_extensions (district_id, cohort_id, school_id);
