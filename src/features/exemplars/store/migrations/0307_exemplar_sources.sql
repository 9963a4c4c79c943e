-- Where an exemplar came from, if from one: "challenge_cycle:<id>" (a cycle of the school's
-- design challenge) or "coaching_cycle:<id>" (a coaching cycle at the school); '' for neither.
-- The ids are the owners' (read through published_challenge_cycles and published_coaching_cycles).
ALTER TABLE exemplars ADD COLUMN source TEXT NOT NULL DEFAULT '';
