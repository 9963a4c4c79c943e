-- The library's facet counts at district scale (50,000 exemplars, about 600,000 tags).
-- Counting the tags of a search's hits reads each hit's tags with their labels from this index
-- alone, never the table's rows.
CREATE INDEX exemplar_tags_of_exemplar ON exemplar_tags (district_id, exemplar_id, kind, code, label);
-- Counting every published exemplar's tags (the library before anything is typed or chosen)
-- groups the tags in this index's order, with no sort.
CREATE INDEX exemplar_tags_by_label ON exemplar_tags (district_id, kind, code, label);
-- A search's candidates (each exemplar its words or tags found) are checked for being published
-- and for grade band, subject and SAMR here, without reading the exemplar's row (its lesson
-- plan makes rows large: at this scale most lookups would miss the page cache).
CREATE INDEX exemplars_for_search ON exemplars (district_id, id, status, grade_band, subject, samr, published_at);
-- The same narrowed without words: the published exemplars of a grade band, subject or SAMR level.
CREATE INDEX exemplars_by_facets ON exemplars (district_id, status, grade_band, subject, samr, published_at, id);
