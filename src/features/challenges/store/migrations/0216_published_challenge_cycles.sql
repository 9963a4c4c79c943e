-- What other rooms may read of a school's reflect-and-refine cycles: which cycle of which
-- school's challenge, what was tried and whether it closed (an exemplar names the cycle it
-- came from). Notes, evidence and decisions stay with the challenge.
CREATE VIEW published_challenge_cycles AS
  SELECT y.district_id, y.id, c.cohort_id, c.school_id, y.number, y.try_text, y.closed_at
  FROM challenge_cycles y
  JOIN challenges c ON c.district_id = y.district_id AND c.id = y.challenge_id;
