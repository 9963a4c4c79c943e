-- What other rooms may read of coaching cycles: where and when one began. The goal, the
-- teacher's note and who took part stay between the coach and the teacher (an exemplar says
-- only that it came from a coaching cycle at the school, begun on that day).
CREATE VIEW published_coaching_cycles AS
  SELECT district_id, id, school_id, started_on FROM coaching_cycles;
