-- Why a decision replaced the one before it (a correction), kept with the decision history.
ALTER TABLE application_decisions ADD COLUMN reason TEXT NOT NULL DEFAULT '';
