-- The library's full-text index: published exemplars only, keyed by the exemplar's id. The
-- store writes the words (letters and digits, lower case) so SQLite and PostgreSQL index the
-- same words; the 'simple' configuration neither stems nor drops stop words, as FTS5 does not.
CREATE TABLE exemplar_search (
  district_id BIGINT NOT NULL,
  exemplar_id BIGINT NOT NULL,
  words TSVECTOR NOT NULL,
  PRIMARY KEY (district_id, exemplar_id)
);
CREATE INDEX exemplar_search_words ON exemplar_search USING GIN (words);
