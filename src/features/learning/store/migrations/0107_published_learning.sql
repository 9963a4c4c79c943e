-- What the learning room publishes for other rooms to read (the calendar's feeds): sessions,
-- their days, registrations and attendees.
CREATE VIEW published_learning_offerings AS
  SELECT district_id, id, cohort_id, kind, slug, title, description, audience, team_size,
         capacity, registration_closes_at, location, join_url, commitment_number,
         standard_code, revision, created_by, created_at, cancelled_at, cancelled_by,
         cancel_reason
  FROM learning_offerings;
CREATE VIEW published_learning_days AS
  SELECT district_id, offering_id, day_number, starts_at, ends_at FROM learning_days;
CREATE VIEW published_learning_registrations AS
  SELECT district_id, id, offering_id, school_id, person_id, state, seats, registered_at,
         registered_by, promoted_at, cancelled_at, cancelled_by
  FROM learning_registrations;
CREATE VIEW published_learning_attendees AS
  SELECT district_id, id, registration_id, person_id, added_at, added_by, removed_at,
         removed_by
  FROM learning_attendees;
