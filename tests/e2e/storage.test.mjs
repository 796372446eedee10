// What the browser keeps can be damaged or come from a newer Rumbo: the person is told once, the old bytes are
// kept aside, and a newer database is never overwritten.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withRumbo, newPhone, openIn, ORIGIN, message, screenshot } from "./support.mjs";

const rumbo = withRumbo();

/**
 * Changes or reads what the app keeps in IndexedDB, in one transaction. `what` is "damage" (random bytes in
 * place of the database), "newer" (the schema version raised, as a newer Rumbo would) or "read". Resolves to
 * the stored keys and the database's bytes. (No eval in the page: Rumbo's Content Security Policy forbids it.)
 */
function store(page, what) {
  return page.evaluate(
    (what) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open("rumbo", 1);
        open.onupgradeneeded = () => open.result.createObjectStore("sqlite");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction("sqlite", what === "read" ? "readonly" : "readwrite");
          const objects = tx.objectStore("sqlite");
          const main = objects.get("main");
          let bytes;
          main.onsuccess = () => {
            bytes = main.result ? new Uint8Array(main.result) : null;
            if (what === "damage") {
              bytes = crypto.getRandomValues(new Uint8Array(4096));
              objects.put(bytes, "main");
            } else if (what === "newer") {
              // SQLite keeps the schema version (user_version) at bytes 60-63 of the file.
              bytes.set([0, 0, 0, 99], 60);
              objects.put(bytes, "main");
            }
          };
          const keys = objects.getAllKeys();
          tx.oncomplete = () => {
            db.close();
            resolve({ keys: keys.result.map(String), main: bytes ? Array.from(bytes) : null });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    what,
  );
}

test("damaged saved data is kept aside, the person is told once, and saving works again", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await openIn(page, "en", "/guides");
  // Not a database: random bytes where the database should be.
  await store(page, "damage");
  await page.goto(`${ORIGIN}/#/guide/decision-appeal`);
  await page.reload();
  const notice = page.getByText(message("en", "saved-notice-set-aside"));
  await notice.waitFor();
  await screenshot(page, "en-storage-damaged");
  const { keys } = await store(page, "read");
  assert.ok(keys.some((key) => key.startsWith("damaged-")), `kept aside: ${keys.join(", ")}`);

  await page.getByRole("button", { name: message("en", "saved-notice-ok") }).click();
  await page.getByRole("button", { name: message("en", "saved-save") }).click();
  await page.getByRole("button", { name: message("en", "saved-yes") }).waitFor();
  await page.reload();
  await page.getByRole("button", { name: message("en", "saved-yes") }).waitFor();
  assert.equal(await notice.count(), 0, "told only once");
  await context.close();
});

test("saved data from a newer Rumbo is shown, read-only, and never overwritten", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await openIn(page, "es", "/guide/tvrh");
  await page.getByRole("button", { name: message("es", "saved-save") }).click();
  await page.getByRole("button", { name: message("es", "saved-yes") }).waitFor();
  // A newer Rumbo would have raised the schema version: SQLite keeps it at bytes 60–63 of the file.
  const before = (await store(page, "newer")).main;
  await page.reload();
  await page.getByText(message("es", "saved-notice-newer")).first().waitFor();
  // Its items are there, and nothing offers to change them.
  await page.goto(`${ORIGIN}/#/saved`);
  await page.locator(".saved-item").first().waitFor();
  assert.equal(await page.locator(".saved-item .card-title").first().textContent(), message("es", "guide-tvrh-title"));
  await page.goto(`${ORIGIN}/#/guide/rights`);
  await page.locator("main h1").waitFor();
  assert.equal(await page.getByRole("button", { name: message("es", "saved-save") }).count(), 0);
  await screenshot(page, "es-storage-newer");
  const after = await store(page, "read");
  assert.deepEqual(after.main, before, "the newer database is byte for byte the same");
  await context.close();
});
