// After one visit, Rumbo opens with no network, deep links included, and never contacts another host.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withRumbo, newPhone, foreignRequests, openIn, ORIGIN, message, heading } from "./support.mjs";

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
