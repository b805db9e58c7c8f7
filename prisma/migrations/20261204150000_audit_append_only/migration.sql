-- The audit log is append-only: the database refuses to change or remove an entry, whoever asks (the app, a
-- script, a foreign-key action such as ON DELETE SET NULL when a user row is deleted). Written by hand: Prisma's
-- schema has no triggers, and the drift check ignores them.
CREATE TRIGGER "AuditLog_no_update" BEFORE UPDATE ON "AuditLog"
BEGIN
  SELECT RAISE(ABORT, 'AuditLog is append-only: entries cannot be updated');
END;

CREATE TRIGGER "AuditLog_no_delete" BEFORE DELETE ON "AuditLog"
BEGIN
  SELECT RAISE(ABORT, 'AuditLog is append-only: entries cannot be deleted');
END;
