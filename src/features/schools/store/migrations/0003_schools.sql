CREATE TABLE schools (
  district_id BIGINT NOT NULL REFERENCES districts (id),
  id BIGINT NOT NULL,
  slug TEXT NOT NULL,
  name TEXT NOT NULL,
  cds_code TEXT NOT NULL DEFAULT '',
  school_type TEXT NOT NULL,
  grade_span TEXT NOT NULL DEFAULT '',
  local_district_id BIGINT,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, slug),
  FOREIGN KEY (district_id, local_district_id) REFERENCES local_districts (district_id, id)
);
CREATE INDEX schools_by_name ON schools (district_id, name);
CREATE INDEX schools_by_local_district ON schools (district_id, local_district_id, name);

-- Other spellings of a school's name, as the program's records wrote them.
CREATE TABLE school_aliases (
  district_id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  alias TEXT NOT NULL,
  PRIMARY KEY (district_id, school_id, alias),
  FOREIGN KEY (district_id, school_id) REFERENCES schools (district_id, id)
);
