// The read-only API's contract, against the production server: published rows only (a draft, a deleted row and an
// editor's pending edit are created first and must never show), filters, JSON and CSV carrying the same rows,
// cursor pages covering every row once, sources written out. 400 messages, 429, CORS, no cookies and the purge on
// publish: open-data-requests.e2e.ts.
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { curatorNotes } from "./db-support";
import { figuresAsOf } from "../../lib/charts/as-of";
import { cookieOf, curate, figureValues, get, json, unique, useApiSession, walk } from "./open-data-support";

let editor: string;
const secret = { draftActor: "", deletedActor: "", pendingActor: "", publishedSlug: "", publishedActor: "" };
const session = useApiSession(() => [secret.publishedSlug]);

beforeAll(async () => {
  editor = await cookieOf("EDITOR");
  const tag = unique();
  secret.draftActor = `Draft Only Co ${tag}`;
  expect(
    (await curate("POST", "/api/admin/records/investmentFigures", session.admin, { values: figureValues(`api-draft-${tag}`, secret.draftActor) })).status,
  ).toBe(201);
  secret.deletedActor = `Deleted Co ${tag}`;
  const deleted = await curate("POST", "/api/admin/records/investmentFigures", session.admin, {
    values: figureValues(`api-deleted-${tag}`, secret.deletedActor),
    publish: true,
  });
  expect(deleted.status).toBe(201);
  expect((await curate("DELETE", `/api/admin/records/investmentFigures/${deleted.json.id}`, session.admin, { version: deleted.json.version })).status).toBe(
    200,
  );
  secret.publishedSlug = `api-published-${tag}`;
  secret.publishedActor = `Published Co ${tag}`;
  const published = await curate("POST", "/api/admin/records/investmentFigures", session.admin, {
    values: figureValues(secret.publishedSlug, secret.publishedActor),
    publish: true,
  });
  expect(published.status).toBe(201);
  secret.pendingActor = `Pending Edit Co ${tag}`;
  const pending = await curate("PUT", `/api/admin/records/investmentFigures/${published.json.id}`, editor, {
    version: published.json.version,
    values: figureValues(secret.publishedSlug, secret.pendingActor),
  });
  expect(pending.status).toBe(200);
  expect(pending.json.pendingDraft).toBe(true);
}, 120_000);

describe("published rows only, every row exactly once", () => {
  it("pages through all figures with a stable cursor and never shows drafts, deleted rows or pending edits", async () => {
    const rows = await walk("/api/v1/figures?limit=40", "127.0.0.3");
    const slugs = rows.map((r) => r.slug as string);
    expect(new Set(slugs).size).toBe(slugs.length);
    const expected = await session.db.investmentFigure.findMany({ where: { publication: "PUBLISHED", deletedAt: null }, select: { slug: true } });
    expect([...slugs].sort()).toEqual(expected.map((e) => e.slug).sort());
    const all = JSON.stringify(rows);
    expect(all).not.toContain(secret.draftActor);
    expect(all).not.toContain(secret.deletedActor);
    expect(all).not.toContain(secret.pendingActor);
    expect(rows.find((r) => r.slug === secret.publishedSlug)?.actorName).toBe(secret.publishedActor);
  });

  it("leaves curator notes out (internal shorthand no public page shows)", async () => {
    const all = await curatorNotes(session.db);
    expect(all.length).toBeGreaterThan(0);
    for (const r of ["figures", "instruments", "assessments", "events", "sources", "jurisdictions"]) {
      const rows = await walk(`/api/v1/${r}?limit=500`, "127.0.0.11");
      expect(JSON.stringify(rows)).not.toContain("confidenceNote");
      if (r === "sources") expect(rows.every((row) => !("note" in row))).toBe(true);
      // A note may quote public text (a date note), so no value may BE a note.
      const values = new Set<string>();
      const collect = (v: unknown): void => {
        if (typeof v === "string") values.add(v);
        else if (Array.isArray(v)) v.forEach(collect);
        else if (v && typeof v === "object") Object.values(v).forEach(collect);
      };
      collect(rows);
      expect(
        all.filter((n) => values.has(n)),
        r,
      ).toEqual([]);
    }
  });

  it("leaves drafts and deleted sources out of the sources list", async () => {
    const tag =
      unique()
        .toUpperCase()
        .replace(/[^A-Z]/g, "")
        .slice(0, 2) || "QX";
    const key = `X${Math.floor(1000 + Math.random() * 8999)}`;
    const title = `Draft source ${tag} ${unique()}`;
    expect(
      (await curate("POST", "/api/admin/records/sources", session.admin, { values: { key, title, language: "en", kind: "OTHER", isSeedArticle: false } }))
        .status,
    ).toBe(201);
    const rows = await walk("/api/v1/sources?limit=500", "127.0.0.3");
    expect(rows.map((r) => r.key)).not.toContain(key);
    expect(JSON.stringify(rows)).not.toContain(title);
    const expected = await session.db.source.count({ where: { publication: "PUBLISHED", deletedAt: null } });
    expect(rows).toHaveLength(expected);
  });

  it("gives the data's as-of date (newest information among the matching figures), not the request time", async () => {
    const page = await json("/api/v1/figures?category=CORPORATE_CAPEX&limit=1", "127.0.0.3");
    const rows = await session.db.investmentFigure.findMany({
      where: { publication: "PUBLISHED", deletedAt: null, category: "CORPORATE_CAPEX" },
      select: { reportedOn: true, periodStart: true, periodEnd: true, lastCheckedOn: true },
    });
    const expected = figuresAsOf(
      rows.map((r) => ({
        ...r,
        reportedOn: r.reportedOn?.toISOString().slice(0, 10) ?? null,
        lastCheckedOn: r.lastCheckedOn?.toISOString().slice(0, 10) ?? null,
      })),
    );
    expect(page).toMatchObject({ schemaVersion: "1.0", resource: "figures", asOf: expected.newest, total: rows.length, count: 1, limit: 1 });
    expect(page.asOf).not.toBe(new Date().toISOString().slice(0, 10));
  });
});

