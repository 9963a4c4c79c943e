-- What the challenges room publishes for other rooms to read: each school's action steps with
-- their owner, day and status (a person's calendar feed shows the steps they answer for).
CREATE VIEW published_challenge_steps AS
  SELECT t.district_id, t.id, c.cohort_id, c.school_id, t.number, t.what, t.owner_person_id, t.due_on, t.status
  FROM challenge_steps t
  JOIN challenges c ON c.district_id = t.district_id AND c.id = t.challenge_id;
