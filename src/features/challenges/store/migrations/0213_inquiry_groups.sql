-- Inquiry groups across a cohort's schools (lesson study, action research, text-based discussion)
-- and PS 4.0's partnerships (`kind` 'partnership', with the shared "How might we" `statement`).
-- The group's schools are its members' schools, kept apart so a school's page finds its groups.
CREATE TABLE inquiry_groups (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  cohort_id BIGINT NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  focus TEXT NOT NULL DEFAULT '',
  statement TEXT NOT NULL DEFAULT '',
  illustrative INTEGER NOT NULL DEFAULT 0,
  started_at BIGINT NOT NULL,
  started_by BIGINT NOT NULL,
  PRIMARY KEY (district_id, id)
);
CREATE INDEX inquiry_groups_by_cohort ON inquiry_groups (district_id, cohort_id);

CREATE TABLE inquiry_group_schools (
  district_id BIGINT NOT NULL,
  group_id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  PRIMARY KEY (district_id, group_id, school_id),
  FOREIGN KEY (district_id, group_id) REFERENCES inquiry_groups (district_id, id)
);
CREATE INDEX inquiry_group_schools_by_school ON inquiry_group_schools (district_id, school_id);

CREATE TABLE inquiry_group_members (
  district_id BIGINT NOT NULL,
  group_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  PRIMARY KEY (district_id, group_id, person_id),
  FOREIGN KEY (district_id, group_id) REFERENCES inquiry_groups (district_id, id)
);

-- A meeting: its day, agenda, notes and the artifacts kept elsewhere (one address a line).
CREATE TABLE inquiry_meetings (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  group_id BIGINT NOT NULL,
  held_on TEXT NOT NULL,
  agenda TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  links TEXT NOT NULL DEFAULT '',
  recorded_at BIGINT NOT NULL,
  recorded_by BIGINT NOT NULL,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, group_id) REFERENCES inquiry_groups (district_id, id)
);
CREATE INDEX inquiry_meetings_by_group ON inquiry_meetings (district_id, group_id, held_on);

CREATE TABLE inquiry_meeting_attendance (
  district_id BIGINT NOT NULL,
  meeting_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  PRIMARY KEY (district_id, meeting_id, person_id),
  FOREIGN KEY (district_id, meeting_id) REFERENCES inquiry_meetings (district_id, id)
);

-- What each school takes back from a meeting, in its people's words.
CREATE TABLE inquiry_takeaways (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  meeting_id BIGINT NOT NULL,
  school_id BIGINT NOT NULL,
  body TEXT NOT NULL,
  person_id BIGINT NOT NULL,
  at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, meeting_id) REFERENCES inquiry_meetings (district_id, id)
);
CREATE INDEX inquiry_takeaways_by_meeting ON inquiry_takeaways (district_id, meeting_id);
