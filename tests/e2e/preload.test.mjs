// The app's wasm is the bulk of a first visit (0.8 MB with brotli). boot.js starts its download while the root
// page arrives, instead of once the JavaScript loader has come and run, and only where the app can start: a
// browser without script would otherwise download it for nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { withRumbo, newPhone, ORIGIN, WEB_DIR } from "./support.mjs";

const rumbo = withRumbo();
const isWasm = (url) => url.endsWith(".wasm");

test("the wasm is fetched once, by boot.js's preload, and the loader takes that download", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  const console_ = [];
  page.on("console", (m) => console_.push(m.text()));
  // The page's own requests (the service worker's precache takes its copy from the HTTP cache afterwards).
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${ORIGIN}/`);
  await page.locator("#main main h1").waitFor();
  const wasm = await page.evaluate(() =>
    performance.getEntriesByType("resource").filter((e) => e.name.endsWith(".wasm")).map((e) => e.initiatorType),
  );
  assert.deepEqual(wasm, ["link"], "one download of the wasm, started by the preload link");
  assert.equal(requests.filter(isWasm).length, 1, "the loader did not download it a second time");
  // A preload the loader could not use (another credentials mode) would be downloaded twice and reported.
  assert.deepEqual(console_.filter((t) => /preload/i.test(t)), []);
  await context.close();
});

test("without JavaScript, or opened from a folder on disk, the page never downloads the wasm", async () => {
  const off = await newPhone(rumbo.browser, { javaScriptEnabled: false });
  await off.page.goto(`${ORIGIN}/`, { waitUntil: "load" });
  await off.page.locator("#static main h1").waitFor();
  await off.page.waitForTimeout(500);
  assert.deepEqual(off.requests.filter(isWasm), []);
  await off.context.close();

  const disk = await newPhone(rumbo.browser);
  await disk.page.goto(pathToFileURL(path.join(WEB_DIR, "index.html")).href, { waitUntil: "load" });
  await disk.page.locator("#static main h1").waitFor();
  await disk.page.waitForTimeout(500);
  assert.deepEqual(disk.requests.filter(isWasm), [], "from file:// the app never starts: nothing to fetch");
  // Chromium might refuse a file: preload before any request is seen: the page itself must not ask for it.
  assert.equal(await disk.page.locator('link[rel="preload"][href$=".wasm"]').count(), 0);
  await disk.context.close();
});
