-- The K-12 CS Framework core practices a design challenge targets besides its ISTE indicators,
-- "where it fits": codes separated by commas ("P1,P3"), from the standards room's terms.
ALTER TABLE challenges ADD COLUMN cs_practices TEXT NOT NULL DEFAULT '';
