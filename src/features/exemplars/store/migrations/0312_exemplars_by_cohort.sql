-- The dashboard counts each school's exemplars of one cohort (published, on their way): read from
-- this index alone, never the district's 50,000 rows.
CREATE INDEX exemplars_by_cohort ON exemplars (district_id, cohort_id, school_id, status);
