// Plain HTTP for the open-data tests, from a chosen loopback address: the API limits requests per client address,
// so each test group speaks from its own (127.0.0.x) and does not spend another's allowance.
import http from "node:http";
import { afterAll, beforeAll, expect } from "vitest";
import type { Db } from "../../lib/db-client";
import { baseURL } from "./browser";
import { serverDb } from "./db-support";
import { httpSignIn } from "./auth-http";
import { ACCOUNTS } from "./accounts";
import { capexFigureInput } from "../support/figure-input";

export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

export function get(path: string, o: { from?: string; headers?: Record<string, string>; method?: string } = {}): Promise<Answer> {
  const url = new URL(path, baseURL());
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: o.method ?? "GET",
        headers: o.headers,
        localAddress: o.from ?? "127.0.0.1",
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

/** A JSON write to the curation API as a signed-in user (a script: no Origin header). */
export async function curate(method: string, path: string, cookie: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${baseURL()}${path}`, { method, headers: { "content-type": "application/json", cookie }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

export async function cookieOf(role: keyof typeof ACCOUNTS): Promise<string> {
  const s = await httpSignIn(ACCOUNTS[role].email, ACCOUNTS[role].password);
  if (s.code) throw new Error(`sign-in as ${role} failed: ${s.code}`);
  return s.cookie;
}

export const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

export const figureValues = (slug: string, actorName: string, amount = "5000000") => capexFigureInput({ slug, actorName, amount });

/** One page of an /api/v1 list. */
export type ApiPage = {
  schemaVersion: string;
  resource: string;
  asOf: string | null;
  total: number;
  count: number;
  limit: number;
  next: string | null;
  data: Record<string, unknown>[];
};

export const json = async (path: string, from = "127.0.0.1") => {
  const res = await get(path, { from });
  expect(res.status, res.body).toBe(200);
  return JSON.parse(res.body) as ApiPage;
};

/** Every row of a list, following `next`; fails on a repeated row. */
export async function walk(path: string, from: string): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  let url: string | null = path;
  let pages = 0;
  while (url) {
    const page = await json(url, from);
    rows.push(...page.data);
    url = page.next ? new URL(page.next).pathname + new URL(page.next).search : null;
    expect(++pages).toBeLessThan(200);
  }
  return rows;
}

/**
 * Deletes a published test figure again through the curation API (as a curator would), so the files that run after
 * this one see the figures the seed has (the overview counts the companies whose capex it draws).
 */
export async function deleteFigure(db: Db, cookie: string, slug: string) {
  const stored = await db.investmentFigure.findUnique({ where: { slug }, select: { id: true, version: true } });
  if (stored) expect((await curate("DELETE", `/api/admin/records/investmentFigures/${stored.id}`, cookie, { version: stored.version })).status).toBe(200);
}

/**
 * The server's database (`session.db`) and an admin's cookie (`session.admin`) for a file's tests. After them, the
 * published test figures `madeSlugs()` names are deleted again through the API and the client is closed.
 */
export function useApiSession(madeSlugs: () => string[]) {
  const session = {} as { db: Db; admin: string };
  beforeAll(async () => {
    session.db = serverDb();
    session.admin = await cookieOf("ADMIN");
  }, 120_000);
  afterAll(async () => {
    if (session.db) for (const slug of madeSlugs()) await deleteFigure(session.db, session.admin, slug);
    await session.db?.$disconnect();
  });
  return session;
}
