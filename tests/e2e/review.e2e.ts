// Drafts queue, discard, restore with confirmation and the readable audit log, walked in real Chromium against
// the production build, as the right roles and as the wrong ones. Drafts are saved through the curation JSON API
// from the editor's own signed-in browser (same role checks as the form); everything else goes through the pages.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { createDb, type Db } from "../../lib/db-client";
import { resolveDbTarget } from "../../lib/db-url";
import { hashPassword } from "../../lib/auth/password";
import { launchBrowser, newPage, seriousA11yViolations, signedInPage, signInWith } from "./browser";
import { getWithCookie, httpSignIn } from "./auth-http";
import { ACCOUNTS } from "./accounts";

let browser: Browser;
let db: Db;
const unique = Math.random().toString(36).slice(2, 8);
const SECOND_EDITOR = { email: `e2e-editor2-${unique}@example.test`, password: "e2e-second-editor-pw-1" };

beforeAll(async () => {
  browser = await launchBrowser();
  db = createDb(resolveDbTarget(inject("databaseUrl")));
  await db.user.create({
    data: { email: SECOND_EDITOR.email, name: "Second Editor", role: "EDITOR", passwordHash: await hashPassword(SECOND_EDITOR.password) },
  });
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

/** A seeded figure's id, version and values in the form's shape (its latest revision). */
async function figure(slug: string) {
  const row = await db.investmentFigure.findUniqueOrThrow({ where: { slug }, select: { id: true, version: true } });
  const rev = await db.revision.findFirstOrThrow({ where: { entityType: "investmentFigures", entityId: row.id }, orderBy: { version: "desc" } });
  const snap = rev.snapshot as { data: Record<string, unknown>; draft: Record<string, unknown> | null };
  return { id: row.id, version: row.version, values: snap.data };
}

/** Saves through PUT /api/admin/records from the signed-in page (an editor's save of a published record is a draft). */
async function save(page: Page, id: string, version: number, values: Record<string, unknown>) {
  return page.evaluate(
    async ([id, body]) => {
      const res = await fetch(`/api/admin/records/investmentFigures/${id}`, { method: "PUT", headers: { "content-type": "application/json" }, body });
      return (await res.json()) as { ok: boolean; version?: number; pendingDraft?: boolean; code?: string };
    },
    [id, JSON.stringify({ version, values })] as const,
  );
}

/** The second editor, signed in on a page of their own, saves `note` on figure `f` as a draft. */
async function secondEditorDraft(f: Awaited<ReturnType<typeof figure>>, note: string) {
  const other = await newPage(browser);
  await signInWith(other, SECOND_EDITOR.email, SECOND_EDITOR.password);
  await other.goto("/en/admin");
  expect(await save(other, f.id, f.version, { ...f.values, note })).toMatchObject({ ok: true, pendingDraft: true });
}

const pendingCount = async (page: Page) => Number(await page.getByTestId("pending-count").textContent());

async function publicRow(page: Page, slug: string) {
  await page.goto(`/en/investment?category=PUBLIC_INITIATIVE&r=${Math.random().toString(36).slice(2)}`);
  const row = page.locator(`[data-testid="figures-table"] tr[data-slug="${slug}"]`);
  return (await row.count()) ? await row.textContent() : null;
}

describe("drafts reach an admin", () => {
  it("editor saves a draft → the header counts it → the queue shows its diff → the admin publishes → the public page shows it", async () => {
    const slug = "eu-supercomputing-ai-factories-2021-2027";
    const admin = await signedInPage(browser, "ADMIN");
    await admin.goto("/en/admin/investmentFigures");
    const before = await pendingCount(admin);
    expect(await publicRow(admin, slug)).toContain("€10bn");

    const editor = await signedInPage(browser, "EDITOR");
    await editor.goto("/en/admin");
    const f = await figure(slug);
    const saved = await save(editor, f.id, f.version, { ...f.values, amount: "12000000000" });
    expect(saved).toMatchObject({ ok: true, pendingDraft: true });
    expect(await publicRow(editor, slug)).toContain("€10bn");

    // The count is in the header of every admin page.
    for (const path of ["/en/admin/investmentFigures", "/en/admin/audit", "/en/admin"]) {
      await admin.goto(path);
      await expect.poll(() => pendingCount(admin), { message: path }).toBe(before + 1);
    }
    await admin.getByTestId("review-link").click();
    await admin.waitForURL(/\/en\/admin\/review$/);
    const item = admin.locator(`[data-testid="review-item"][data-id="${f.id}"]`);
    await expect.poll(() => item.getByTestId("review-saved-by").textContent()).toContain(ACCOUNTS.EDITOR.email);
    const amountRow = item.locator('[data-testid="review-diff"] tr[data-field="amount"]');
    await expect.poll(() => amountRow.locator("td").allTextContents()).toEqual(["€10bn", "€12bn"]);
    await expect.poll(() => item.locator('[data-testid="review-diff"] tbody tr').count()).toBe(1);
    expect(await seriousA11yViolations(admin)).toEqual([]);

    await item.getByRole("button", { name: "Publish", exact: true }).click();
    // The refreshed queue drops the published item; the confirmation stays above the queue, announced.
    // Named by the record (actor · period · measure), so two confirmations never read alike.
    const v = f.values as { actorName: string; periodLabel: string; measure: string };
    await expect
      .poll(() => admin.getByTestId("review-status").textContent())
      .toBe(`Published “${v.actorName} · ${v.periodLabel} · ${v.measure}” (version ${f.version + 2}).`);
    await expect.poll(() => item.count()).toBe(0);
    await expect.poll(() => pendingCount(admin)).toBe(before);
    await expect.poll(() => admin.locator(`[data-testid="review-item"][data-id="${f.id}"]`).count()).toBe(0);
    expect(await publicRow(admin, slug)).toContain("€12bn");

    // The list shows the value column and the state, with the pending filter.
    await admin.goto(`/en/admin/investmentFigures?q=${slug}`);
    const row = admin.locator(`[data-testid="entity-row"][data-id="${f.id}"]`);
    await expect.poll(() => row.locator('[data-column="amount"]').textContent()).toBe("€12bn");
    await expect.poll(() => row.locator('[data-column="period"]').textContent()).toBe("2021–2027");
    await expect.poll(() => row.locator('[data-column="kind"]').textContent()).toBe("Committed");
    await expect.poll(() => row.getByTestId("state-badge").getAttribute("data-state")).toBe("published");
    await admin.goto(`/en/admin/investmentFigures?q=${slug}&pending=1`);
    await expect.poll(() => admin.getByTestId("record-count").textContent()).toBe("0 records");
    // Two sign-ins, four admin pages, an axe run and three public pages: about 20 s alone, over 60 s when the
    // whole e2e suite shares two cores with other work.
  }, 150_000);

  it("refuses to publish a draft that changed after the admin opened the queue", async () => {
    const slug = "kr-national-growth-fund-ai-2026";
    const editor = await signedInPage(browser, "EDITOR");
    await editor.goto("/en/admin");
    let f = await figure(slug);
    expect(await save(editor, f.id, f.version, { ...f.values, amount: "7000000000000" })).toMatchObject({ ok: true, pendingDraft: true });
    const admin = await signedInPage(browser, "ADMIN");
    await admin.goto("/en/admin/review");
    const item = admin.locator(`[data-testid="review-item"][data-id="${f.id}"]`);
    await expect.poll(() => item.locator('tr[data-field="amount"] td').allTextContents()).toEqual(["₩6trn", "₩7trn"]);
    f = await figure(slug);
    expect(await save(editor, f.id, f.version, { ...(await draftOf(f.id)), amount: "8000000000000" })).toMatchObject({ ok: true });
    await item.getByRole("button", { name: "Publish", exact: true }).click();
    await item.getByText(/changed after you opened the page/).waitFor();
    const stored = await db.investmentFigure.findUniqueOrThrow({ where: { id: f.id }, select: { amount: true, draft: true } });
    expect(stored.amount!.toString()).toBe("6000000000000");
    expect((stored.draft as { amount: string }).amount).toBe("8000000000000");
  });

  it("lets an editor discard their own draft, but never shows or offers another editor's", async () => {
    const mine = await figure("uk-regulators-research-hubs-2024");
    const theirs = await figure("japan-ai-chip-support-to-fy2030");
    const marker = `E2E-OTHER-DRAFT-${unique}`;
    await secondEditorDraft(theirs, marker);
    const editor = await signedInPage(browser, "EDITOR");
    await editor.goto("/en/admin");
    expect(await save(editor, mine.id, mine.version, { ...mine.values, note: "Editor's own draft note" })).toMatchObject({ ok: true, pendingDraft: true });

    await editor.getByTestId("review-link").click();
    await editor.waitForURL(/\/en\/admin\/review$/);
    await expect.poll(() => editor.locator("h1").textContent()).toBe("My drafts");
    await expect.poll(() => editor.content()).not.toContain(marker);
    await expect.poll(() => editor.locator(`[data-testid="review-item"][data-id="${theirs.id}"]`).count()).toBe(0);
    const item = editor.locator(`[data-testid="review-item"][data-id="${mine.id}"]`);
    await expect.poll(() => item.getByRole("button", { name: "Publish", exact: true }).count()).toBe(0);
    editor.once("dialog", (d) => void d.accept());
    await item.getByRole("button", { name: "Discard draft" }).click();
    const m = mine.values as { actorName: string; periodLabel: string; measure: string };
    await expect
      .poll(() => editor.getByTestId("review-status").textContent())
      .toBe(`Draft of “${m.actorName} · ${m.periodLabel} · ${m.measure}” discarded (version ${mine.version + 2}).`);
    await expect.poll(() => item.count()).toBe(0);
    const discarded = await db.investmentFigure.findUniqueOrThrow({ where: { id: mine.id }, select: { draft: true, version: true } });
    expect(discarded).toEqual({ draft: null, version: mine.version + 2 });
    const untouched = await db.investmentFigure.findUniqueOrThrow({ where: { id: theirs.id }, select: { draft: true } });
    expect((untouched.draft as { note: string }).note).toBe(marker);

    // The admin sees the other editor's draft and may discard it.
    const admin = await signedInPage(browser, "ADMIN");
    await admin.goto("/en/admin/review");
    const t = theirs.values as { actorName: string; periodLabel: string; measure: string };
    const theirsLabel = `${t.actorName} · ${t.periodLabel} · ${t.measure}`;
    const adminItem = admin.locator(`[data-testid="review-item"][data-id="${theirs.id}"]`);
    await expect.poll(() => adminItem.locator('tr[data-field="note"]').textContent()).toContain(marker);
    admin.once("dialog", (d) => void d.accept());
    await adminItem.getByRole("button", { name: "Discard draft" }).click();
    await expect
      .poll(() => admin.getByTestId("review-status").textContent())
      .toMatch(new RegExp(`^Draft of “${theirsLabel}” discarded \\(version \\d+\\)\\.$`));
    await expect.poll(() => adminItem.count()).toBe(0);
    expect((await db.investmentFigure.findUniqueOrThrow({ where: { id: theirs.id }, select: { draft: true } })).draft).toBeNull();
  });
});

async function draftOf(id: string) {
  const row = await db.investmentFigure.findUniqueOrThrow({ where: { id }, select: { draft: true } });
  return row.draft as Record<string, unknown>;
}

describe("history and restore", () => {
  it("an admin restores a seeded row's original revision after a confirmation with the diff; history and audit show it", async () => {
    const slug = "cn-national-ai-industry-investment-fund";
    const f = await figure(slug);
    const first = await db.revision.findFirstOrThrow({
      where: { entityType: "investmentFigures", entityId: f.id, action: "create" },
      select: { version: true },
    });
    const admin = await signedInPage(browser, "ADMIN");
    await admin.goto("/en/admin");
    const edited = await save(admin, f.id, f.version, { ...f.values, amount: "70000000000" });
    expect(edited).toMatchObject({ ok: true, pendingDraft: false });

    await admin.goto(`/en/admin/investmentFigures/${f.id}/history`);
    await expect.poll(() => admin.getByTestId("restore-mode").textContent()).toContain("publishes the values of that version at once");
    const original = admin.locator(`[data-testid="revisions"] > li[data-version="${first.version}"]`);
    await expect.poll(() => original.getAttribute("data-action")).toBe("create");
    await original.getByRole("button", { name: "Restore this version" }).click();
    const dialog = admin.getByTestId("restore-dialog");
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toContain("This publishes the values below at once");
    await expect.poll(() => dialog.locator('tr[data-field="amount"] td').allTextContents()).toEqual(["CN¥70bn", "CN¥60.06bn"]);
    expect(await seriousA11yViolations(admin)).toEqual([]);
    await dialog.getByRole("button", { name: "Cancel" }).click();
    expect((await db.investmentFigure.findUniqueOrThrow({ where: { id: f.id }, select: { amount: true } })).amount!.toString()).toBe("70000000000");

    await original.getByRole("button", { name: "Restore this version" }).click();
    await dialog.getByRole("button", { name: "Restore and publish" }).click();
    await admin.getByText(`Restored version ${first.version} and published it`).waitFor();
    const stored = await db.investmentFigure.findUniqueOrThrow({ where: { id: f.id }, select: { amount: true, publication: true, draft: true } });
    expect([stored.amount!.toString(), stored.publication, stored.draft]).toEqual(["60060000000", "PUBLISHED", null]);
    await admin.reload();
    const newest = admin.locator('[data-testid="revisions"] > li').first();
    await expect.poll(() => newest.getByTestId("revision-action").textContent()).toBe("Restored and published");
    await expect.poll(() => newest.getByTestId("restored-from").textContent()).toBe(`Restored the values of version ${first.version}.`);
    await expect.poll(() => newest.locator('tr[data-field="amount"] td').allTextContents()).toEqual(["CN¥70bn", "CN¥60.06bn"]);

    // The audit log: record name, actor name, readable change and a history link that works, in both languages.
    await admin.goto("/en/admin/audit?action=investmentFigures.restore");
    const row = admin.getByTestId("audit-row").filter({ hasText: "China (National AI Industry Investment Fund)" }).first();
    await expect.poll(() => row.getByTestId("audit-summary").textContent()).toContain(`restored version ${first.version} and published it`);
    await expect.poll(() => row.getByTestId("audit-summary").textContent()).toContain("CN¥70bn → CN¥60.06bn");
    await expect.poll(() => row.getByTestId("audit-actor-name").textContent()).toBeTruthy();
    await expect.poll(() => row.textContent()).not.toContain('"fromVersion"');
    await expect.poll(() => row.textContent()).not.toContain(f.id);
    await row.getByTestId("audit-history-link").click();
    await admin.waitForURL((u) => u.pathname === `/en/admin/investmentFigures/${f.id}/history`);
    await expect.poll(() => admin.locator("h1").textContent()).toContain("China (National AI Industry Investment Fund)");
    await admin.goto("/zh/admin/audit?action=investmentFigures.restore");
    await expect.poll(() => admin.getByTestId("audit-row").first().getByTestId("audit-summary").textContent()).toContain(`已恢复第 ${first.version} 版并发布`);
    expect(await seriousA11yViolations(admin)).toEqual([]);
  });

  it("an editor's restore says it makes a draft for review, and the published value stays", async () => {
    const slug = "ae-mgx-aum-target";
    const f = await figure(slug);
    const admin = await signedInPage(browser, "ADMIN");
    await admin.goto("/en/admin");
    const edited = await save(admin, f.id, f.version, { ...f.values, amount: "110000000000" });
    expect(edited).toMatchObject({ ok: true });
    const editor = await signedInPage(browser, "EDITOR");
    await editor.goto(`/en/admin/investmentFigures/${f.id}/history`);
    const original = editor.locator('[data-testid="revisions"] > li[data-action="create"]');
    await original.getByRole("button", { name: "Restore this version" }).click();
    const dialog = editor.getByTestId("restore-dialog");
    await expect.poll(() => dialog.textContent()).toContain("saves the values below as your draft for review");
    await dialog.getByRole("button", { name: "Restore as draft" }).click();
    await editor
      .getByText(/as a draft for review/)
      .first()
      .waitFor();
    const stored = await db.investmentFigure.findUniqueOrThrow({ where: { id: f.id }, select: { amount: true, draft: true } });
    expect(stored.amount!.toString()).toBe("110000000000");
    expect((stored.draft as { amount: string }).amount).toBe("100000000000");
  });
});

describe("the wrong roles get nothing", () => {
  it("anonymous users, viewers and (for the queue) other editors receive no draft data", async () => {
    const f = await figure("uk-us-tech-prosperity-deal-2025");
    const marker = `E2E-SECRET-DRAFT-${unique}`;
    await secondEditorDraft(f, marker);

    const admin = await httpSignIn(ACCOUNTS.ADMIN.email, ACCOUNTS.ADMIN.password);
    const viewer = await httpSignIn(ACCOUNTS.VIEWER.email, ACCOUNTS.VIEWER.password);
    const editor = await httpSignIn(ACCOUNTS.EDITOR.email, ACCOUNTS.EDITOR.password);
    // The assertion can fail: the admin's queue does hold the draft.
    const adminQueue = await getWithCookie("/en/admin/review", admin.cookie);
    expect(adminQueue.status).toBe(200);
    expect(adminQueue.body).toContain(marker);

    for (const [who, cookie] of [
      ["anonymous", ""],
      ["viewer", viewer.cookie],
    ] as const) {
      for (const path of ["/en/admin/review", "/en/admin/investmentFigures?pending=1", `/en/admin/investmentFigures/${f.id}/history`, "/en/admin/audit"]) {
        const res = await getWithCookie(path, cookie);
        expect(res.status, `${who} ${path}`).not.toBe(200);
        expect(res.body, `${who} ${path}`).not.toContain(marker);
        expect(res.body, `${who} ${path}`).not.toContain('data-testid="pending-count"');
      }
    }
    const editorQueue = await getWithCookie("/en/admin/review", editor.cookie);
    expect(editorQueue.status).toBe(200);
    expect(editorQueue.body).not.toContain(marker);
    expect(editorQueue.body).not.toContain(f.id);
    const editorAudit = await getWithCookie("/en/admin/audit", editor.cookie);
    expect(editorAudit.status).toBe(403);
    expect(editorAudit.body).not.toContain(marker);
  });
});
