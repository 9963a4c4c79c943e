-- The home page counts, per school, the commitments whose latest event is of one kind (work
-- waiting for review, returned work). Without this it read every event of the district to find
-- the few of that kind (1,507 read for none at district scale); with it, only that kind's.
CREATE INDEX IF NOT EXISTS commitment_events_by_kind
  ON commitment_events (district_id, kind, at, school_commitment_id, period, id);
