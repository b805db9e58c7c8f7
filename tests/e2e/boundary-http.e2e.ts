// The curation boundary attacked over HTTP, as an outsider would, against the production server: admin pages and
// exports for anonymous visitors and viewers, cross-origin and mislabelled writes,
// and save-and-publish by an editor. Unknown methods, oversized and malformed bodies, the public cache and CSV
// formula cells: boundary-http-requests.e2e.ts.
// Every case asserts what the response BODY holds (or does not), and what the database holds afterwards.
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db-client";
import { baseURL } from "./browser";
import { SLOW, api, editorSaveCapture, ownOrigin, rawRequest, signedIn, sourceValues, tag, useBoundarySession } from "./boundary-support";

let db: Db;
let admin: { cookie: string };
let editor: Awaited<ReturnType<typeof signedIn>>;
let viewer: { cookie: string };

/** Records made for these tests through the JSON API as admin: a draft, a deleted one, a published one with an editor's draft. */
const secret = { draftKey: "", draftTitle: "", draftId: "", deletedTitle: "", deletedId: "", publishedId: "", editorDraftText: "" };
let seeded: { figureId: string; figureSlug: string; sourceTitle: string };

const { session, createSource } = useBoundarySession();

beforeAll(async () => {
  ({ db, admin, editor, viewer } = session);
  const figure = await db.investmentFigure.findFirstOrThrow({ where: { deletedAt: null }, select: { id: true, slug: true }, orderBy: { slug: "asc" } });
  const source = await db.source.findFirstOrThrow({ where: { deletedAt: null, isSeedArticle: false }, select: { title: true }, orderBy: { key: "asc" } });
  seeded = { figureId: figure.id, figureSlug: figure.slug, sourceTitle: source.title };

  secret.draftTitle = `Unpublished draft ${tag()} for reviewers only`;
  const draft = await createSource(secret.draftTitle);
  secret.draftKey = draft.key;
  secret.draftId = draft.id;
  secret.deletedTitle = `Deleted source ${tag()} kept for history`;
  const deleted = await createSource(secret.deletedTitle);
  secret.deletedId = deleted.id;
  expect((await api("DELETE", `/api/admin/records/sources/${deleted.id}`, admin.cookie, { version: 1 })).status).toBe(200);
  const published = await createSource(`Published source ${tag()}`, true);
  secret.publishedId = published.id;
  secret.editorDraftText = `Editor's pending wording ${tag()}`;
  const put = await api("PUT", `/api/admin/records/sources/${published.id}`, editor.cookie, {
    version: 1,
    values: sourceValues(published.key, secret.editorDraftText),
  });
  expect(put.status, put.body).toBe(200);
}, SLOW);

describe("admin data never reaches the wrong user", () => {
  const urls = () => [
    "/admin",
    `/admin/sources?deleted=1&q=${secret.draftKey}`,
    "/admin/sources?deleted=1",
    `/admin/investmentFigures?q=${seeded.figureSlug}`,
    `/admin/sources/${secret.draftId}`,
    `/admin/sources/${secret.publishedId}`,
    `/admin/sources/${secret.draftId}/history`,
    `/admin/sources/${secret.deletedId}/history`,
    `/admin/investmentFigures/${seeded.figureId}`,
    `/admin/investmentFigures/${seeded.figureId}/history`,
    "/admin/investmentFigures/new",
    "/admin/audit",
    "/admin/import",
    "/admin/users",
  ];
  const markers = () => [
    secret.draftTitle,
    secret.draftId,
    secret.deletedTitle,
    secret.deletedId,
    secret.editorDraftText,
    seeded.figureId,
    seeded.figureSlug,
    "editor@govatlas.local",
  ];

  it.each<[string, () => string]>([
    ["anonymous", () => ""],
    ["viewer", () => viewer.cookie],
  ])(
    "%s: every admin page in /en and /zh answers without a record label, id or draft",
    async (_who, cookie) => {
      for (const locale of ["en", "zh"]) {
        for (const url of urls()) {
          const res = await fetch(`${baseURL()}/${locale}${url}`, { redirect: "manual", headers: cookie() ? { cookie: cookie() } : {} });
          const body = await res.text();
          expect([303, 307, 401, 403, 404], `${locale}${url}`).toContain(res.status);
          // An id or slug the visitor typed into the URL may come back in the sign-in link; nothing else may.
          for (const marker of markers().filter((m) => !url.includes(m))) expect(body, `${locale}${url} leaks ${marker}`).not.toContain(marker);
        }
      }
      for (const entity of ["sources", "investmentFigures"]) {
        const res = await fetch(`${baseURL()}/api/admin/export/${entity}`, { headers: cookie() ? { cookie: cookie() } : {} });
        const body = await res.text();
        expect([401, 403]).toContain(res.status);
        for (const marker of [...markers(), seeded.sourceTitle]) expect(body).not.toContain(marker);
      }
    },
    SLOW,
  );

  it("an editor sees curation pages but neither the audit log nor the users", async () => {
    const list = await (await fetch(`${baseURL()}/en/admin/sources?deleted=1&q=${secret.draftKey}`, { headers: { cookie: editor.cookie } })).text();
    expect(list).toContain(secret.draftTitle);
    for (const url of ["/en/admin/audit", "/zh/admin/audit", "/en/admin/users"]) {
      const res = await fetch(`${baseURL()}${url}`, { redirect: "manual", headers: { cookie: editor.cookie } });
      const body = await res.text();
      expect(res.status, url).toBe(403);
      for (const marker of ["admin@govatlas.local", secret.draftId, secret.deletedId]) expect(body, `${url} leaks ${marker}`).not.toContain(marker);
    }
  });
});

