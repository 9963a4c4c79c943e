-- PostgreSQL only. A notice on the channel "practica_principals" when the transaction that
-- changed something a signed-in person is read from commits: their session, their grants, a
-- coach's caseload (here), or the person themselves (the people room's trigger, 0394). A server
-- with session_cache = true keeps sessions in memory and forgets them all on this notice
-- (auth/principal_cache.hpp). A session's last use (last_seen_at) raises none: it is written
-- once a minute for every active person, and the cache never trusts a session past that minute.
-- SQLite has no notices and keeps no sessions in memory, so there is nothing to do there.
CREATE FUNCTION practica_principals_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('practica_principals', '');
  RETURN NULL;
END
$$;

CREATE TRIGGER sessions_notice AFTER DELETE OR UPDATE OF person_id, expires_at, csrf_token ON sessions
  FOR EACH STATEMENT EXECUTE FUNCTION practica_principals_changed();
CREATE TRIGGER grants_notice AFTER INSERT OR UPDATE OR DELETE ON grants
  FOR EACH STATEMENT EXECUTE FUNCTION practica_principals_changed();
CREATE TRIGGER coach_assignments_notice AFTER INSERT OR UPDATE OR DELETE ON coach_assignments
  FOR EACH STATEMENT EXECUTE FUNCTION practica_principals_changed();
