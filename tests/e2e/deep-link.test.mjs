// A link into one screen of the root page (index.html?lang=ru#/guide/rights: what a static page's "Open the full
// app" leads to, and what the worker answers for a static page offline): the page shows that screen, in that
// language, until the app takes it over (boot.js), never the Spanish home the root page carries.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { withRumbo, newPhone, openIn, message, offlineInEnglish, ORIGIN, LANGS, SCREENSHOTS } from "./support.mjs";

const rumbo = withRumbo();
const SHOTS = process.env.RUMBO_STATIC_SHOTS || path.join(SCREENSHOTS, "static");
mkdirSync(SHOTS, { recursive: true });

/** Where the screen's heading is in the window. */
const headingTop = (page) =>
  page.evaluate(() => Math.round(document.querySelector("main h1").getBoundingClientRect().top));

/** From the page's first frame on, the heading each frame shows ("" while none shows), in `window.headings_`. */
const RECORD_HEADINGS = `
  window.headings_ = [];
  const tick = () => {
    const h1 = document.querySelector("main h1");
    window.headings_.push(h1 && h1.getBoundingClientRect().height > 0 ? h1.innerText : "");
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
`;

/** Holds every request for the app's wasm until the returned function is called. */
async function holdApp(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test("a link into one screen of the root page shows that screen in its language, never the Spanish home, until the app takes it over", async () => {
  for (const lang of LANGS) {
    const { context, page } = await newPhone(rumbo.browser);
    const release = await holdApp(page);
    await page.addInitScript({ content: RECORD_HEADINGS });
    // What a static page's "Open the full app" leads to.
    await page.goto(`${ORIGIN}/index.html?lang=${lang}#/guide/rights`);
    const title = message(lang, "guide-rights-title");
    await page.locator("#static main h1", { hasText: title }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await page.locator("#static .open-app").count(), 0, "no link to the app that is on its way");
    // Its links, written for its language's folder, lead there from the root page.
    assert.equal(await page.locator("#static a.brand").evaluate((a) => a.href), `${ORIGIN}/${lang}/index.html`);
    await page.screenshot({ path: path.join(SHOTS, `deep-link-${lang}-before.png`) });
    // Scrolled a little, as in the home's takeover: the app, for a person who has chosen a language, has no row
    // of languages above its header, and at the very top nothing could keep the text from moving up by that row.
    await page.evaluate(() => window.scrollTo(0, 150));
    const before = await headingTop(page);
    release();
    await page.locator("#static").waitFor({ state: "detached" });
    await page.locator("#main main h1", { hasText: title }).waitFor();
    const after = await headingTop(page);
    assert.equal(after, before, "the heading stays where it was");
    const shown = new Set(await page.evaluate(() => window.headings_));
    assert.deepEqual([...shown].filter((h) => h !== "" && h !== title), [], `${lang}: frames showed another screen`);
    await page.screenshot({ path: path.join(SHOTS, `deep-link-${lang}-after.png`) });
    await context.close();
  }
});

test("offline, a static page opens the app at its screen without showing the Spanish home first", async () => {
  const { context, page } = await offlineInEnglish(rumbo.browser);
  await page.addInitScript({ content: RECORD_HEADINGS });
  await page.goto(`${ORIGIN}/ru/guide-rights.html`);
  const title = message("ru", "guide-rights-title");
  await page.locator("#main main h1", { hasText: title }).waitFor();
  const shown = new Set(await page.evaluate(() => window.headings_));
  assert.deepEqual([...shown].filter((h) => h !== "" && h !== title), [], "frames showed another screen");
  await context.close();
});

test("a link into a screen with no static page shows the static home while the app loads", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await holdApp(page);
  await page.goto(`${ORIGIN}/#/no-such-screen`);
  await page.locator("#static main h1", { hasText: message("es", "home-title") }).waitFor({ timeout: 10000 });
  await context.close();
});

test("a static home's link to the full app shows the home in its own language, never the Spanish one, until the app takes it over", async () => {
  for (const lang of LANGS.filter((l) => l !== "es")) {
    const { context, page } = await newPhone(rumbo.browser);
    const release = await holdApp(page);
    await page.addInitScript({ content: RECORD_HEADINGS });
    await page.goto(`${ORIGIN}/index.html?lang=${lang}#/`);
    const title = message(lang, "home-title");
    await page.locator("#static main h1", { hasText: title }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    await page.screenshot({ path: path.join(SHOTS, `deep-link-home-${lang}-before.png`) });
    release();
    await page.locator("#static").waitFor({ state: "detached" });
    await page.locator("#main main h1", { hasText: title }).waitFor();
    const shown = new Set(await page.evaluate(() => window.headings_));
    assert.deepEqual([...shown].filter((h) => h !== "" && h !== title), [], `${lang}: frames showed another home`);
    await context.close();
  }
});

test("a language Rumbo does not have in the link (?lang=fr) leaves a returning reader's own language", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await holdApp(page);
  await page.addInitScript({ content: 'localStorage.setItem("rumbo.lang", "ru");' });
  await page.goto(`${ORIGIN}/index.html?lang=fr#/`);
  await page.locator("#static main h1", { hasText: message("ru", "home-title") }).waitFor();
  await context.close();
});

test("offline, a returning reader of English, Creole or Russian reads their own home from the worker before the app starts, never the Spanish one", async () => {
  for (const lang of LANGS.filter((l) => l !== "es")) {
    const { context, page } = await newPhone(rumbo.browser);
    await openIn(page, lang);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // The app never starts (its wasm gone from the worker's cache and the browser's, and no network): what shows
    // is boot.js's alone.
    const removed = await page.evaluate(async () => {
      const cache = await caches.open((await caches.keys()).find((k) => k.startsWith("rumbo-")));
      const wasm = (await cache.keys()).filter((r) => r.url.endsWith(".wasm"));
      return (await Promise.all(wasm.map((r) => cache.delete(r)))).length;
    });
    assert.equal(removed, 1, "the app's wasm was in the cache");
    await (await context.newCDPSession(page)).send("Network.clearBrowserCache");
    await context.setOffline(true);
    await page.addInitScript({ content: RECORD_HEADINGS });
    await page.reload();
    const title = message(lang, "home-title");
    await page.locator("#static main h1", { hasText: title }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    // Past boot.js's 4 s, when it would show the Spanish home if it had nothing else.
    await page.waitForTimeout(4500);
    const shown = new Set(await page.evaluate(() => window.headings_));
    assert.deepEqual([...shown].filter((h) => h !== "" && h !== title), [], `${lang}: frames showed another home`);
    await page.screenshot({ path: path.join(SHOTS, `worker-home-${lang}.png`) });
    await context.close();
  }
});

test("offline, a worker without the reader's home (an older version's) shows no Spanish home: the app comes instead", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await openIn(page, "ru");
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const removed = await page.evaluate(async () => {
    const cache = await caches.open((await caches.keys()).find((k) => k.startsWith("rumbo-")));
    return cache.delete(new URL("ru/index.html", location.href).href);
  });
  assert.equal(removed, true, "the Russian home was in the cache");
  await context.setOffline(true);
  await page.addInitScript({ content: RECORD_HEADINGS });
  await page.reload();
  const title = message("ru", "home-title");
  await page.locator("#main main h1", { hasText: title }).waitFor();
  const shown = new Set(await page.evaluate(() => window.headings_));
  assert.deepEqual([...shown].filter((h) => h !== "" && h !== title), [], "frames showed another home");
  await context.close();
});
