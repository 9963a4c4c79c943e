-- What the schools room publishes for other rooms to read (the directory of schools).
CREATE VIEW published_schools AS
  SELECT district_id, id, slug, name, cds_code, school_type, grade_span, local_district_id
  FROM schools;
