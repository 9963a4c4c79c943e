-- Importing the district's school directory. A school no longer in the district's file is not
-- deleted (its cohorts, commitments and coaching stay its history): it is marked inactive from
-- the import that left it out, and an import that lists it again makes it active.
ALTER TABLE schools ADD COLUMN inactive_since BIGINT;

-- Each file staff uploaded, kept as it came (so the dry run, the rejected rows and the apply all
-- read the same bytes), with what its dry run found and, once applied, what it changed.
CREATE TABLE school_imports (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  content_base64 TEXT NOT NULL,
  uploaded_by BIGINT NOT NULL,
  uploaded_at BIGINT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('checked', 'applying', 'applied', 'failed')),
  applied_at BIGINT,
  added INTEGER NOT NULL DEFAULT 0,
  updated INTEGER NOT NULL DEFAULT 0,
  unchanged INTEGER NOT NULL DEFAULT 0,
  deactivated INTEGER NOT NULL DEFAULT 0,
  error TEXT,
  PRIMARY KEY (district_id, id)
);
CREATE INDEX school_imports_by_time ON school_imports (district_id, uploaded_at);

-- The columns staff mapped by hand, remembered by their heading (lower case) for the next file.
CREATE TABLE school_import_columns (
  district_id BIGINT NOT NULL,
  heading TEXT NOT NULL,
  field TEXT NOT NULL,
  PRIMARY KEY (district_id, heading)
);
