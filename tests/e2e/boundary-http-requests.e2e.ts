// The curation boundary attacked over HTTP against the production server, part two: unknown methods, oversized
// and malformed bodies (which Next alone would answer with an empty 500), the public cache around a draft save, and
// formula cells in CSV exports. Every case asserts what the response BODY holds, and what the database holds.
import { beforeAll, describe, expect, it } from "vitest";
import { csvToRecords } from "../../lib/curation/csv";
import { baseURL } from "./browser";
import { api, editorSaveCapture, ownOrigin, rawRequest, signedIn, sourceValues, tag, useBoundarySession } from "./boundary-support";

let admin: { cookie: string };
let editor: Awaited<ReturnType<typeof signedIn>>;
/** A draft source and a published one, made for these tests through the JSON API as admin. */
const secret = { draftId: "", publishedId: "" };
const { session, createSource } = useBoundarySession();

beforeAll(async () => {
  ({ admin, editor } = session);
  secret.draftId = (await createSource(`Unpublished draft ${tag()} for reviewers only`)).id;
  secret.publishedId = (await createSource(`Published source ${tag()}`, true)).id;
}, 60_000);

const editorSaveAction = editorSaveCapture(
  () => editor.page,
  () => secret.publishedId,
);

describe("requests Next would answer with an empty 500", () => {
  it("answers TRACE and other unknown methods with 405 and a message", async () => {
    for (const method of ["TRACE", "PROPFIND", "PURGE"]) {
      const res = await rawRequest(method, "/en");
      expect(res.status, method).toBe(405);
      expect(res.body).toContain(`The method ${method} is not supported`);
      expect(res.headers.allow).toContain("GET");
    }
  });

  it("refuses an announced 50 MB body before reading it, anonymous or signed in", async () => {
    const chunk = "x".repeat(64 * 1024);
    const started = Date.now();
    const anonymous = await rawRequest("POST", "/api/admin/records/investmentFigures", {
      headers: { "content-type": "application/json" },
      body: chunk,
      declaredLength: 50 * 1024 * 1024,
    });
    expect(anonymous.status).toBe(413);
    expect(anonymous.body).toContain("too large");
    // The code that goes with the status (lib/errors/codes.ts), as route handlers answer.
    expect(JSON.parse(anonymous.body)).toMatchObject({ ok: false, code: "too-large" });
    const signedInUpload = await rawRequest("PUT", `/api/admin/records/sources/${secret.draftId}`, {
      headers: { "content-type": "application/json", cookie: admin.cookie },
      body: chunk,
      declaredLength: 50 * 1024 * 1024,
    });
    expect(signedInUpload.status).toBe(413);
    const action = await rawRequest("POST", "/en/login", {
      headers: { "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
      body: chunk,
      declaredLength: 50 * 1024 * 1024,
    });
    expect(action.status).toBe(413);
    expect(action.body).toContain("too large");
    // Answered with most of the 50 MB never sent.
    expect(Date.now() - started).toBeLessThan(15_000);
    // An anonymous body within the size limit is refused before it is read, too.
    const small = await rawRequest("POST", "/api/admin/records/sources", {
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ values: sourceValues(tag(), "Anonymous") }),
    });
    expect(small.status).toBe(401);
    expect(small.body).toContain("Sign in first");
    expect(JSON.parse(small.body)).toMatchObject({ ok: false, code: "unauthorized" });
    const chunked = await rawRequest("POST", "/api/admin/records/sources", {
      headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
      body: "{}",
      chunked: true,
    });
    expect(chunked.status).toBe(411);
    expect(chunked.body).toContain("Content-Length");
    expect(JSON.parse(chunked.body)).toMatchObject({ ok: false, code: "length-required" });
  });

  it("answers a malformed server-action body with 400 and a message", async () => {
    const action = await editorSaveAction();
    const bodies = [
      { contentType: "text/plain;charset=UTF-8", body: '["sources", "x", 1, {"key": ' },
      { contentType: "text/plain;charset=UTF-8", body: '{"not": "an argument list"}' },
      { contentType: "multipart/form-data; boundary=----nothing", body: '------nothing\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"' },
    ];
    for (const b of bodies) {
      const res = await rawRequest("POST", action.url, {
        headers: { cookie: editor.cookie, origin: ownOrigin(), "next-action": action.actionId, "content-type": b.contentType },
        body: b.body,
      });
      expect(res.status, b.contentType).toBe(400);
      expect(res.body).toContain("The request was malformed and nothing was changed");
    }
  });
});

describe("the public cache and the CSV exports", () => {
  async function visit(path: string) {
    const res = await fetch(`${baseURL()}${path}`);
    return { cache: res.headers.get("x-govatlas-cache"), html: await res.text() };
  }

  it("keeps a cached public page after a draft save and purges it after publishing", async () => {
    const { key, id } = await createSource(`Cache draft ${tag()}`);
    await expect.poll(async () => (await visit("/en/sources")).cache).toBe("HIT");
    const title = `Cache draft ${key} second wording`;
    expect((await api("PUT", `/api/admin/records/sources/${id}`, admin.cookie, { version: 1, values: sourceValues(key, title) })).status).toBe(200);
    const afterDraft = await visit("/en/sources");
    expect(afterDraft.cache).toBe("HIT");
    expect(afterDraft.html).not.toContain(title);
    expect((await api("PUT", `/api/admin/records/sources/${id}`, admin.cookie, { version: 2, values: sourceValues(key, title), publish: true })).status).toBe(
      200,
    );
    const afterPublish = await visit("/en/sources");
    expect(afterPublish.cache).toBeNull();
    expect(afterPublish.html).toContain(title);
  });

  it("exports a formula-like label neutralised and readable, and it imports back unchanged", async () => {
    const title = `=HYPERLINK("#${tag()}","open")`;
    const { key } = await createSource(title);
    const res = await fetch(`${baseURL()}/api/admin/export/sources`, { headers: { cookie: admin.cookie } });
    const csv = await res.text();
    expect(res.status).toBe(200);
    const line = csv.split("\r\n").find((l) => l.startsWith(`${key},`))!;
    expect(line).toContain(`"'=HYPERLINK(""#`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    const back = csvToRecords(csv).rows.find((r) => r.key === key)!;
    expect(back.title).toBe(title);
  });
});
