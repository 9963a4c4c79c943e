-- A cohort's progress report as it was built: the snapshot (HTML and the PDF Chromium printed
-- from it) never changes when the program's data does; a newer report is a new row. A report
-- names the local district it covers, or none for the whole cohort, which is what decides who
-- may read it (a local district's director: their own local district's reports only).
CREATE TABLE progress_reports (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  local_district_id BIGINT,
  scope_label TEXT NOT NULL,
  requested_by BIGINT,
  requested_at BIGINT NOT NULL,
  -- Set for a scheduled report: the director e-mailed its link once it is built.
  notify_person_id BIGINT,
  state TEXT NOT NULL CHECK (state IN ('building', 'ready', 'failed')),
  built_at BIGINT,
  school_count INTEGER,
  error TEXT,
  html TEXT,
  pdf_base64 TEXT,
  PRIMARY KEY (district_id, id)
);
CREATE INDEX progress_reports_by_cohort ON progress_reports (district_id, cohort_id, requested_at);

-- Which of the program's evidence staff set under each of the Task Force's core values in a
-- cohort's reports (reports/domain/core_values.hpp). No row for a value: the default choice.
CREATE TABLE report_value_evidence (
  district_id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  value_key TEXT NOT NULL,
  evidence_keys TEXT NOT NULL,  -- comma-separated, in the program's order; '' for none
  PRIMARY KEY (district_id, cohort_id, value_key)
);

-- A cohort's scheduled reports: on the first of each month, each local district's director is
-- e-mailed the report of their own schools. No row: not scheduled.
CREATE TABLE report_schedules (
  district_id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  monthly INTEGER NOT NULL CHECK (monthly IN (0, 1)),
  changed_by BIGINT,
  changed_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, cohort_id)
);
