// After one visit, Rumbo opens with no network, deep links included, and never contacts another host.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  withRumbo,
  newPhone,
  foreignRequests,
  openIn,
  startServer,
  ORIGIN,
  PORT,
  WEB_DIR,
  message,
  heading,
} from "./support.mjs";

const rumbo = withRumbo();

test("one visit, then a reload with the network off opens a deep link", async () => {
  const { context, page, requests } = await newPhone(rumbo.browser);
  await openIn(page, "ht");
  // The worker precaches during install and claims the page at once: no second online load needed.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });

  await context.setOffline(true);
  await page.goto(`${ORIGIN}/#/deadline`);
  assert.equal(await heading(page), message("ht", "deadline-title"));
  await page.reload();
  assert.equal(await heading(page), message("ht", "deadline-title"));
  await page.getByRole("link", { name: message("ht", "nav-directory"), exact: true }).click();
  assert.equal(await heading(page), message("ht", "directory-title"));

  assert.deepEqual(foreignRequests(requests), []);
  await context.close();
});

test("the worker precaches every file of the build and nothing from elsewhere", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await openIn(page, "es");
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith("rumbo-")));
    return (await cache.keys()).map((r) => r.url);
  });
  for (const file of ["/index.html", "/manifest.webmanifest", "/icons/icon-192.png"]) {
    assert.ok(cached.includes(ORIGIN + file), `${file} precached`);
  }
  assert.ok(cached.some((u) => u.endsWith(".wasm")), "the app itself is precached");
  assert.deepEqual(foreignRequests(cached), []);
  await context.close();
});

test("the manifest lets the app be installed", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  const response = await page.goto(`${ORIGIN}/manifest.webmanifest`);
  const manifest = await response.json();
  assert.equal(manifest.display, "standalone");
  assert.ok(manifest.start_url && manifest.theme_color && manifest.short_name);
  for (const icon of manifest.icons) {
    const r = await page.request.get(new URL(icon.src, `${ORIGIN}/`).href);
    assert.equal(r.status(), 200, icon.src);
  }
  await context.close();
});

const controlled = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });

/** Polls `read` in the page until `done(value)`, within 30 s; returns the last value. */
async function until(page, read, done, arg, timeout = 30_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(read, arg);
    if (done(value) || Date.now() > end) return value;
    await page.waitForTimeout(200);
  }
}

test("the worker answers only Rumbo's own page, never another address under the same origin", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await openIn(page, "en");
  await controlled(page);
  const address = `${ORIGIN}/another-project/page.html`;
  const answer = page.waitForResponse(address);
  // Chromium shows its own error page for the server's empty 404, so goto itself fails: the answer is what counts.
  await page.goto(address).catch(() => {});
  const other = await answer;
  assert.equal(other.fromServiceWorker(), false, "not answered by Rumbo's worker");
  assert.equal(other.status(), 404);
  // Rumbo's own page still opens offline, at its address and as index.html.
  await context.setOffline(true);
  for (const address of [`${ORIGIN}/#/guides`, `${ORIGIN}/index.html#/guides`]) {
    const own = await page.goto(address);
    assert.ok(own.fromServiceWorker(), address);
    assert.equal(await heading(page), message("en", "guides-title"));
  }
  await context.close();
});

test("a new version waits until no page runs the old one, then replaces it", async () => {
  // A copy of the bundle on its own port, so its worker can be replaced by a "next version".
  const dir = mkdtempSync(path.join(os.tmpdir(), "rumbo-update-"));
  cpSync(WEB_DIR, dir, { recursive: true });
  const port = PORT + 1;
  const origin = `http://127.0.0.1:${port}`;
  let stop = await startServer({ dir, port });
  const { context, page } = await newPhone(rumbo.browser);
  try {
    await openIn(page, "es", "/deadline", origin);
    await controlled(page);
    const [old] = await page.evaluate(() => caches.keys());
    await page.evaluate(() => {
      window.__controllerChanged = false;
      navigator.serviceWorker.addEventListener("controllerchange", () => (window.__controllerChanged = true));
    });

    // The next build is published (a new server process, so nothing of the old one is cached).
    await stop();
    const next = `${old}-next`;
    const sw = readFileSync(path.join(dir, "sw.js"), "utf8");
    assert.ok(sw.includes(`"${old}"`));
    writeFileSync(path.join(dir, "sw.js"), sw.replace(`"${old}"`, `"${next}"`));
    stop = await startServer({ dir, port });
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    const state = () =>
      navigator.serviceWorker.getRegistration().then(async (r) => ({
        caches: (await caches.keys()).sort(),
        waiting: r.waiting?.state ?? null,
        changed: window.__controllerChanged,
      }));
    const installed = await until(page, state, (s) => s.waiting === "installed" || !s.caches.includes(old));
    // The open page keeps the version it runs, and every file of it: nothing was taken over or deleted.
    assert.deepEqual(installed, { caches: [old, next].sort(), waiting: "installed", changed: false });
    await context.setOffline(true);
    await page.reload();
    assert.equal(await heading(page), message("es", "deadline-title"));
    await context.setOffline(false);

    // Once no page runs the old version, the next visit runs the new one, and the old copy is gone.
    await page.close();
    // The browser activates the waiting version once no page runs the old one. A page opened in the same instant
    // may still be given the old one (the standard lifecycle; a loaded machine shows it): the person's "later"
    // is then the next visit, so a visit that still finds both copies is closed and made again.
    let later;
    let after;
    for (let visit = 0; visit < 6; visit++) {
      later = await context.newPage();
      await later.goto(`${origin}/#/deadline`);
      assert.equal(await heading(later), message("es", "deadline-title"));
      after = await until(later, () => caches.keys(), (keys) => keys.length === 1, null, 5_000);
      if (after.length === 1) break;
      await later.close();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    assert.deepEqual(after, [next]);
    await controlled(later);
    await context.setOffline(true);
    await later.reload();
    assert.equal(await heading(later), message("es", "deadline-title"));
  } finally {
    await context.close();
    await stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
