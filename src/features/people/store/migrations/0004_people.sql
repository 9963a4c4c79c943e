CREATE TABLE people (
  district_id BIGINT NOT NULL REFERENCES districts (id),
  id BIGINT NOT NULL,
  email TEXT NOT NULL,
  display_name TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, email)
);

-- Who works at which school, and as what.
CREATE TABLE school_staff (
  district_id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('principal', 'teacher', 'support')),
  PRIMARY KEY (district_id, school_id, person_id),
  FOREIGN KEY (district_id, school_id) REFERENCES schools (district_id, id),
  FOREIGN KEY (district_id, person_id) REFERENCES people (district_id, id)
);
CREATE INDEX school_staff_by_person ON school_staff (district_id, person_id);
