-- Reference frameworks, copied into each district so a district can add its own wording.
CREATE TABLE standards (
  district_id BIGINT NOT NULL REFERENCES districts (id),
  code TEXT NOT NULL,
  family TEXT NOT NULL,
  name TEXT NOT NULL,
  summary TEXT NOT NULL,
  PRIMARY KEY (district_id, code)
);

CREATE TABLE standard_indicators (
  district_id BIGINT NOT NULL,
  code TEXT NOT NULL,
  standard_code TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (district_id, code),
  FOREIGN KEY (district_id, standard_code) REFERENCES standards (district_id, code)
);

CREATE TABLE samr_levels (
  district_id BIGINT NOT NULL REFERENCES districts (id),
  code TEXT NOT NULL,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  summary TEXT NOT NULL,
  PRIMARY KEY (district_id, code)
);
