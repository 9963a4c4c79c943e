-- Files a school's team keeps as a cycle's evidence (student work, notes, data), checked by their
-- content on upload and read back, bytes and all, only for a download by those who may read the
-- school's challenge. challenge_id is kept beside the cycle so a challenge's files load at once.
CREATE TABLE challenge_cycle_files (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  challenge_id BIGINT NOT NULL,
  cycle_id BIGINT NOT NULL,
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  content_base64 TEXT NOT NULL,
  uploaded_by BIGINT NOT NULL,
  uploaded_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, cycle_id) REFERENCES challenge_cycles (district_id, id)
);
CREATE INDEX challenge_cycle_files_by_challenge ON challenge_cycle_files (district_id, challenge_id, id);
