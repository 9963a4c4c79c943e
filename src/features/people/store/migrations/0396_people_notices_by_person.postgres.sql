-- PostgreSQL only. A change to a person names them in the auth room's notice, so servers that
-- keep sessions in memory forget that person's sessions alone
-- (auth/migrations/0395_principal_notices_by_person.postgres.sql).
DROP TRIGGER people_notice ON people;
CREATE TRIGGER people_notice AFTER INSERT OR UPDATE OR DELETE ON people
  FOR EACH ROW EXECUTE FUNCTION practica_principals_changed('id');
