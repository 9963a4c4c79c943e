-- The cohort grid reads, for every school of a cohort, each copy's phase, number and due rule
-- and each event's kind, period and time. These indexes hold exactly those columns, so the grid
-- never reads the copies' titles, descriptions or evidence from the tables.
CREATE INDEX school_commitments_for_grid
  ON school_commitments (district_id, cohort_id, school_id, id, phase, number, due_kind, due_on, due_months);

-- Replaces commitment_events_by_commitment (its first four columns): a copy's history in time
-- order, with what a status needs.
CREATE INDEX commitment_events_for_grid
  ON commitment_events (district_id, school_commitment_id, at, id, kind, period);
DROP INDEX commitment_events_by_commitment;

-- The grid's schools by name, ties by id: the order it lists them in, without a sort.
CREATE INDEX schools_by_name_for_grid ON schools (district_id, name, id);
