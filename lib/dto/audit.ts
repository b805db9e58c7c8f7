// Audit-log shapes for the admin audit page (plain data; the JSON detail is passed through as parsed JSON).
import type { AuditSummary } from "../review/audit-summary";

export type AuditEntryDto = {
  id: string;
  createdAt: string; // ISO timestamp (UTC)
  actorEmail: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  ip: string | null;
  detail: unknown;
  /** The actor's display name (null: anonymous or a removed account). */
  actorName: string | null;
  /** The record's name (title / slug / key) and where its history is; null for entries about no record. */
  record: { label: string; href: string | null } | null;
  /** What changed, readable ("amount: $80bn → $100bn", "published", "restored version 3"). */
  summary: AuditSummary;
};

export type AuditPage = {
  entries: AuditEntryDto[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
};

export type AuditFilterOptions = { actions: string[]; entityTypes: string[] };
