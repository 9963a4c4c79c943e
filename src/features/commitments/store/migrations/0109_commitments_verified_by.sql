-- The evidence recorded elsewhere that verifies a commitment without a person: 'sso_lead',
-- 'tech_lead', 'team_confirmed', 'planning_registration', 'attendance', or '' when the
-- verifier does (domain/verification.hpp). Each school's copy keeps its own, as issued.
ALTER TABLE commitment_templates ADD COLUMN verified_by TEXT NOT NULL DEFAULT '';
ALTER TABLE school_commitments ADD COLUMN verified_by TEXT NOT NULL DEFAULT '';

-- The published view lists its columns, so it is made again with the new one.
DROP VIEW published_school_commitments;
CREATE VIEW published_school_commitments AS
  SELECT district_id, id, cohort_id, school_id, party, number, phase, title, description,
         due_kind, due_on, due_months, evidence_kind, evidence_label, majority, verifier,
         issued_by, issued_at, revision, verified_by
  FROM school_commitments;
