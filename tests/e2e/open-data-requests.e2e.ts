// The read-only API as other sites and scripts meet it, against the production server: 400 messages naming the
// allowed parameters, 429 per client address, CORS, no cookies, the documented examples, and the cache purged when a
// figure is published. The contract of the rows themselves: open-data-api.e2e.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { API_EXAMPLES, API_RESOURCES } from "../../lib/validations/api";
import { API_RATE_LIMIT } from "../../lib/http/rate-limit";
import { curate, figureValues, get, json, unique, useApiSession } from "./open-data-support";

/** A published figure made for the purge test, deleted again afterwards through the API. */
const published = { slug: `api-purge-${unique()}`, actor: `Purge Co ${unique()}` };
const session = useApiSession(() => [published.slug]);

beforeAll(async () => {
  const made = await curate("POST", "/api/admin/records/investmentFigures", session.admin, {
    values: figureValues(published.slug, published.actor),
    publish: true,
  });
  expect(made.status).toBe(201);
}, 120_000);

describe("bad requests", () => {
  it("answers 400 with a message naming the allowed parameters", async () => {
    const unknown = await get("/api/v1/figures?currency=USD", { from: "127.0.0.5" });
    expect(unknown.status).toBe(400);
    const body = JSON.parse(unknown.body) as { error: { code: string; message: string; allowed: string[] } };
    expect(body.error.code).toBe("unknown-parameter");
    expect(body.error.message).toContain("currency");
    expect(body.error.message).toContain("category");
    expect(body.error.allowed).toContain("kind");
    for (const bad of ["category=NOPE", "limit=100000", "from=2030&to=2020", "cursor=abc", "j=ZZZZ", "format=xml"]) {
      const res = await get(`/api/v1/figures?${bad}`, { from: "127.0.0.5" });
      expect(res.status, bad).toBe(400);
      expect((JSON.parse(res.body) as { error: { message: string } }).error.message.length, bad).toBeGreaterThan(10);
    }
    const nowhere = await get("/api/v1/nowhere", { from: "127.0.0.5" });
    expect(nowhere.status).toBe(404);
    expect((JSON.parse(nowhere.body) as { error: { message: string } }).error.message).toContain("/api/v1/openapi.json");
    const zh = await get("/api/v1/instruments?type=nope", { from: "127.0.0.5", headers: { "accept-language": "zh-CN" } });
    expect(zh.status).toBe(400);
    expect((JSON.parse(zh.body) as { error: { message: string } }).error.message).toContain("参数");
  });

  it("limits requests per client address: 429 with Retry-After and a message, other addresses unaffected", async () => {
    let last = await get("/api/v1/jurisdictions?limit=1", { from: "127.0.0.6" });
    for (let i = 1; i < API_RATE_LIMIT.points && last.status === 200; i++) last = await get("/api/v1/jurisdictions?limit=1", { from: "127.0.0.6" });
    expect(last.status).toBe(200);
    const refused = await get("/api/v1/jurisdictions?limit=1", { from: "127.0.0.6" });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect((JSON.parse(refused.body) as { error: { code: string; message: string } }).error).toMatchObject({
      code: "rate-limited",
      message: expect.stringContaining(String(API_RATE_LIMIT.points)),
    });
    expect(refused.body).not.toContain('"data"');
    expect((await get("/api/v1/jurisdictions?limit=1", { from: "127.0.0.7" })).status).toBe(200);
  });
});

describe("open to other sites, no cookies, cached and purged on publish", () => {
  it("sends CORS headers and answers the preflight", async () => {
    const res = await get("/api/v1/events?limit=1", { from: "127.0.0.8", headers: { origin: "https://elsewhere.example" } });
    expect(res.headers["access-control-allow-origin"]).toBe("*");
    const pre = await get("/api/v1/events", {
      from: "127.0.0.8",
      method: "OPTIONS",
      headers: { origin: "https://elsewhere.example", "access-control-request-method": "GET" },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers["access-control-allow-origin"]).toBe("*");
    expect(pre.headers["access-control-allow-methods"]).toContain("GET");
  });

  it("never sets a cookie and answers a signed-in request exactly as an anonymous one", async () => {
    for (const r of API_RESOURCES) {
      const anon = await get(`/api/v1/${r}?limit=3`, { from: "127.0.0.8" });
      const signed = await get(`/api/v1/${r}?limit=3`, { from: "127.0.0.8", headers: { cookie: session.admin } });
      expect(anon.status, r).toBe(200);
      expect(anon.headers["set-cookie"], r).toBeUndefined();
      expect(signed.headers["set-cookie"], r).toBeUndefined();
      expect(signed.body, r).toBe(anon.body);
    }
  });

  it("runs the documented curl examples and serves the OpenAPI document", async () => {
    for (const r of API_RESOURCES) {
      const res = await get(`/api/v1/${r}?${API_EXAMPLES[r]}`, { from: "127.0.0.9" });
      expect(res.status, `${r}: ${res.body.slice(0, 200)}`).toBe(200);
    }
    const doc = JSON.parse((await get("/api/v1/openapi.json", { from: "127.0.0.9" })).body) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toHaveLength(6);
    const page = await get("/en/developers", { from: "127.0.0.9" });
    expect(page.status).toBe(200);
    expect(page.body).toContain(`/api/v1/figures?${API_EXAMPLES.figures.replace(/&/g, "&amp;")}`);
  });

  it("shows a published change on the next request (the cache is purged on publish)", async () => {
    const before = await json(`/api/v1/figures?category=CORPORATE_CAPEX&limit=500`, "127.0.0.10");
    const row = before.data.find((r) => r.slug === published.slug)!;
    expect(row.amount).toBe("5000000");
    const stored = await session.db.investmentFigure.findUniqueOrThrow({ where: { slug: published.slug }, select: { id: true, version: true } });
    const put = await curate("PUT", `/api/admin/records/investmentFigures/${stored.id}`, session.admin, {
      version: stored.version,
      values: figureValues(published.slug, published.actor, "7500000"),
      publish: true,
    });
    expect(put.status).toBe(200);
    const after = await json(`/api/v1/figures?category=CORPORATE_CAPEX&limit=500`, "127.0.0.10");
    expect(after.data.find((r) => r.slug === published.slug)?.amount).toBe("7500000");
  });
});
