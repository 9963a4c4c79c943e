-- The tenant. Every other table leads its keys with district_id so a state of districts can
-- distribute them by that column (Citus) without a schema change.
CREATE TABLE districts (
  id BIGINT PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  short_name TEXT NOT NULL,
  time_zone TEXT NOT NULL
);

CREATE TABLE local_districts (
  district_id BIGINT NOT NULL REFERENCES districts (id),
  id BIGINT NOT NULL,
  slug TEXT NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, slug)
);
