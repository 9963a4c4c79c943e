-- The review rubric as district staff edit it. A district with no rows reviews by the default
-- rubric; the first edit writes every criterion. A removed criterion stays (active = 0) so the
-- scores given under it keep their name; a renamed one keeps its code, so its scores keep
-- their meaning. Reviews store their scores as code=score pairs.
CREATE TABLE exemplar_rubric (
  district_id BIGINT NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  position INTEGER NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  updated_by BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, code)
);
