-- What the participations room publishes for other rooms to read: which schools are in which
-- cohort, each participation's leads and state, its team and its coach.
CREATE VIEW published_participations AS
  SELECT district_id, cohort_id, school_id, listed_name FROM participations;
CREATE VIEW published_participation_details AS
  SELECT district_id, cohort_id, school_id, team_confirmed_at, team_confirmed_by,
         tech_lead_person_id, tech_lead_classification, sso_lead_person_id,
         signatures_requested_at, retracted_at, retracted_by, retraction_reason
  FROM participation_details;
CREATE VIEW published_team_members AS
  SELECT district_id, id, cohort_id, school_id, person_id, kind, attends, added_at, added_by,
         removed_at, removed_by
  FROM team_members;
CREATE VIEW published_participation_coaches AS
  SELECT district_id, id, cohort_id, school_id, coach_person_id, assigned_at, assigned_by,
         ended_at, ended_by
  FROM participation_coaches;
CREATE VIEW published_agreement_signatures AS
  SELECT district_id, id, cohort_id, school_id, role, person_id, signer_name, version,
         text_sha256, signed_at
  FROM agreement_signatures;
