-- Each answer counts how many of the school's staff asked have answered the form (commitment
-- 19, kept by most of them answering): the count reads this index alone instead of every
-- invitation of a form sent to the whole district.
CREATE INDEX survey_invitations_by_school ON survey_invitations (district_id, form_id, school_id, answered);
