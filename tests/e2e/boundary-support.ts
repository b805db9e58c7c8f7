// Helpers for the boundary tests: raw HTTP (methods and bodies fetch() refuses to send), signed-in cookies as a
// header, and a captured server-action request to replay the way an attacker would.
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { Db } from "../../lib/db-client";
import { serverDb } from "./db-support";
import { baseURL, launchBrowser, newPage, signIn } from "./browser";
import type { ACCOUNTS } from "./accounts";

export const SLOW = 180_000;

export type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/**
 * One HTTP request over node:http. `declaredLength` sends that Content-Length while writing only `body` (an
 * attacker announcing 50 MB): the answer must come without the server waiting for the rest.
 */
export function rawRequest(
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string | Buffer; declaredLength?: number; chunked?: boolean } = {},
): Promise<RawResponse> {
  const url = new URL(path, baseURL());
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...options.headers };
    if (options.declaredLength !== undefined) headers["content-length"] = options.declaredLength;
    else if (options.body !== undefined && !options.chunked) headers["content-length"] = Buffer.byteLength(options.body);
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname + url.search, method, headers, timeout: 20_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") });
        req.destroy();
      });
    });
    req.on("timeout", () => req.destroy(new Error(`${method} ${path}: no answer within 20 s`)));
    req.on("error", (error) => {
      // The server may close the connection after answering a refused upload.
      if ((error as NodeJS.ErrnoException).code !== "ECONNRESET" && (error as NodeJS.ErrnoException).code !== "EPIPE") reject(error);
    });
    if (options.body !== undefined) req.write(options.body);
    if (options.declaredLength === undefined) req.end();
  });
}

/** A signed-in page and its cookies as one Cookie header. */
export async function signedIn(browser: Browser, role: keyof typeof ACCOUNTS): Promise<{ page: Page; cookie: string }> {
  const page = await newPage(browser);
  await signIn(page, role);
  const cookies = await page.context().cookies();
  return { page, cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") };
}

/** The site's own origin, as a browser on it would send it. */
export const ownOrigin = () => new URL(baseURL()).origin;

export type CapturedAction = { url: string; actionId: string; contentType: string; body: string; routerStateTree?: string };

/** Runs `trigger` on the page and returns the server-action POST it sent (id, content type, body). */
export async function captureAction(page: Page, trigger: () => Promise<void>): Promise<CapturedAction> {
  const sent = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await trigger();
  const req = await sent;
  const headers = req.headers();
  return {
    url: new URL(req.url()).pathname,
    actionId: headers["next-action"],
    contentType: headers["content-type"] ?? "text/plain;charset=UTF-8",
    body: req.postData() ?? "",
    routerStateTree: headers["next-router-state-tree"],
  };
}

/** A short unique source key, e.g. "QK4821". */
export const tag = () => `Q${String.fromCharCode(65 + Math.floor(Math.random() * 26))}${Math.floor(1000 + Math.random() * 9000)}`;

/** A JSON request with a session cookie; the status and the body as text. */
export async function api(method: string, path: string, cookie: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${baseURL()}${path}`, { method, headers: { "content-type": "application/json", cookie, ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.text() };
}

export const sourceValues = (key: string, title: string) => ({ key, title, language: "en", kind: "OTHER", isSeedArticle: false });

/** A new source made through the JSON API by the user of `cookie` (an admin): a draft, or published. */
export async function createSource(cookie: string, title: string, publish = false) {
  const key = tag();
  const res = await api("POST", "/api/admin/records/sources", cookie, { values: sourceValues(key, title), publish });
  if (res.status !== 201) throw new Error(`creating a source answered ${res.status}: ${res.body}`);
  return { key, id: (JSON.parse(res.body) as { id: string }).id };
}

/**
 * The editor's "Save draft" on a published source's form: a real server-action request to replay. Captured on the
 * first call (when the page and the source exist), then reused.
 */
export function editorSaveCapture(page: () => Page, sourceId: () => string): () => Promise<CapturedAction> {
  let captured: CapturedAction | undefined;
  return async () => {
    if (captured) return captured;
    const p = page();
    await p.goto(`/en/admin/sources/${sourceId()}`);
    captured = await captureAction(p, () => p.getByRole("button", { name: "Save draft", exact: true }).click());
    await p.getByText(/Saved as a draft/).waitFor();
    return captured;
  };
}

type SignedIn = Awaited<ReturnType<typeof signedIn>>;

/**
 * The HTTP boundary files' session: an admin, an editor and a viewer signed in, a client on the server's database,
 * and `createSource` (as admin) for the records a file makes. Afterwards those sources and their revisions are
 * removed (`made` also takes ids created another way), so the other e2e files, which share the database, see the
 * seeded data only. Their audit rows stay: the audit log is append-only.
 */
export function useBoundarySession() {
  const session = { made: [] as string[] } as { browser: Browser; db: Db; admin: SignedIn; editor: SignedIn; viewer: SignedIn; made: string[] };
  beforeAll(async () => {
    session.db = serverDb();
    session.browser = await launchBrowser();
    session.admin = await signedIn(session.browser, "ADMIN");
    session.editor = await signedIn(session.browser, "EDITOR");
    session.viewer = await signedIn(session.browser, "VIEWER");
  }, SLOW);
  afterAll(async () => {
    if (session.db && session.made.length) {
      await session.db.revision.deleteMany({ where: { entityId: { in: session.made } } });
      await session.db.source.deleteMany({ where: { id: { in: session.made } } });
    }
    await session.db?.$disconnect();
    await session.browser?.close();
  });
  const createSourceAsAdmin = async (title: string, publish = false) => {
    const made = await createSource(session.admin.cookie, title, publish);
    session.made.push(made.id);
    return made;
  };
  return { session, createSource: createSourceAsAdmin };
}
