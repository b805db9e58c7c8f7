import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { afterAll, beforeAll, inject } from "vitest";
import { ACCOUNTS } from "./accounts";
import { CHROMIUM_FLAGS } from "../../scripts/chromium-flags";

export const baseURL = () => inject("baseURL");

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_FLAGS,
  });
}

export async function newPage(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseURL(), viewport, acceptDownloads: true });
  return context.newPage();
}

/** Fills in and sends the sign-in form, without waiting for the outcome (for attempts that are meant to fail too). */
export async function submitSignIn(page: Page, email: string, password: string, locale = "en") {
  await page.goto(`/${locale}/login`);
  await page.getByLabel(locale === "zh" ? "电子邮箱" : "E-mail").fill(email);
  await page.getByLabel(locale === "zh" ? "密码" : "Password").fill(password);
  await page.getByRole("button", { name: locale === "zh" ? "登录" : "Sign in", exact: true }).click();
}

/** Signs in with these credentials and waits until the app has left the sign-in page. */
export async function signInWith(page: Page, email: string, password: string, locale = "en") {
  await submitSignIn(page, email, password, locale);
  await page.waitForURL((url) => !url.pathname.endsWith("/login"));
}

/** Signs in as one of the demo accounts (accounts.ts). */
export async function signIn(page: Page, role: keyof typeof ACCOUNTS, locale = "en") {
  await signInWith(page, ACCOUNTS[role].email, ACCOUNTS[role].password, locale);
}

/** A new page (with its own cookies) signed in as one of the demo accounts. */
export async function signedInPage(browser: Browser, role: keyof typeof ACCOUNTS, locale = "en"): Promise<Page> {
  const page = await newPage(browser);
  await signIn(page, role, locale);
  return page;
}

/** Serious or critical accessibility violations (axe-core), as "rule: target" strings. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
}

/** A locator's text, "" while it has none: `await expect.poll(textOf(locator)).toContain(…)` retries until the page shows it. */
export const textOf = (locator: Locator) => async () => (await locator.textContent()) ?? "";

/** A browser for a file's tests (`session.browser`), closed after them. */
export function useBrowser() {
  const session = {} as { browser: Browser };
  beforeAll(async () => {
    session.browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}
