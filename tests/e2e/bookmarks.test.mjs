// Saved items as a person relies on them: saved in one tap, there after a reload, offline, after the browser
// restarts, and with two tabs open at once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { withRumbo, newPhone, openIn, ORIGIN, VIEWPORT, message, screenshot } from "./support.mjs";

const rumbo = withRumbo();

async function savedTitles(page) {
  await page.goto(`${ORIGIN}/#/saved`);
  // Either the items or "nothing saved", which shows only once the store has been read.
  await page.locator(".saved-item, main p.empty").first().waitFor();
  return page.locator(".saved-item .card-title").allTextContents();
}

test("a guide, a place and a deadline are saved, and are there after a reload and offline", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await openIn(page, "en", "/guide/tvrh");
  const save = page.getByRole("button", { name: message("en", "saved-save") });
  await save.click();
  await page.getByRole("button", { name: message("en", "saved-yes") }).waitFor();
  await page.goto(`${ORIGIN}/#/directory/ciam`);
  // Moves on at once, without waiting for "Saved": a save must outlive the screen it was made on.
  await page.getByRole("button", { name: message("en", "saved-save") }).click();
  await page.goto(`${ORIGIN}/#/deadline`);
  await page.getByLabel(message("en", "deadline-day"), { exact: true }).fill("3");
  await page.getByLabel(message("en", "deadline-month"), { exact: true }).selectOption("3");
  await page.getByLabel(message("en", "deadline-year"), { exact: true }).fill("2025");
  await page.getByRole("button", { name: message("en", "deadline-calculate") }).click();
  await page.getByRole("button", { name: message("en", "saved-save") }).click();
  await page.getByRole("button", { name: message("en", "saved-yes") }).waitFor();
  await page.reload();
  const titles = await savedTitles(page);
  assert.equal(titles.length, 3, titles.join(" | "));
  assert.ok(titles.includes(message("en", "guide-tvrh-title")));
  await screenshot(page, "en-saved");
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await context.setOffline(true);
  await page.reload();
  assert.equal((await savedTitles(page)).length, 3, "offline");
  await context.close();
});

test("saved items survive a browser restart with the same profile", async () => {
  const profile = mkdtempSync(path.join(tmpdir(), "rumbo-profile-"));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
      viewport: VIEWPORT,
      args: ["--no-sandbox", "--disable-gpu"],
    });
  let context = await launch();
  let page = context.pages()[0] ?? (await context.newPage());
  await openIn(page, "es", "/guide/rights");
  await page.getByRole("button", { name: message("es", "saved-save") }).click();
  await page.getByRole("button", { name: message("es", "saved-yes") }).waitFor();
  await context.close();
  context = await launch();
  page = context.pages()[0] ?? (await context.newPage());
  assert.deepEqual(await savedTitles(page), [message("es", "guide-rights-title")]);
  await context.close();
  rmSync(profile, { recursive: true, force: true });
});

test("with two tabs open, a bookmark added in each survives", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await openIn(page, "en", "/guide/rights");
  const other = await context.newPage();
  await other.goto(`${ORIGIN}/#/guide/safety`);
  await other.locator("main h1").waitFor();
  // Both tabs loaded the (empty) saved list before either saves.
  await Promise.all([
    page.getByRole("button", { name: message("en", "saved-save") }).click(),
    other.getByRole("button", { name: message("en", "saved-save") }).click(),
  ]);
  await other.getByRole("button", { name: message("en", "saved-yes") }).waitFor();
  // A background tab may not repaint until it is shown again.
  await page.bringToFront();
  await page.getByRole("button", { name: message("en", "saved-yes") }).waitFor();
  const titles = await savedTitles(page);
  assert.deepEqual(titles.sort(), [message("en", "guide-rights-title"), message("en", "guide-safety-title")].sort());
  await context.close();
});

test("saved items move to another phone in a file, and a wrong file changes nothing", async () => {
  const first = await newPhone(rumbo.browser, { acceptDownloads: true });
  await openIn(first.page, "ht", "/guide/tvrh");
  await first.page.getByRole("button", { name: message("ht", "saved-save"), exact: true }).click();
  await first.page.getByRole("button", { name: message("ht", "saved-yes"), exact: true }).waitFor();
  await savedTitles(first.page);
  const [download] = await Promise.all([
    first.page.waitForEvent("download"),
    first.page.getByRole("link", { name: message("ht", "saved-export") }).click(),
  ]);
  assert.equal(download.suggestedFilename(), "rumbo-saved.json");
  const file = { name: "rumbo-saved.json", mimeType: "application/json", buffer: readFileSync(await download.path()) };
  await first.context.close();

  const { context, page } = await newPhone(rumbo.browser);
  await openIn(page, "ru", "/saved");
  await page.locator("main p.empty").waitFor();
  // The picker's label, in the person's language, is the button; the browser's own one is hidden.
  assert.ok(await page.getByText(message("ru", "saved-import"), { exact: true }).isVisible());
  await page.locator("#import-file").setInputFiles(file);
  await page.locator(".saved-item").first().waitFor();
  assert.deepEqual(await page.locator(".saved-item .card-title").allTextContents(), [message("ru", "guide-tvrh-title")]);
  const status = page.locator("#import-file ~ p[role=status]");
  assert.match(await status.textContent(), /^Добавлен 1 /, "the person is told one item was added");
  await screenshot(page, "ru-saved-imported");

  await page.locator("#import-file").setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"hello": 1}') });
  await status.getByText(message("ru", "saved-import-refused")).waitFor();
  assert.deepEqual(await savedTitles(page), [message("ru", "guide-tvrh-title")], "nothing changed");
  await context.close();
});

test("a file with an impossible deadline is refused with the reason, and the Saved screen keeps working", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await openIn(page, "en", "/guide/tvrh");
  await page.getByRole("button", { name: message("en", "saved-save") }).click();
  await page.getByRole("button", { name: message("en", "saved-yes") }).waitFor();
  const before = await savedTitles(page);
  const poison = JSON.stringify({
    format: "rumbo-bookmarks",
    version: 1,
    bookmarks: [
      { kind: "guide", target: "rights", created: 1 },
      { kind: "deadline", target: "asylum:+262142-12-31", created: 2 },
    ],
  });
  await page.locator("#import-file").setInputFiles({ name: "poison.json", mimeType: "application/json", buffer: Buffer.from(poison) });
  const expected = message("en", "storage-import-bad-date").replace("{ $item }", "asylum:+262142-12-31");
  await page.locator("#import-file ~ p[role=status]").getByText(expected).waitFor();
  await screenshot(page, "en-saved-import-bad-date");
  assert.deepEqual(await savedTitles(page), before, "nothing changed");
  await context.close();
});
