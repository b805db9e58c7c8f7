import "server-only";
import { randomUUID } from "node:crypto";
import type { Db, Tx } from "../db-client";
import { bulkInsert } from "../db-write";

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

/** Many entries in one statement, inside a bulk write's transaction (imports). */
export async function writeAuditMany(tx: Tx, entries: AuditInput[], at = new Date()): Promise<void> {
  await bulkInsert(
    tx,
    "auditLog",
    entries.map((e) => ({ id: randomUUID(), ...row(e), createdAt: at })),
  );
}