describe("cookie-authenticated writes check where they come from and what they carry", () => {
  it("refuses a foreign origin, a cross-site fetch and a text/plain body, and creates nothing", async () => {
    const attempts: { headers: Record<string, string>; status: number; message: string }[] = [
      { headers: { origin: "http://127.0.0.1:3229" }, status: 403, message: "another site" },
      { headers: { origin: "null" }, status: 403, message: "another site" },
      { headers: { "sec-fetch-site": "same-site" }, status: 403, message: "another site" },
      { headers: { "content-type": "text/plain; application/json", origin: ownOrigin() }, status: 415, message: "Content-Type: application/json" },
      { headers: { "content-type": "application/jsonp", origin: ownOrigin() }, status: 415, message: "Content-Type: application/json" },
    ];
    for (const attempt of attempts) {
      const key = tag();
      const res = await api("POST", "/api/admin/records/sources", admin.cookie, { values: sourceValues(key, `Forged ${key}`), publish: true }, attempt.headers);
      expect(res.status, JSON.stringify(attempt.headers)).toBe(attempt.status);
      expect(res.body).toContain(attempt.message);
      expect(await db.source.count({ where: { key } })).toBe(0);
    }
    const before = await db.source.findUniqueOrThrow({ where: { id: secret.publishedId }, select: { version: true, deletedAt: true } });
    const del = await api(
      "DELETE",
      `/api/admin/records/sources/${secret.publishedId}`,
      admin.cookie,
      { version: before.version },
      { origin: "http://localhost:3229" },
    );
    expect(del.status).toBe(403);
    expect(del.body).toContain("another site");
    expect(await db.source.findUniqueOrThrow({ where: { id: secret.publishedId }, select: { version: true, deletedAt: true } })).toEqual(before);
    // The site's own pages still write (same origin, charset parameter allowed).
    const key = tag();
    const ok = await api(
      "POST",
      "/api/admin/records/sources",
      admin.cookie,
      { values: sourceValues(key, `Own ${key}`) },
      { origin: ownOrigin(), "content-type": "application/json; charset=utf-8", "sec-fetch-site": "same-origin" },
    );
    expect(ok.status, ok.body).toBe(201);
    session.made.push((JSON.parse(ok.body) as { id: string }).id);
  });

  it("answers every refusal as { ok: false, code, message, fieldErrors? } with the code's status, in the caller's language", async () => {
    const zh = { origin: ownOrigin(), "accept-language": "zh-CN,zh;q=0.9" };
    // The language from Accept-Language here (a locale cookie, when sent, would take precedence).
    const cookie = admin.cookie
      .split("; ")
      .filter((c) => !c.startsWith("NEXT_LOCALE="))
      .join("; ");
    const key = tag();
    const bad = await api("POST", "/api/admin/records/sources", cookie, { values: { ...sourceValues(key, "x"), key: "bad key" } }, zh);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({ ok: false, code: "invalid", message: "部分字段需要修改。", fieldErrors: { key: "来源编号，例如 S1、R42 或 X1。" } });
    const badEn = await api("POST", "/api/admin/records/sources", cookie, { values: { ...sourceValues(key, "x"), key: "bad key" } });
    expect(JSON.parse(badEn.body)).toEqual({
      ok: false,
      code: "invalid",
      message: "Some fields need attention.",
      fieldErrors: { key: "A source key such as S1, R42 or X1." },
    });
    const unknown = await api("POST", "/api/admin/records/nonsense", cookie, { values: {} }, zh);
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toEqual({ ok: false, code: "not-found", message: "未知的数据类型。" });
    const shape = await api("POST", "/api/admin/records/sources", cookie, { values: {}, extra: 1 });
    expect(shape.status).toBe(400);
    expect(JSON.parse(shape.body)).toEqual({ ok: false, code: "invalid", message: "Expected { values, publish? }." });
    const notJson = await api("POST", "/api/admin/records/sources", cookie, { values: {} }, { ...zh, "content-type": "text/plain" });
    expect(notJson.status).toBe(415);
    expect(JSON.parse(notJson.body)).toEqual({ ok: false, code: "unsupported-media-type", message: "请发送 JSON（Content-Type: application/json）。" });
    expect(await db.source.count({ where: { key } })).toBe(0);
    const exportUnknown = await fetch(`${baseURL()}/api/admin/export/nonsense`, { headers: { cookie, "accept-language": "zh" } });
    expect(exportUnknown.status).toBe(404);
    expect(await exportUnknown.json()).toEqual({ ok: false, code: "not-found", message: "未知的数据类型。" });
  });

  it("answers a server action from another origin with 403 and a message, not 500", async () => {
    const action = await editorSaveAction();
    const res = await rawRequest("POST", action.url, {
      headers: { cookie: editor.cookie, origin: "http://127.0.0.1:3229", "next-action": action.actionId, "content-type": action.contentType },
      body: action.body,
    });
    expect(res.status).toBe(403);
    expect(res.body).toContain("sent from another site");
    const zh = await rawRequest("POST", action.url.replace(/^\/en\//, "/zh/"), {
      headers: { cookie: editor.cookie, origin: "http://127.0.0.1:3229", "next-action": action.actionId, "content-type": action.contentType },
      body: action.body,
    });
    expect(zh.body).toContain("来自其他网站");
  });
});

