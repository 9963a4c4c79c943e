-- The vocabularies an exemplar is tagged with besides the ISTE Standards for Students and SAMR:
-- the K-12 CS Framework's core concepts and core practices, grade bands and subjects. One table,
-- a kind per vocabulary, so a district can add a subject without a migration.
CREATE TABLE tagging_terms (
  district_id BIGINT NOT NULL REFERENCES districts (id),
  kind TEXT NOT NULL CHECK (kind IN ('cs_concept', 'cs_practice', 'grade_band', 'subject')),
  code TEXT NOT NULL,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  summary TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (district_id, kind, code)
);
CREATE VIEW published_tagging_terms AS
  SELECT district_id, kind, code, position, name, summary FROM tagging_terms;
