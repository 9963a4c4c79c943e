-- One counter hands out ids for every table, so ids never collide across districts and a
-- district's rows can move to another database without renumbering.
CREATE TABLE practica_ids (value BIGINT NOT NULL);
INSERT INTO practica_ids (value) VALUES (0);
