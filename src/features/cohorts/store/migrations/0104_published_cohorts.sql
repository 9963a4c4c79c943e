-- What the cohorts room publishes for other rooms to read: cohorts, their goals and timelines.
CREATE VIEW published_cohorts AS
  SELECT district_id, id, program_id, slug, number, title, focus_standard_code, school_year,
         summary, announced_on, applications_open_at, applications_close_at
  FROM cohorts;
CREATE VIEW published_cohort_goals AS
  SELECT district_id, cohort_id, position, text FROM cohort_goals;
CREATE VIEW published_timeline_items AS
  SELECT district_id, id, cohort_id, title, starts_at, ends_at, shown_as FROM timeline_items;
