-- Importing the district's staff roster. Each file staff uploaded, kept as it came (the dry run,
-- the rejected rows and the apply all read the same bytes), with what its dry run found and, once
-- applied, what it changed. Someone no longer in the roster is not deleted: people.active turns 0.
CREATE TABLE staff_imports (
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
CREATE INDEX staff_imports_by_time ON staff_imports (district_id, uploaded_at);

-- The columns staff mapped by hand, remembered by their heading (lower case) for the next file.
CREATE TABLE staff_import_columns (
  district_id BIGINT NOT NULL,
  heading TEXT NOT NULL,
  field TEXT NOT NULL,
  PRIMARY KEY (district_id, heading)
);
