-- People, listed by name a page at a time: the page is read from the index in order instead of
-- sorting the district's 26,000 people for every page of 50.
CREATE INDEX IF NOT EXISTS people_by_name ON people (district_id, display_name, id);
