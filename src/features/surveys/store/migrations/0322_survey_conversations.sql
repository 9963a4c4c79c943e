-- Focus groups and interviews: one row a conversation (its cohort, and its school when it was
-- with one school's people), how many people took part in each role (never who), and the files
-- kept beside the notes, checked by their content on upload as every upload is.
CREATE TABLE survey_conversations (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('focus_group', 'interview')),
  title TEXT NOT NULL,
  held_on TEXT NOT NULL,
  cohort_id BIGINT NOT NULL,
  school_id BIGINT,
  notes TEXT NOT NULL,
  illustrative INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
  created_by BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id)
);
CREATE INDEX survey_conversations_by_day ON survey_conversations (district_id, held_on, id);

CREATE TABLE survey_conversation_people (
  district_id BIGINT NOT NULL,
  conversation_id BIGINT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('teacher', 'team', 'principal', 'coach', 'staff', 'parent', 'student')),
  people INTEGER NOT NULL CHECK (people > 0),
  PRIMARY KEY (district_id, conversation_id, role),
  FOREIGN KEY (district_id, conversation_id) REFERENCES survey_conversations (district_id, id)
);

CREATE TABLE survey_conversation_files (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  conversation_id BIGINT NOT NULL,
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  content_base64 TEXT NOT NULL,
  uploaded_by BIGINT NOT NULL,
  uploaded_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, conversation_id) REFERENCES survey_conversations (district_id, id)
);
CREATE INDEX survey_conversation_files_by_conversation ON survey_conversation_files (district_id, conversation_id, id);