describe("values with their units, periods, kinds and sources", () => {
  it("writes every figure's unit, currency, period, kind, funding, confidence, last check and sources out", async () => {
    const page = await json("/api/v1/figures?category=PUBLIC_INITIATIVE,PRIVATE_INITIATIVE&limit=500", "127.0.0.4");
    expect(page.data.length).toBeGreaterThan(3);
    for (const f of page.data) {
      expect(Object.keys(f)).toEqual(
        expect.arrayContaining(["unit", "currency", "periodLabel", "periodType", "kind", "funding", "confidence", "lastCheckedOn"]),
      );
      expect(["PUBLIC_INITIATIVE", "PRIVATE_INITIATIVE"]).toContain(f.category);
      if (f.amount !== null) expect(f.unit).toBe(f.currency);
      const sources = f.sources as { key: string; title: string; publisher: string; url: string | null; date: string | null }[];
      expect(sources.length, String(f.slug)).toBeGreaterThan(0);
      for (const s of sources) expect(Object.keys(s).sort()).toEqual(["date", "key", "publisher", "title", "url"]);
    }
    // The figures' sources as stored (published ones), for one figure.
    const one = page.data[0];
    const stored = await session.db.investmentFigure.findUniqueOrThrow({
      where: { slug: String(one.slug) },
      select: { sources: { where: { publication: "PUBLISHED", deletedAt: null }, select: { key: true, title: true } } },
    });
    expect((one.sources as { key: string }[]).map((s) => s.key).sort()).toEqual(stored.sources.map((s) => s.key).sort());
  });

  it("filters like the explorer and the timeline (a country includes its states)", async () => {
    const capex = await walk("/api/v1/figures?category=CORPORATE_CAPEX&from=2025&to=2025&limit=500", "127.0.0.4");
    const expected = await session.db.investmentFigure.count({
      where: {
        publication: "PUBLISHED",
        deletedAt: null,
        category: "CORPORATE_CAPEX",
        AND: [
          { OR: [{ periodEnd: { gte: 2025 } }, { periodEnd: null, periodStart: { gte: 2025 } }] },
          { OR: [{ periodStart: { lte: 2025 } }, { periodStart: null, periodEnd: { lte: 2025 } }] },
        ],
      },
    });
    expect(capex.length).toBe(expected);
    const us = await walk("/api/v1/instruments?j=US&limit=500", "127.0.0.4");
    const codes = new Set(us.map((i) => i.jurisdiction as string));
    expect(codes.has("US")).toBe(true);
    expect([...codes].some((c) => c.startsWith("US-"))).toBe(true);
    const assessments = await json("/api/v1/assessments?j=EU&current=true&limit=500", "127.0.0.4");
    expect(assessments.data.every((a) => a.jurisdiction === "EU" && a.current === true)).toBe(true);
    const dims = assessments.data.map((a) => a.dimension);
    expect(new Set(dims).size).toBe(dims.length);
  });

  it("carries the same rows in CSV as in JSON, sources written out", async () => {
    const q = "/api/v1/figures?category=CORPORATE_CAPEX&limit=10";
    const page = await json(q, "127.0.0.4");
    const csv = await get(`${q}&format=csv`, { from: "127.0.0.4" });
    expect(csv.status).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    const parsed = Papa.parse<Record<string, string>>(csv.body, { header: true, skipEmptyLines: true });
    expect(parsed.data.map((r) => r.slug)).toEqual(page.data.map((r) => r.slug));
    parsed.data.forEach((row, i) => {
      const j = page.data[i];
      for (const field of ["amount", "currency", "unit", "periodLabel", "kind", "confidence", "lastCheckedOn", "reportedOn"])
        expect(row[field], field).toBe(j[field] === null ? "" : String(j[field]));
      for (const s of j.sources as { key: string; title: string }[]) expect(row.sources).toContain(`${s.key} ${s.title}`);
    });
    expect(page.next).toMatch(/cursor=/);
    // The CSV's next page is the same page of rows, still as CSV.
    const link = /^<([^>]+)>; rel="next"$/.exec(String(csv.headers.link))?.[1];
    expect(new URL(link!).searchParams.get("cursor")).toBe(new URL(page.next!).searchParams.get("cursor"));
    expect(new URL(link!).searchParams.get("format")).toBe("csv");
  });
});
