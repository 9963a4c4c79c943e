-- A document given as a file instead of a link: the file of one submission in the ledger. Kept
-- as base64 text, as application attachments are: the database layer binds text on both
-- dialects, and a few megabytes per commitment do not need a blob store. Rows are only ever
-- added, with the submission they belong to.
CREATE TABLE commitment_evidence_files (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  event_id BIGINT NOT NULL,
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  content_base64 TEXT NOT NULL,
  uploaded_by BIGINT NOT NULL,
  uploaded_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, event_id),
  FOREIGN KEY (district_id, event_id) REFERENCES commitment_events (district_id, id),
  FOREIGN KEY (district_id, uploaded_by) REFERENCES people (district_id, id)
);
