-- Series of forms: one after each meeting of a learning session, one each quarter of a cohort's
-- school year, or a start-of-year and an end-of-year form whose answers are paired. The first
-- form is made with the series; each later one when its window opens (its questions copied from
-- the one before), and each invites its audience by itself when it opens.
CREATE TABLE survey_series (
  district_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  title TEXT NOT NULL,  -- each form's title is this and its place's label
  rhythm TEXT NOT NULL CHECK (rhythm IN ('after_each_meeting', 'each_quarter', 'pre_post')),
  open_days INTEGER NOT NULL,
  -- The end-of-year form's window (pre_post only), district time "2019-05-20T08:00".
  post_opens TEXT NOT NULL DEFAULT '',
  post_closes TEXT NOT NULL DEFAULT '',
  -- The key of the pseudonyms that pair one person's answers across the series' forms; emptied
  -- once `ends_at` (the last form's close) has passed, so whose they were cannot be worked out.
  pairing_key TEXT NOT NULL,
  ends_at BIGINT NOT NULL,
  -- The last place whose form has been made: a server making the next form takes it first, so
  -- two servers waking together make it once.
  opened_position INTEGER NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (district_id, id)
);

ALTER TABLE survey_forms ADD COLUMN series_id BIGINT;
ALTER TABLE survey_forms ADD COLUMN series_position INTEGER;
ALTER TABLE survey_forms ADD COLUMN series_label TEXT NOT NULL DEFAULT '';
-- A form after a meeting asks the attendees present on these days of its session ("1,2");
-- '' asks every attendee.
ALTER TABLE survey_forms ADD COLUMN day_numbers TEXT NOT NULL DEFAULT '';
-- When the schedule sent the form's invitations by itself (once).
ALTER TABLE survey_forms ADD COLUMN scheduled_at BIGINT;
-- One form for each place in a series, however many servers open it at once.
CREATE UNIQUE INDEX survey_forms_series_position ON survey_forms (district_id, series_id, series_position);

-- The pseudonym of the person who answered a series' form (see survey_series.pairing_key).
ALTER TABLE survey_responses ADD COLUMN pseudonym TEXT;
