// "Delete my data" as a person relies on it: what they saved is gone from every open tab at once, and the
// browser is not left holding a fresh copy. And what Settings says about whether the browser keeps saved items.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withRumbo, newPhone, openIn, launch, ORIGIN, message, screenshot } from "./support.mjs";

const rumbo = withRumbo();

async function saveHere(page, lang) {
  await page.getByRole("button", { name: message(lang, "saved-save"), exact: true }).click();
  await page.getByRole("button", { name: message(lang, "saved-yes"), exact: true }).waitFor();
}

test("after Delete my data with saved items and a second tab open, neither tab shows anything saved", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await openIn(page, "en", "/guide/tvrh");
  await saveHere(page, "en");
  await page.goto(`${ORIGIN}/#/directory/ciam`);
  await saveHere(page, "en");

  const other = await context.newPage();
  await other.goto(`${ORIGIN}/#/saved`);
  await other.locator(".saved-item").first().waitFor();
  assert.equal(await other.locator(".saved-item").count(), 2, "the second tab shows both first");

  await page.goto(`${ORIGIN}/#/settings`);
  await page.getByRole("button", { name: message("en", "wipe-data") }).click();
  await page.getByRole("button", { name: message("en", "wipe-data-yes") }).click();
  await page.getByText(message("en", "wipe-data-done")).waitFor();

  // This tab: nothing on the Saved screen, and the guide's button offers to save again.
  await page.goto(`${ORIGIN}/#/saved`);
  await page.locator("main p.empty").waitFor();
  assert.equal(await page.locator(".saved-item").count(), 0, "this tab still showed deleted items");
  await page.goto(`${ORIGIN}/#/guide/tvrh`);
  await page.getByRole("button", { name: message("en", "saved-save"), exact: true }).waitFor();
  assert.equal(await page.locator("button[aria-pressed=true]").count(), 0);

  // The other tab heard it, without a reload.
  await other.bringToFront();
  await other.locator("main p.empty").waitFor({ timeout: 10_000 });
  assert.equal(await other.locator(".saved-item").count(), 0, "the other tab still showed deleted items");
  await screenshot(other, "en-wipe-second-tab");
  // Neither tab made the deleted database again just by listening.
  const databases = await other.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
  assert.deepEqual(databases, []);
  await context.close();
});

test("Settings says whether the browser promised to keep saved items", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await openIn(page, "es", "/settings");
  // On this machine's own address the browser offers persistent storage; nothing asked yet.
  await page.getByText(message("es", "storage-persist-not-asked")).waitFor();
  await page.goto(`${ORIGIN}/#/guide/tvrh`);
  await saveHere(page, "es");
  await page.goto(`${ORIGIN}/#/settings`);
  const answered = page.locator(".storage-persist");
  await answered.waitFor();
  const text = await answered.textContent();
  assert.ok(
    [message("es", "storage-persist-granted"), message("es", "storage-persist-refused")].includes(text),
    `asked on the first save: ${text}`,
  );
  await answered.scrollIntoViewIfNeeded();
  await screenshot(page, "es-settings-persist");
  await context.close();
});

test("over plain HTTP at another name (as on the Wi-Fi share) Settings says the browser may clear saved items", async () => {
  // A name that is not this device's own: the page is not a secure context, as http://192.168.x.y is not.
  const browser = await launch([`--host-resolver-rules=MAP rumbo.test 127.0.0.1`]);
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  const origin = ORIGIN.replace("127.0.0.1", "rumbo.test");
  await page.goto(`${origin}/#/settings`);
  await page.getByRole("button", { name: new RegExp(message("en", "language-name")) }).first().click();
  const unavailable = page.getByText(message("en", "storage-persist-unavailable"));
  await unavailable.waitFor();
  assert.equal(await page.evaluate(() => window.isSecureContext), false);
  await unavailable.scrollIntoViewIfNeeded();
  await screenshot(page, "en-settings-persist-unavailable");
  await browser.close();
});
