// Leaving in one tap, erasing what Rumbo stored, and a content security policy that the app never breaks.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  withRumbo,
  newPhone,
  openIn,
  stubNeutralSite,
  ORIGIN,
  ROUTES,
  LANGS,
  NEUTRAL_TITLE,
  message,
  heading,
  screenshot,
} from "./support.mjs";

const rumbo = withRumbo();

async function visitThreeScreens(page, lang) {
  await openIn(page, lang, "/");
  await page.getByRole("link", { name: message(lang, "nav-guides"), exact: true }).click();
  await page.locator(".guide-list a").first().click();
  await page.getByRole("link", { name: message(lang, "nav-deadline"), exact: true }).click();
  await page.locator("main h1").waitFor();
}

async function backNeverShowsRumbo(page, lang) {
  let covered = 0;
  for (let i = 0; i < 5; i++) {
    await page.goBack().catch(() => {});
    await page.waitForTimeout(300);
    if (!page.url().startsWith(ORIGIN)) continue;
    // Rumbo's content is covered: no heading, no navigation, only the neutral button, under a neutral title.
    await page.getByRole("button", { name: message(lang, "exit-reopen") }).waitFor({ timeout: 10_000 });
    assert.equal(await page.locator("main h1, nav").count(), 0, `Back showed Rumbo at ${page.url()}`);
    assert.equal(await page.title(), NEUTRAL_TITLE, `the title at ${page.url()}`);
    covered++;
  }
  assert.ok(covered > 0, "Back reached Rumbo's entries");
}

test("the quick exit button leaves at once, and Back does not bring Rumbo's content back", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await stubNeutralSite(context);
  await visitThreeScreens(page, "es");
  await screenshot(page, "es-quick-exit-button");
  await page.getByRole("button", { name: message("es", "exit-button") }).click();
  await page.waitForURL(/google\.com/);
  await backNeverShowsRumbo(page, "es");
  // Opening Rumbo on purpose again works.
  await page.goto(`${ORIGIN}/#/`);
  await page.getByRole("button", { name: message("es", "exit-reopen") }).click();
  assert.equal(await heading(page), message("es", "home-title"));
  await context.close();
});

test("Shift pressed three times leaves too", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await stubNeutralSite(context);
  await visitThreeScreens(page, "ru");
  for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
  await page.waitForURL(/google\.com/);
  await backNeverShowsRumbo(page, "ru");
  await context.close();
});

test("Delete my data removes what Rumbo stored and Rumbo keeps working", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await openIn(page, "en", "/settings");
  await page.getByLabel(message("en", "exit-site-blank")).check();
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("rumbo.")));
  assert.ok(stored.length >= 2, `Rumbo stored ${stored}`);
  await page.getByRole("button", { name: message("en", "wipe-data") }).click();
  await page.getByText(message("en", "wipe-data-confirm")).waitFor();
  await screenshot(page, "en-wipe-confirm");
  await page.getByRole("button", { name: message("en", "wipe-data-yes") }).click();
  await page.getByText(message("en", "wipe-data-done")).waitFor();
  const left = await page.evaluate(async () => ({
    keys: Object.keys(localStorage).filter((k) => k.startsWith("rumbo.")),
    databases: (await indexedDB.databases()).map((d) => d.name),
  }));
  assert.deepEqual(left, { keys: [], databases: [] });
  await page.getByRole("button", { name: message("en", "wipe-start-again") }).click();
  await page.getByRole("button", { name: /Español/ }).waitFor();
  await context.close();
});

test("Remove Rumbo from this browser also removes the offline worker and its caches", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await openIn(page, "en", "/settings");
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  assert.ok((await page.evaluate(() => caches.keys())).length > 0, "the offline copy exists first");
  await page.getByRole("button", { name: message("en", "wipe-all") }).click();
  await page.getByRole("button", { name: message("en", "wipe-all-yes") }).click();
  await page.getByText(message("en", "wipe-all-done")).waitFor();
  const left = await page.evaluate(async () => ({
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    caches: (await caches.keys()).length,
    local: localStorage.length,
    databases: (await indexedDB.databases()).length,
  }));
  assert.deepEqual(left, { workers: 0, caches: 0, local: 0, databases: 0 });
  await context.close();
});

test("no screen in any language breaks the content security policy", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const csp = await (await fetch(`${ORIGIN}/index.html`)).text();
  assert.match(csp, /Content-Security-Policy/);
  await openIn(page, "es");
  for (const lang of LANGS) {
    await page.getByRole("combobox").first().selectOption(lang);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    for (const route of ROUTES) {
      await page.goto(`${ORIGIN}/#${route.path}`);
      await page.locator("main h1").first().waitFor();
    }
  }
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await context.close();
});
