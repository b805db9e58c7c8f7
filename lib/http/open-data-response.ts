import "server-only";
// The read-only API's answers: rate limit → strict parameters → a page from the cache → JSON or CSV, with CORS
// headers and never a cookie. Messages come from messages/*/opendata.json in the caller's Accept-Language (the
// API reads no cookie, so a session or locale cookie changes nothing).
import type { NextRequest } from "next/server";
import en from "../../messages/en/opendata.json";
import zh from "../../messages/zh/opendata.json";
import { toCsv } from "../csv/write-csv";
import { API_DEFAULT_LIMIT, API_SCHEMA_VERSION, parseApiQuery, type ApiParamError, type ApiResource } from "../validations/api";
import { API_ROW_SCHEMAS } from "../validations/api-responses";
import { decodeCursor, encodeCursor } from "../queries/open-data/cursor";
import { getApiPage } from "../queries/open-data/list";
import { CLIENT_IP_HEADER, clientAddressHeaderWritten } from "./client-address";
import { CORS_HEADERS, requestOrigin } from "./cors";
import { consumeApiRequest, API_RATE_LIMIT } from "./rate-limit";

type ApiMessageKey = keyof typeof en.opendata.api;

function message(request: Request, key: ApiMessageKey, params: Record<string, string | number> = {}): string {
  const zhFirst = /^\s*zh\b/i.test(request.headers.get("accept-language") ?? "");
  const template = (zhFirst ? zh : en).opendata.api[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ""));
}

const BASE_HEADERS = { ...CORS_HEADERS, vary: "Accept-Language", "x-content-type-options": "nosniff" };

export function apiError(status: number, code: string, text: string, extra: { allowed?: string[]; headers?: Record<string, string> } = {}): Response {
  return Response.json(
    { error: { code, message: text, ...(extra.allowed ? { allowed: extra.allowed } : {}) } },
    { status, headers: { ...BASE_HEADERS, "cache-control": "no-store", ...extra.headers } },
  );
}

function paramError(request: Request, e: ApiParamError): Response {
  const key: ApiMessageKey = e.code === "unknown-parameter" ? "unknownParameter" : e.code === "repeated-parameter" ? "repeatedParameter" : "invalidParameter";
  const allowed = e.allowed.join(", ");
  return apiError(400, e.code, message(request, key, { param: e.param, detail: e.detail ?? "", allowed }), { allowed: e.allowed });
}

/** The client's address as the production server decided it (see client-address.ts); one bucket under `next dev`. */
function addressOf(request: Request): string {
  return (clientAddressHeaderWritten() && request.headers.get(CLIENT_IP_HEADER)) || "local";
}

/** Rate limit for every API answer (lists and the OpenAPI document); null when the request may proceed. */
export async function rateLimited(request: Request): Promise<Response | null> {
  const decision = await consumeApiRequest(addressOf(request));
  if (decision.allowed) return null;
  return apiError(
    429,
    "rate-limited",
    message(request, "rateLimited", { limit: API_RATE_LIMIT.points, seconds: API_RATE_LIMIT.duration, retry: decision.resetSeconds }),
    {
      headers: {
        "retry-after": String(decision.resetSeconds),
        "ratelimit-limit": String(API_RATE_LIMIT.points),
        "ratelimit-remaining": "0",
        "ratelimit-reset": String(decision.resetSeconds),
      },
    },
  );
}

export const CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=60";

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) {
    return value
      .map((v) => (typeof v === "object" && v !== null ? sourceWritten(v as never) : String(v)))
      .join(value.some((v) => typeof v === "object") ? " | " : ",");
  }
  return String(value);
}

/** "R1 Title — Publisher, 2024-07-12, https://…" (the exports' way of writing a source out, with its address). */
function sourceWritten(s: { key: string; title: string; publisher: string; date: string | null; url: string | null }): string {
  return [`${s.key} ${s.title}${s.publisher ? ` — ${s.publisher}` : ""}`, s.date, s.url].filter(Boolean).join(", ");
}

export function apiListHandler(resource: ApiResource) {
  return async function GET(request: NextRequest): Promise<Response> {
    const limited = await rateLimited(request);
    if (limited) return limited;
    const url = request.nextUrl;
    const parsed = parseApiQuery(resource, url.searchParams);
    if (!parsed.ok) return paramError(request, parsed.error);
    const query = parsed.query as { format?: "json" | "csv"; limit?: number; cursor?: string };
    const after = query.cursor ? decodeCursor(resource, query.cursor) : null;
    if (query.cursor && after === null) return apiError(400, "invalid-parameter", message(request, "badCursor"), { allowed: [] });
    const limit = query.limit ?? API_DEFAULT_LIMIT;
    const result = await getApiPage(resource, parsed.query, after, limit);
    if (!result.ok) return paramError(request, result.error);
    const { rows, total, asOf, lastChecked, lastKey } = result.page;
    let next: string | null = null;
    if (lastKey !== null) {
      const nextUrl = new URL(url.pathname + url.search, requestOrigin(request));
      nextUrl.searchParams.set("cursor", encodeCursor(resource, lastKey));
      next = nextUrl.toString();
    }
    const headers: Record<string, string> = { ...BASE_HEADERS, "cache-control": CACHE_CONTROL, "x-govatlas-schema-version": API_SCHEMA_VERSION };
    if (asOf) headers["x-govatlas-as-of"] = asOf;
    if (next) headers.link = `<${next}>; rel="next"`;
    if (query.format === "csv") {
      const fields = Object.keys(API_ROW_SCHEMAS[resource].shape);
      const csv = toCsv(
        fields,
        rows.map((r) => fields.map((f) => csvCell((r as Record<string, unknown>)[f]))),
      );
      return new Response(csv, {
        headers: { ...headers, "content-type": "text/csv; charset=utf-8", "content-disposition": `inline; filename="govatlas-${resource}.csv"` },
      });
    }
    return Response.json({ schemaVersion: API_SCHEMA_VERSION, resource, asOf, lastChecked, total, count: rows.length, limit, next, data: rows }, { headers });
  };
}
