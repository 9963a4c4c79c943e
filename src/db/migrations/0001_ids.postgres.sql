-- One sequence hands out ids for every table, so ids never collide across districts and a
-- district's rows can move to another database (or Citus shard) without renumbering.
CREATE SEQUENCE practica_ids;
