-- Files a school keeps beside its technology plan (each policy as a document) and its
-- certification (the Common Sense certificate), checked by their content before they are kept.
-- A newer file of a slot does not replace the older: what the district reviewed stays readable.
CREATE TABLE techplan_files (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  slot TEXT NOT NULL CHECK (slot IN ('responsible_use', 'parent_acknowledgement', 'social_media_educators',
                                     'social_media_students', 'certificate')),
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  content_base64 TEXT NOT NULL,
  uploaded_by BIGINT NOT NULL,
  uploaded_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id)
);
CREATE INDEX techplan_files_by_school ON techplan_files (district_id, cohort_id, school_id, slot, uploaded_at);
