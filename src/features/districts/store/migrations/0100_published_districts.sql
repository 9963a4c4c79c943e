-- What the districts room publishes for other rooms to read. Others read these views, never
-- the tables, so a table can change while its view keeps its columns.
CREATE VIEW published_local_districts AS
  SELECT district_id, id, slug, name FROM local_districts;
