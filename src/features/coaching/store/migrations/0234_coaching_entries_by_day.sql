-- District staff's hours of every coach are summed over a month and a school year of entries
-- (a district's year is about 16,000): read in day order from this index alone, without the rows.
-- The same index answers the latest day anything was logged.
CREATE INDEX coaching_entries_by_day ON coaching_entries (district_id, held_on, coach_person_id, minutes);
