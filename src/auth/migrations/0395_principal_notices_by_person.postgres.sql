-- PostgreSQL only. The notice on "practica_principals" now names the person who changed, so a
-- server that keeps sessions in memory forgets that person's sessions alone, not everyone's: at
-- a district's scale sessions end (signed out, or idle) every few seconds, and each used to
-- clear every server's memory. Each row changed raises a notice whose payload is the person's
-- id, read from the column the trigger names (before and after an update, when it moved).
-- PostgreSQL delivers a payload once per transaction however many rows repeat it. A trigger
-- still declared FOR EACH STATEMENT (none after 0396) names no one: every session is forgotten.
CREATE OR REPLACE FUNCTION practica_principals_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_LEVEL = 'STATEMENT' THEN
    PERFORM pg_notify('practica_principals', '');
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    PERFORM pg_notify('practica_principals', to_jsonb(OLD) ->> TG_ARGV[0]);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM pg_notify('practica_principals', to_jsonb(NEW) ->> TG_ARGV[0]);
  END IF;
  RETURN NULL;
END
$$;

DROP TRIGGER sessions_notice ON sessions;
CREATE TRIGGER sessions_notice AFTER DELETE OR UPDATE OF person_id, expires_at, csrf_token ON sessions
  FOR EACH ROW EXECUTE FUNCTION practica_principals_changed('person_id');
DROP TRIGGER grants_notice ON grants;
CREATE TRIGGER grants_notice AFTER INSERT OR UPDATE OR DELETE ON grants
  FOR EACH ROW EXECUTE FUNCTION practica_principals_changed('person_id');
DROP TRIGGER coach_assignments_notice ON coach_assignments;
CREATE TRIGGER coach_assignments_notice AFTER INSERT OR UPDATE OR DELETE ON coach_assignments
  FOR EACH ROW EXECUTE FUNCTION practica_principals_changed('coach_person_id');
