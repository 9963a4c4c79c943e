-- A person's own invitations, newest first, on their home page: read from this index instead of
-- every invitation of the district (26,041 at district scale, for the one person).
CREATE INDEX IF NOT EXISTS survey_invitations_by_person ON survey_invitations (district_id, person_id, invited_at);
