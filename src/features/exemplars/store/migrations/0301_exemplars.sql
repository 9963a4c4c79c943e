-- Exemplars: coached lessons a school's teachers and coach package, staff send to reviewers
-- from outside the school, and the district reads once published. Tags are codes of the
-- reference vocabularies (standards room); the school and cohort are read from their owners.
CREATE TABLE exemplars (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  grade_band TEXT NOT NULL,
  subject TEXT NOT NULL,
  samr TEXT NOT NULL,
  indicators TEXT NOT NULL DEFAULT '',
  cs_concepts TEXT NOT NULL DEFAULT '',
  cs_practices TEXT NOT NULL DEFAULT '',
  tools TEXT NOT NULL,
  lesson_plan TEXT NOT NULL,
  licence TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'changes_requested', 'published', 'declined', 'retired')),
  retired_reason TEXT NOT NULL DEFAULT '',
  round INTEGER NOT NULL DEFAULT 0,
  illustrative INTEGER NOT NULL DEFAULT 0,
  created_by BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  published_at BIGINT,
  PRIMARY KEY (district_id, id)
);
CREATE INDEX exemplars_by_status ON exemplars (district_id, status, published_at);
CREATE INDEX exemplars_by_school ON exemplars (district_id, school_id);

-- The people who packaged it (the teacher and the coach): they edit it and read its reviews.
CREATE TABLE exemplar_authors (
  district_id BIGINT NOT NULL,
  exemplar_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  PRIMARY KEY (district_id, exemplar_id, person_id),
  FOREIGN KEY (district_id, exemplar_id) REFERENCES exemplars (district_id, id)
);

-- One row per facet value, written with the exemplar, so facet counts are one GROUP BY.
CREATE TABLE exemplar_tags (
  district_id BIGINT NOT NULL,
  exemplar_id BIGINT NOT NULL,
  kind TEXT NOT NULL,
  code TEXT NOT NULL,
  label TEXT NOT NULL,
  PRIMARY KEY (district_id, exemplar_id, kind, code),
  FOREIGN KEY (district_id, exemplar_id) REFERENCES exemplars (district_id, id)
);
CREATE INDEX exemplar_tags_by_value ON exemplar_tags (district_id, kind, code, exemplar_id);

-- Reviewers assigned by staff; the scores, comment and decision once they review. A review
-- belongs to the round (submission) it was written in, so rounds never mix.
CREATE TABLE exemplar_reviews (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  exemplar_id BIGINT NOT NULL,
  round INTEGER NOT NULL,
  reviewer_id BIGINT NOT NULL,
  assigned_by BIGINT NOT NULL,
  assigned_at BIGINT NOT NULL,
  scores TEXT NOT NULL DEFAULT '',
  comment TEXT NOT NULL DEFAULT '',
  decision TEXT NOT NULL DEFAULT '',
  decided_at BIGINT,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, exemplar_id, round, reviewer_id),
  FOREIGN KEY (district_id, exemplar_id) REFERENCES exemplars (district_id, id)
);

-- Student work, checked by its content on upload; public only with a standing consent.
CREATE TABLE exemplar_artifacts (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  exemplar_id BIGINT NOT NULL,
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  content_base64 TEXT NOT NULL,
  uploaded_by BIGINT NOT NULL,
  uploaded_at BIGINT NOT NULL,
  consent_note TEXT NOT NULL DEFAULT '',
  consent_by BIGINT,
  consent_at BIGINT,
  withdrawn_by BIGINT,
  withdrawn_at BIGINT,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, exemplar_id) REFERENCES exemplars (district_id, id)
);

-- What other rooms may read: the published exemplars of a school (commitment 18 is met by one).
CREATE VIEW published_exemplars AS
  SELECT district_id, id, school_id, cohort_id, title, published_at FROM exemplars WHERE status = 'published';
