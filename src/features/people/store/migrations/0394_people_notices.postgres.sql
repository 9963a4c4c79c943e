-- PostgreSQL only. A change to a person (deactivated, renamed, a new e-mail) raises the auth
-- room's notice, so servers that keep sessions in memory read that person's session afresh
-- (auth/migrations/0393_principal_notices.postgres.sql). SQLite keeps no sessions in memory.
CREATE TRIGGER people_notice AFTER INSERT OR UPDATE OR DELETE ON people
  FOR EACH STATEMENT EXECUTE FUNCTION practica_principals_changed();
