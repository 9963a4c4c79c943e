-- What the people room publishes for other rooms to read: the directory of people and who
-- works at which school.
CREATE VIEW published_people AS
  SELECT district_id, id, email, display_name, active FROM people;
CREATE VIEW published_school_staff AS
  SELECT district_id, school_id, person_id, role FROM school_staff;
