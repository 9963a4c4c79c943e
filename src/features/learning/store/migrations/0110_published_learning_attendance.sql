-- Who was present on each day of a learning session, for the surveys room: a form after a
-- meeting asks the people marked present at it.
CREATE VIEW published_learning_attendance AS
  SELECT district_id, offering_id, day_number, person_id, present FROM learning_attendance;
