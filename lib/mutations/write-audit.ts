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

// Append-only: this is the only function that touches AuditLog, and it only inserts.
export async function writeAudit(client: Db | Tx, entry: AuditInput): Promise<void> {
  await client.auditLog.create({
    data: {
      actorId: entry.actorId ?? null,
      actorEmail: entry.actorEmail ?? null,
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      ip: entry.ip ?? null,
      detail: (entry.detail ?? undefined) as never,
    },
  });
}
