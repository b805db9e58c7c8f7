import "server-only";
// The API's one entry point for a page of rows: values naming data (jurisdiction codes, instrument types,
// dimension keys) are checked against what is published, then the page is read through Next's data cache, tagged
// like the explorer's queries so that publishing a change purges it (lib/mutations/curated/revalidate-public.ts).
import { unstable_cache } from "next/cache";
import { db } from "../../db";
import { typeKey } from "../../charts/timeline-state";
import { FIGURES_TAG } from "../investment-explorer";
import type { ApiParamError, ApiQuery, ApiResource } from "../../validations/api";
import type { ApiRow } from "../../validations/api-responses";
import { listFigures } from "./figures";
import { listInstruments } from "./instruments";
import { listAssessments } from "./assessments";
import { listEvents } from "./events";
import { listSources } from "./sources";
import { listJurisdictions } from "./jurisdictions";
import { PUBLISHED, type ListResult } from "./shared";

const CACHE = { tags: [FIGURES_TAG], revalidate: 60 };

type Domain = { jurisdictions: string[]; types: Record<string, string[]>; dimensions: string[] };

async function loadDomain(): Promise<Domain> {
  const [jurisdictions, types, dimensions] = await Promise.all([
    db().jurisdiction.findMany({ where: PUBLISHED, select: { code: true }, orderBy: { code: "asc" } }),
    db().instrument.findMany({ where: PUBLISHED, select: { type: true }, distinct: ["type"] }),
    db().dimension.findMany({ select: { key: true }, orderBy: { key: "asc" } }),
  ]);
  const byKey: Record<string, string[]> = {};
  for (const { type } of types) (byKey[typeKey(type)] ??= []).push(type);
  return { jurisdictions: jurisdictions.map((j) => j.code), types: byKey, dimensions: dimensions.map((d) => d.key) };
}

const cachedDomain = unstable_cache(loadDomain, ["api-v1-domain"], CACHE);

type PageKey = { resource: ApiResource; query: Record<string, unknown>; after: string | null; limit: number; types: string[] | null; today: string };

async function loadPage(key: string): Promise<ListResult<unknown>> {
  const k = JSON.parse(key) as PageKey;
  const args = { query: k.query as never, after: k.after, limit: k.limit };
  switch (k.resource) {
    case "figures":
      return listFigures(args);
    case "instruments":
      return listInstruments(args, k.types, k.today);
    case "assessments":
      return listAssessments(args);
    case "events":
      return listEvents(args, k.today);
    case "sources":
      return listSources(args);
    case "jurisdictions":
      return listJurisdictions(args);
  }
}

const cachedPage = unstable_cache(loadPage, ["api-v1-page"], CACHE);

function unknownValues(param: string, asked: string[] | undefined, known: string[]): ApiParamError | null {
  const unknown = (asked ?? []).filter((v) => !known.includes(v));
  return unknown.length ? { code: "invalid-parameter", param, detail: `Unknown: ${unknown.slice(0, 5).join(", ")}.`, allowed: known } : null;
}

export type ApiPageResult<R extends ApiResource> = { ok: true; page: ListResult<ApiRow<R>> } | { ok: false; error: ApiParamError };

export async function getApiPage<R extends ApiResource>(resource: R, query: ApiQuery<R>, after: string | null, limit: number): Promise<ApiPageResult<R>> {
  const domain = await cachedDomain();
  const q = query as { j?: string[]; type?: string; dimension?: string };
  const problem =
    unknownValues("j", q.j, domain.jurisdictions) ??
    (resource === "instruments"
      ? unknownValues(
          "type",
          q.type
            ?.split(",")
            .map((t) => typeKey(t))
            .filter(Boolean),
          Object.keys(domain.types).sort(),
        )
      : null) ??
    (resource === "assessments" ? unknownValues("dimension", q.dimension?.split(","), domain.dimensions) : null);
  if (problem) return { ok: false, error: problem };
  const types =
    resource === "instruments" && q.type
      ? q.type
          .split(",")
          .map((t) => typeKey(t))
          .filter(Boolean)
          .flatMap((t) => domain.types[t])
      : null;
  const { format: _f, limit: _l, cursor: _c, ...filters } = query as Record<string, unknown>;
  const key: PageKey = { resource, query: filters, after, limit, types, today: new Date().toISOString().slice(0, 10) };
  return { ok: true, page: (await cachedPage(JSON.stringify(key))) as ListResult<ApiRow<R>> };
}
