-- Who reviews which application.
CREATE TABLE application_reviewers (
  district_id BIGINT NOT NULL,
  application_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  assigned_by BIGINT NOT NULL,
  assigned_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, application_id, person_id),
  FOREIGN KEY (district_id, application_id) REFERENCES applications (district_id, id),
  FOREIGN KEY (district_id, person_id) REFERENCES people (district_id, id)
);
CREATE INDEX application_reviewers_by_person ON application_reviewers (district_id, person_id);

-- A reviewer's rubric score for one criterion.
CREATE TABLE review_scores (
  district_id BIGINT NOT NULL,
  application_id BIGINT NOT NULL,
  reviewer_id BIGINT NOT NULL,
  criterion_id BIGINT NOT NULL,
  score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 4),
  comment TEXT NOT NULL,
  scored_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, application_id, reviewer_id, criterion_id),
  FOREIGN KEY (district_id, application_id, reviewer_id)
    REFERENCES application_reviewers (district_id, application_id, person_id),
  FOREIGN KEY (district_id, criterion_id) REFERENCES selection_criteria (district_id, id)
);

CREATE TABLE site_visits (
  district_id BIGINT NOT NULL,
  application_id BIGINT NOT NULL,
  visited_on TEXT NOT NULL,
  visitors TEXT NOT NULL,
  notes TEXT NOT NULL,
  recorded_by BIGINT NOT NULL,
  recorded_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, application_id),
  FOREIGN KEY (district_id, application_id) REFERENCES applications (district_id, id)
);

-- Every decision and withdrawal, in order; never overwritten.
CREATE TABLE application_decisions (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  application_id BIGINT NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('accepted', 'waitlisted', 'declined', 'withdrawn')),
  note TEXT NOT NULL,
  decided_by BIGINT NOT NULL,
  decided_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, application_id) REFERENCES applications (district_id, id)
);
CREATE INDEX application_decisions_by_application
  ON application_decisions (district_id, application_id, decided_at);
