-- What the standards room publishes for other rooms to read: the reference frameworks and their
-- indicators (a design challenge names the ISTE indicators it targets).
CREATE VIEW published_standards AS
  SELECT district_id, code, family, name, summary FROM standards;
CREATE VIEW published_standard_indicators AS
  SELECT district_id, code, standard_code, text FROM standard_indicators;
