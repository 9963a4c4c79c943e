-- Collections staff curate. Items point at exemplars of any status, but every reader joins
-- them to published exemplars only, so retiring an exemplar takes it out of each collection
-- without touching the collection (and bringing back a version keeps its place).
CREATE TABLE exemplar_collections (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  slug TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  illustrative INTEGER NOT NULL DEFAULT 0,
  created_by BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id),
  UNIQUE (district_id, slug)
);
CREATE TABLE exemplar_collection_items (
  district_id BIGINT NOT NULL,
  collection_id BIGINT NOT NULL,
  exemplar_id BIGINT NOT NULL,
  position INTEGER NOT NULL,
  added_by BIGINT NOT NULL,
  added_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, collection_id, exemplar_id),
  FOREIGN KEY (district_id, collection_id) REFERENCES exemplar_collections (district_id, id),
  FOREIGN KEY (district_id, exemplar_id) REFERENCES exemplars (district_id, id)
);
-- An exemplar's page lists the collections holding it.
CREATE INDEX exemplar_collection_items_by_exemplar ON exemplar_collection_items (district_id, exemplar_id);
