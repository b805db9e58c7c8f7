// Audit-log shapes for the admin audit page (plain data; the JSON detail is passed through as parsed JSON).
export type AuditEntryDto = {
  id: string;
  createdAt: string; // ISO timestamp (UTC)
  actorEmail: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  ip: string | null;
  detail: unknown;
};

export type AuditPage = {
  entries: AuditEntryDto[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
};

export type AuditFilterOptions = { actions: string[]; entityTypes: string[] };
