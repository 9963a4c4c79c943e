-- A published exemplar's next version: its authors rewrite it and send it to review while the
-- library keeps the published one (whose columns, tags and index stay as they are). Approval
-- copies the package into the exemplar and removes the row. The package is kept whole as JSON
-- so a field added to packages later needs no second column here.
ALTER TABLE exemplars ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE exemplars ADD COLUMN next_status TEXT NOT NULL DEFAULT ''
  CHECK (next_status IN ('', 'draft', 'in_review', 'changes_requested', 'declined'));
CREATE TABLE exemplar_next_versions (
  district_id BIGINT NOT NULL,
  exemplar_id BIGINT NOT NULL,
  package_json TEXT NOT NULL,
  started_by BIGINT NOT NULL,
  started_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, exemplar_id),
  FOREIGN KEY (district_id, exemplar_id) REFERENCES exemplars (district_id, id)
);
-- Which version a review was of: rounds already keep reviews apart; the version names them.
ALTER TABLE exemplar_reviews ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
-- The review queues read exemplars whose next version is in review too.
CREATE INDEX exemplars_by_next_status ON exemplars (district_id, next_status);
