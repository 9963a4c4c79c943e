-- Feedback forms and surveys: forms built of versioned questions, the audience recorded when
-- invitations go out, and the answers. Instants are UTC seconds; the pages show them in the
-- district's zone.

-- A form. `audience_kind` names what Practica knows the audience from; `cohort_id` or
-- `offering_id` says whose. `anonymous` = 1: answers keep no link to the person.
CREATE TABLE survey_forms (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  title TEXT NOT NULL,
  intro TEXT NOT NULL,
  anonymous INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
  audience_kind TEXT NOT NULL CHECK (audience_kind IN ('team', 'principals', 'coaches', 'staff', 'attendees')),
  cohort_id BIGINT,
  offering_id BIGINT,
  opens_at BIGINT NOT NULL,
  closes_at BIGINT NOT NULL,
  current_version INTEGER NOT NULL DEFAULT 1,
  illustrative INTEGER NOT NULL DEFAULT 0,
  created_by BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id)
);

-- A question of one version of a form. A version that has answers is frozen: its rows are
-- never changed again; a change copies them into the next version.
CREATE TABLE survey_questions (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  form_id BIGINT NOT NULL,
  version INTEGER NOT NULL,
  position INTEGER NOT NULL,
  section TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('agreement', 'single', 'multiple', 'short_text', 'long_text', 'indicator')),
  prompt TEXT NOT NULL,
  required INTEGER NOT NULL CHECK (required IN (0, 1)),
  choices TEXT NOT NULL,
  indicator TEXT NOT NULL,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, form_id) REFERENCES survey_forms (district_id, id)
);
CREATE INDEX survey_questions_by_form ON survey_questions (district_id, form_id, version, position);

-- Who was invited, resolved when invitations went out, each with their own link's token.
-- `answered` is the completion, kept apart from the answer so an anonymous form can still
-- remind only those who have not answered.
CREATE TABLE survey_invitations (
  district_id BIGINT NOT NULL,
  form_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  school_id BIGINT,
  cohort_id BIGINT,
  token TEXT NOT NULL,
  invited_at BIGINT NOT NULL,
  reminded_at BIGINT,
  answered INTEGER NOT NULL DEFAULT 0 CHECK (answered IN (0, 1)),
  PRIMARY KEY (district_id, form_id, person_id),
  FOREIGN KEY (district_id, form_id) REFERENCES survey_forms (district_id, id)
);
CREATE UNIQUE INDEX survey_invitations_by_token ON survey_invitations (district_id, token);

-- One answer to a form. `person_id` is NULL on an anonymous form, and so is the instant: only
-- the school and cohort the person was invited through are kept, for the grouped results.
CREATE TABLE survey_responses (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  form_id BIGINT NOT NULL,
  version INTEGER NOT NULL,
  person_id BIGINT,
  school_id BIGINT,
  cohort_id BIGINT,
  submitted_at BIGINT,
  illustrative INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (district_id, id),
  FOREIGN KEY (district_id, form_id) REFERENCES survey_forms (district_id, id)
);
CREATE INDEX survey_responses_by_form ON survey_responses (district_id, form_id, version);
-- A named form takes one answer per person.
CREATE UNIQUE INDEX survey_responses_once ON survey_responses (district_id, form_id, person_id);

-- The value given to one question: a choice, a number on a scale, or text. A multiple-choice
-- question holds one row per choice ticked.
CREATE TABLE survey_answers (
  district_id BIGINT NOT NULL,
  response_id BIGINT NOT NULL,
  question_id BIGINT NOT NULL,
  value TEXT NOT NULL,
  FOREIGN KEY (district_id, response_id) REFERENCES survey_responses (district_id, id)
);
CREATE INDEX survey_answers_by_response ON survey_answers (district_id, response_id);
CREATE INDEX survey_answers_by_question ON survey_answers (district_id, question_id);
