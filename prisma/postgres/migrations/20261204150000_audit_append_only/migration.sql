-- The audit log is append-only: the database refuses to change or remove an entry, whoever asks (the app, a
-- script, a foreign-key action such as ON DELETE SET NULL when a user row is deleted). Written by hand: Prisma's
-- schema has no triggers, and the drift check ignores them. TRUNCATE is refused too.
CREATE FUNCTION "auditlog_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only: entries cannot be %', lower(TG_OP) USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditLog_no_update_delete" BEFORE UPDATE OR DELETE ON "AuditLog"
FOR EACH ROW EXECUTE FUNCTION "auditlog_append_only"();

CREATE TRIGGER "AuditLog_no_truncate" BEFORE TRUNCATE ON "AuditLog"
FOR EACH STATEMENT EXECUTE FUNCTION "auditlog_append_only"();
