-- A planned session can be cancelled: the row is kept, with when, by whom and why, so its page,
-- the calendar and the .ics feeds can say it is cancelled instead of losing it.
ALTER TABLE learning_offerings ADD COLUMN cancelled_at BIGINT;
ALTER TABLE learning_offerings ADD COLUMN cancelled_by BIGINT;
ALTER TABLE learning_offerings ADD COLUMN cancel_reason TEXT NOT NULL DEFAULT '';