const editorSaveAction = editorSaveCapture(
  () => editor.page,
  () => secret.publishedId,
);

describe("a refused action changes nothing", () => {
  it("an editor's save-and-publish through the JSON API is forbidden and leaves the record as it was", async () => {
    const before = await db.source.findUniqueOrThrow({
      where: { id: secret.publishedId },
      select: { version: true, title: true, draft: true, publication: true },
    });
    const key = (await db.source.findUniqueOrThrow({ where: { id: secret.publishedId }, select: { key: true } })).key;
    const res = await api("PUT", `/api/admin/records/sources/${secret.publishedId}`, editor.cookie, {
      version: before.version,
      values: sourceValues(key, "Published behind the admin's back"),
      publish: true,
    });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, code: "forbidden" });
    expect(
      await db.source.findUniqueOrThrow({ where: { id: secret.publishedId }, select: { version: true, title: true, draft: true, publication: true } }),
    ).toEqual(before);
  });

  it("an editor's save-and-publish through the form's server action is forbidden and leaves the record as it was", async () => {
    const action = await editorSaveAction();
    const before = await db.source.findUniqueOrThrow({ where: { id: secret.publishedId }, select: { version: true, title: true, draft: true } });
    // The form sends (entity, id, version, values, publish): the same request with the current version and publish = true.
    const args = JSON.parse(action.body) as unknown[];
    expect(args[args.length - 1]).toBe(false);
    args[2] = before.version;
    args[args.length - 1] = true;
    const res = await rawRequest("POST", action.url, {
      headers: { cookie: editor.cookie, origin: ownOrigin(), "next-action": action.actionId, "content-type": action.contentType, accept: "text/x-component" },
      body: JSON.stringify(args),
    });
    expect(res.status).toBe(200);
    expect(res.body).toContain('"code":"forbidden"');
    expect(await db.source.findUniqueOrThrow({ where: { id: secret.publishedId }, select: { version: true, title: true, draft: true } })).toEqual(before);
  });

  it("an admin's save-and-publish is one version, one revision, published", async () => {
    const { key, id } = await createSource(`Admin edit ${tag()}`);
    const res = await api("PUT", `/api/admin/records/sources/${id}`, admin.cookie, {
      version: 1,
      values: sourceValues(key, `Admin edit ${key} final`),
      publish: true,
    });
    expect(res.status, res.body).toBe(200);
    expect(await db.source.findUniqueOrThrow({ where: { id }, select: { version: true, title: true, publication: true } })).toEqual({
      version: 2,
      title: `Admin edit ${key} final`,
      publication: "PUBLISHED",
    });
    expect(
      (await db.revision.findMany({ where: { entityId: id }, orderBy: { version: "asc" }, select: { version: true, action: true } })).map(
        (r) => `${r.version}:${r.action}`,
      ),
    ).toEqual(["1:create", "2:publish"]);
  });
});
