-- What the commitments room publishes for other rooms to read (the calendar's due dates, the
-- demo's checks): each school's commitments and the cohort's commitment calendar.
CREATE VIEW published_school_commitments AS
  SELECT district_id, id, cohort_id, school_id, party, number, phase, title, description,
         due_kind, due_on, due_months, evidence_kind, evidence_label, majority, verifier,
         issued_by, issued_at, revision
  FROM school_commitments;
CREATE VIEW published_commitment_calendars AS
  SELECT district_id, cohort_id, coach_starts_on, instruction_starts_on, support_ends_on,
         updated_by, updated_at
  FROM commitment_calendars;
