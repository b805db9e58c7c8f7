// The CSV round trip in real Chromium against the production build: an admin downloads the export from the import
// page, edits a value, checks the file (the preview shows the change old → new), applies it, and the public page
// shows the new value; a file older than someone else's save is a conflict naming them and cannot be applied; a
// viewer gets neither the page nor the API, and no curated data comes back.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import type { Page } from "playwright-core";
import { ACCOUNTS } from "./accounts";
import { newPage, signIn, useBrowser } from "./browser";

const session = useBrowser();

const unique = () => Math.random().toString(36).slice(2, 8);

/** Clicks the import page's export link and returns the downloaded CSV. */
async function downloadExport(page: Page, entity: string): Promise<string> {
  await page.goto(`/en/admin/import?entity=${entity}`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /as CSV \(the template\)/ }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^govatlas-${entity}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  return (await readFile((await download.path())!, "utf8")).replace(/^\uFEFF/, "");
}

/** Changes one cell of one row, as a spreadsheet would (other cells, escapes included, stay as they are). */
function editCell(csv: string, match: (row: Record<string, string>) => boolean, column: string, value: string) {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  const row = parsed.data.find(match)!;
  const before = { ...row };
  row[column] = value;
  return { csv: Papa.unparse({ fields: parsed.meta.fields!, data: parsed.data.map((r) => parsed.meta.fields!.map((f) => r[f])) }), row: before };
}

async function check(page: Page, csv: string) {
  await page.getByLabel("CSV file").setInputFiles({ name: "sources.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Check the file (dry run)" }).click();
  await page.getByTestId("import-preview").waitFor();
}

describe("CSV round trip (import page)", () => {
  it("admin: export → edit a title → dry run shows old → new → apply → the public sources page shows it; a stale file is a conflict", async () => {
    const page = await newPage(session.browser);
    await signIn(page, "ADMIN");
    const exported = await downloadExport(page, "sources");
    const header = exported.split(/\r?\n/, 1)[0];
    expect(header.startsWith("key,kind,title,")).toBe(true);
    expect(header.endsWith(",version,publication,pendingDraft,updatedAt")).toBe(true);

    const newTitle = `Checked by CSV ${unique()}`;
    const { csv, row } = editCell(exported, (r) => r.publication === "PUBLISHED" && r.key.startsWith("R"), "title", newTitle);
    await check(page, csv);
    const preview = page.getByTestId("import-preview");
    const changed = preview.locator('tr[data-action="update"]');
    await expect.poll(() => changed.count()).toBe(1);
    await expect.poll(() => changed.textContent()).toContain(`${row.key}Update`);
    await expect.poll(() => changed.textContent()).toContain(`title: ${row.title} → ${newTitle}`);
    await expect.poll(() => page.getByTestId("import-outcome").textContent()).toMatch(/0 to create, 1 to update, \d+ unchanged, 0 conflicts, 0 with errors/);
    await expect.poll(() => page.getByTestId("import-ignored").textContent()).toBe("Read-only columns ignored: publication, pendingDraft, updatedAt.");
    await page.getByRole("button", { name: "Apply 1 change" }).click();
    await page.getByText("Saved: 0 created, 1 updated").waitFor();

    await page.goto(`/en/sources?r=${unique()}`);
    await expect.poll(() => page.locator("main").textContent()).toContain(newTitle);

    // Someone else (the editor, through the API for scripts) saves this source after the admin's next export.
    const second = await downloadExport(page, "sources");
    const stale = editCell(second, (r) => r.key === row.key, "note", "The admin's later note");
    const editor = await newPage(session.browser);
    await signIn(editor, "EDITOR");
    const version = stale.row.version;
    const saved = await editor.evaluate(
      async ([key, v]) => {
        const res = await fetch("/api/admin/import/sources", {
          method: "POST",
          headers: { "Content-Type": "text/csv" },
          body: `key,note,version\n${key},The editor's note,${v}`,
        });
        return { status: res.status, body: await res.json() };
      },
      [row.key, version],
    );
    expect(saved).toMatchObject({ status: 200, body: { ok: true, applied: true, preview: { counts: { update: 1 } } } });

    await page.goto("/en/admin/import?entity=sources");
    await check(page, stale.csv);
    const conflict = page.getByTestId("import-preview").locator('tr[data-action="conflict"]');
    await expect.poll(() => conflict.count()).toBe(1);
    await expect.poll(() => conflict.textContent()).toContain(`Changed since your export: now version ${Number(version) + 1}, saved by`);
    await expect.poll(() => conflict.textContent()).toContain(ACCOUNTS.EDITOR.email);
    await expect.poll(() => page.getByRole("button", { name: "Nothing to apply" }).isDisabled()).toBe(true);
    await expect.poll(() => page.getByTestId("import-outcome").textContent()).toContain("Nothing can be saved while a row has an error or a conflict");
  }, 120_000);

  it("viewer: the import page and API are refused and show no curated data", async () => {
    const page = await newPage(session.browser);
    await signIn(page, "VIEWER");
    const response = await page.goto("/en/admin/import?entity=sources");
    expect(response?.status()).toBe(403);
    await expect.poll(() => page.locator("main").textContent()).toContain("403 — not allowed");
    await expect.poll(() => page.locator("main").textContent()).not.toContain("Import from CSV");
    // The page's markup carries no curated data and no export link (the message catalogs are sent to every page).
    await expect.poll(() => page.content()).not.toContain("/api/admin/export/sources");
    await expect.poll(() => page.content()).not.toContain('data-testid="import-rules"');
    const api = await page.evaluate(async () => {
      const res = await fetch("/api/admin/import/sources?dryRun=1", {
        method: "POST",
        headers: { "Content-Type": "text/csv" },
        body: "key,title,version\nR6,Changed by a viewer,1",
      });
      return { status: res.status, text: await res.text() };
    });
    expect(api.status).toBe(403);
    expect(JSON.parse(api.text)).toEqual({ ok: false, code: "forbidden", message: "Your role does not allow this action." });
    const exported = await page.evaluate(() => fetch("/api/admin/export/sources").then(async (r) => ({ status: r.status, text: await r.text() })));
    expect(exported.status).toBe(403);
    expect(exported.text).not.toContain("R6");
  });
});
