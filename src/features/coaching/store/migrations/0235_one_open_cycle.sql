-- A coach has one open cycle with a teacher at a time (coaching::CheckCycleStart reads the open
-- ones in the starting transaction). Two starts racing on PostgreSQL could both read none; this
-- key holds the rule then. A cycle carries its teacher in open_teacher_id from its start until
-- its next step, the last, is recorded, then NULL, and NULLs never clash. The state shown is
-- still computed from the steps (coaching::StateOf); this column only mirrors "open".
ALTER TABLE coaching_cycles ADD COLUMN open_teacher_id BIGINT;
UPDATE coaching_cycles SET open_teacher_id = teacher_person_id
  WHERE NOT EXISTS (SELECT 1 FROM coaching_cycle_steps p WHERE p.district_id = coaching_cycles.district_id
                    AND p.cycle_id = coaching_cycles.id AND p.step = 'next_step');
CREATE UNIQUE INDEX coaching_cycles_one_open ON coaching_cycles (district_id, coach_person_id, open_teacher_id);
