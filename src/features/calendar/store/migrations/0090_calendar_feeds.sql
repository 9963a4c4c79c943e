-- Each person's secret calendar link: calendar apps cannot sign in, so the link itself is the
-- key. Only its hash is kept; making a new link replaces the row, and the old link stops
-- working at once.
CREATE TABLE calendar_feeds (
  district_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  token_hash TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, person_id),
  UNIQUE (district_id, token_hash),
  FOREIGN KEY (district_id, person_id) REFERENCES people (district_id, id)
);
