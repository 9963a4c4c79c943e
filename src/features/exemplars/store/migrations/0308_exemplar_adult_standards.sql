-- The ISTE Standards for Educators and for Education Leaders an exemplar shows, beside the
-- students' indicators: codes joined by commas, as `indicators` holds them.
ALTER TABLE exemplars ADD COLUMN educator_indicators TEXT NOT NULL DEFAULT '';
ALTER TABLE exemplars ADD COLUMN leader_indicators TEXT NOT NULL DEFAULT '';
