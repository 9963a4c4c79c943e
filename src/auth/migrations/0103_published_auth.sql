-- What the auth room publishes for other rooms to read: who holds which role where (filter with
-- auth::GrantHoldsOn, the one "active on a day" rule), the coaches' caseloads, and the audit
-- log for the page that shows it. Credentials, sessions and tokens are never published.
CREATE VIEW published_grants AS
  SELECT district_id, id, person_id, role, scope_kind, scope_id, starts_on, ends_on, granted_by,
         granted_at, ended_by, ended_at
  FROM grants;
CREATE VIEW published_coach_assignments AS
  SELECT district_id, id, school_id, coach_person_id, assigned_at, ended_at
  FROM coach_assignments;
CREATE VIEW published_audit_log AS
  SELECT district_id, id, at, person_id, action, outcome, record_type, record_id, school_id,
         before_json, after_json, reason, request_id, address
  FROM audit_log;
