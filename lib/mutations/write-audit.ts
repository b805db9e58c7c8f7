import "server-only";
import type { Db, Tx } from "../db-client";

export type AuditInput = {
  actorId?: string | null;
  actorEmail?: string | null;
  action: string;
  entityType?: string;
  entityId?: string;
  ip?: string | null;
  detail?: Record<string, unknown>;
};

const row = (entry: AuditInput) => ({
  actorId: entry.actorId ?? null,
  actorEmail: entry.actorEmail ?? null,
  action: entry.action,
  entityType: entry.entityType ?? null,
  entityId: entry.entityId ?? null,
  ip: entry.ip ?? null,
  detail: (entry.detail ?? undefined) as never,
});

// Append-only: these are the only functions that touch AuditLog, and they only insert.
export async function writeAudit(client: Db | Tx, entry: AuditInput): Promise<void> {
  await client.auditLog.create({ data: row(entry) });
}

/** Many entries in one statement per batch (bulk imports). */
export async function writeAuditMany(client: Db | Tx, entries: AuditInput[]): Promise<void> {
  if (entries.length) await client.auditLog.createMany({ data: entries.map(row) });
}
