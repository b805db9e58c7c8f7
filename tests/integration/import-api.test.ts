// POST /api/admin/import/<entity> (the route handler itself, on a real SQLite database): role checks for anonymous,
// viewer, editor and admin callers, foreign origins, content type and size, dry run and apply, with the database
// asserted after every refusal. Only the session lookup is stubbed.
import { describe, expect, it, vi } from "vitest";
import { actingAs } from "./support/auth-stub";
import { useTempDatabase } from "./support/database";

vi.mock("@/lib/auth/auth", () => import("./support/auth-stub"));

const { db, users } = await useTempDatabase();
const route = await import("@/app/api/admin/import/[entity]/route");
const as = actingAs(users);

type Answer = {
  status: number;
  body: Record<string, unknown> & {
    message?: string;
    preview?: {
      counts: Record<string, number>;
      rows: { key: string; action: string; changes: { field: string; before: unknown; after: unknown }[]; problems: { column: string; message: string }[] }[];
    };
  };
};

async function post(entity: string, csv: string, options: { query?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const req = new Request(`http://localhost:3000/api/admin/import/${entity}${options.query ?? ""}`, {
    method: "POST",
    headers: { "content-type": "text/csv; charset=utf-8", host: "localhost:3000", ...options.headers },
    body: csv,
  });
  const res = await route.POST(req, { params: Promise.resolve({ entity }) } as never);
  return { status: res.status, body: await res.json() };
}

/** A two-row sources file: R6 with a new note (at its current version), and a new source. */
async function sourcesCsv(note: string, newKey = "X7001") {
  const r6 = await db.source.findUniqueOrThrow({ where: { key: "R6" } });
  return `key,note,version\nR6,${note},${r6.version}\n${newKey},,`;
}
const snapshot = async () => ({
  sources: await db.source.count(),
  revisions: await db.revision.count(),
  audit: await db.auditLog.count(),
  r6: await db.source.findUniqueOrThrow({ where: { key: "R6" } }),
});

describe("POST /api/admin/import/<entity>", () => {
  it("refuses anonymous callers, viewers and foreign origins with a message, reading nothing back and changing nothing", async () => {
    const before = await snapshot();
    const csv = await sourcesCsv("Never saved");
    const anonymous = await post("sources", csv, { query: "?dryRun=1" });
    expect(anonymous).toEqual({ status: 401, body: { ok: false, code: "unauthorized", message: "Sign in first." } });
    as("VIEWER");
    const viewer = await post("sources", csv, { query: "?dryRun=1", headers: { "accept-language": "zh-CN" } });
    expect(viewer).toEqual({ status: 403, body: { ok: false, code: "forbidden", message: "您的角色无权执行此操作。" } });
    as("ADMIN");
    const foreign = await post("sources", csv, { headers: { origin: "http://evil.example" } });
    expect(foreign).toEqual({
      status: 403,
      body: { ok: false, code: "forbidden", message: "Refused: this change was sent from another site. Open GovAtlas itself and try again." },
    });
    const otherPort = await post("sources", csv, { headers: { origin: "http://localhost:3001" } });
    expect(otherPort.status).toBe(403);
    const crossSite = await post("sources", csv, { headers: { "sec-fetch-site": "cross-site" } });
    expect(crossSite.status).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it("answers clear 4xx messages for a wrong content type, size, entity, query or header", async () => {
    as("ADMIN");
    const before = await snapshot();
    expect(await post("sources", "{}", { headers: { "content-type": "application/json" } })).toEqual({
      status: 415,
      body: { ok: false, code: "unsupported-media-type", message: "Send CSV (Content-Type: text/csv)." },
    });
    expect(await post("sources", "key\nR6", { headers: { "content-length": String(6 * 1024 * 1024) } })).toEqual({
      status: 413,
      body: { ok: false, code: "too-large", message: "The request is too large: at most 5 MB are accepted here." },
    });
    const unknown = await post("widgets", "key\nR6");
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toMatch(/^Unknown entity: widgets\. One of: jurisdictions, sources/);
    expect((await post("sources", "key\nR6", { query: "?dryRun=maybe" })).status).toBe(400);
    const badHeader = await post("sources", "key,publisher_name\nR6,x", { query: "?dryRun=1" });
    expect(badHeader.status).toBe(400);
    expect(badHeader.body.message).toMatch(/^Unknown column: publisher_name\./);
    expect(await snapshot()).toEqual(before);
  });

  it("gives an editor the dry run as JSON (changes old → new), then applies it; the published source waits as a draft", async () => {
    as("EDITOR");
    const before = await snapshot();
    const csv = await sourcesCsv("Checked by the API test");
    const dry = await post("sources", csv, { query: "?dryRun=1" });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({
      ok: true,
      applied: false,
      preview: { entity: "sources", matchKey: ["key"], counts: { update: 1, create: 0, error: 1, conflict: 0, unchanged: 0 } },
    });
    const rows = dry.body.preview!.rows;
    expect(rows[0]).toMatchObject({ key: "R6", action: "update", changes: [{ field: "note", before: before.r6.note, after: "Checked by the API test" }] });
    expect(rows[1]).toMatchObject({ key: "X7001", action: "error" });
    expect(rows[1].problems.map((p) => p.column)).toEqual(expect.arrayContaining(["title", "language", "kind"]));
    expect(await snapshot()).toEqual(before);

    // Applying a file with an error saves nothing.
    const refused = await post("sources", csv);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ ok: false, code: "invalid", message: expect.stringMatching(/^Nothing was saved: 1 rows with errors/) });
    expect(await snapshot()).toEqual(before);

    const fixed = csv.split("\n").slice(0, 2).join("\n"); // the header and R6 only
    const applied = await post("sources", fixed);
    expect(applied).toMatchObject({ status: 200, body: { ok: true, applied: true, preview: { counts: { update: 1 } } } });
    const r6 = await db.source.findUniqueOrThrow({ where: { key: "R6" } });
    expect([r6.note, r6.version, (r6.draft as { note: string }).note]).toEqual([before.r6.note, before.r6.version + 1, "Checked by the API test"]);

    // Publishing is for admins: refused before anything is read or written.
    const publish = await post("sources", await sourcesCsv("Published by an editor?"), { query: "?publish=1" });
    expect(publish).toEqual({ status: 403, body: { ok: false, code: "forbidden", message: "Your role does not allow this action." } });
  });

  it("lets an admin create and publish, and answers 409 with the conflict when the file is older than the record", async () => {
    as("ADMIN");
    const csv = "key,kind,title,language,version\nX7002,OFFICIAL,A source from the API,en,";
    const created = await post("sources", csv, { query: "?publish=1" });
    expect(created).toMatchObject({ status: 200, body: { ok: true, applied: true, preview: { counts: { create: 1 } } } });
    const stored = await db.source.findUniqueOrThrow({ where: { key: "X7002" } });
    expect([stored.title, stored.publication, stored.version]).toEqual(["A source from the API", "PUBLISHED", 1]);
    expect(await db.auditLog.count({ where: { entityId: stored.id, action: "sources.create", actorId: users.ADMIN.id } })).toBe(1);

    const stale = "key,title,version\nX7002,An older edit,0";
    const conflict = await post("sources", stale);
    expect(conflict.status).toBe(409);
    expect(conflict.body).toMatchObject({ ok: false, code: "conflict", preview: { rows: [{ key: "X7002", action: "conflict" }] } });
    expect(conflict.body.preview!.rows[0].problems[0].message).toMatch(
      new RegExp(`^Changed since your export: now version 1, saved by Test ADMIN <${users.ADMIN.email}> on \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC`),
    );
    expect((await db.source.findUniqueOrThrow({ where: { key: "X7002" } })).title).toBe("A source from the API");
  });
});
