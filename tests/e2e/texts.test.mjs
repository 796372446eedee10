// The release wasm carries Spanish's texts only; English, Creole and Russian are files beside it
// (assets/texts-<lang>-<digest>.json), fetched for the language a start shows before the app draws, and the rest a
// few seconds after it is interactive. A person never sees the app in a language they did not pick, and a
// language that cannot be fetched is said so, in that language.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { withRumbo, newPhone, openIn, message, heading, ORIGIN, SCREENSHOTS } from "./support.mjs";

const rumbo = withRumbo();
const texts = (lang) => new RegExp(`/assets/texts-${lang}-[0-9a-f]{16}\\.json$`);
const switchTo = (page, shown, lang) =>
  page.getByRole("combobox", { name: message(shown, "language-switch-label"), exact: true }).selectOption(lang);

/** Every fetch of `lang`'s texts answered only after `ms`, as on a slow network. */
const slowTexts = (context, lang, ms) =>
  context.route(texts(lang), async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });

/** The start times of the page's fetches of texts files, and of the moment the app was interactive. */
const timings = (page) =>
  page.evaluate(() => ({
    texts: performance
      .getEntriesByType("resource")
      .filter((e) => /\/assets\/texts-/.test(e.name))
      .map((e) => ({ name: e.name, start: e.startTime, initiator: e.initiatorType })),
    interactive: performance.getEntriesByName("rumbo-interactive")[0]?.startTime,
  }));

test("a Spanish start asks for no other texts until it is interactive; then each once, so an offline switch works without a worker", async () => {
  // No worker: plain HTTP on a local network, where nothing is kept offline for the page.
  const { context, page, requests } = await newPhone(rumbo.browser, { serviceWorkers: "block" });
  await openIn(page, "es", "/deadline");
  await page.waitForFunction(() => performance.getEntriesByName("rumbo-interactive").length > 0);
  await page.waitForFunction(
    () => performance.getEntriesByType("resource").filter((e) => /\/assets\/texts-/.test(e.name)).length === 3,
    null,
    { timeout: 20_000 },
  );
  const { texts: fetched, interactive } = await timings(page);
  for (const entry of fetched) assert.ok(entry.start > interactive, `${entry.name} after the app was interactive`);
  for (const lang of ["en", "ht", "ru"]) {
    assert.equal(requests.filter((url) => texts(lang).test(url)).length, 1, `${lang}: one request`);
  }
  assert.equal(requests.filter((url) => /texts-es/.test(url)).length, 0, "Spanish is in the wasm");

  await context.setOffline(true);
  await switchTo(page, "es", "ru");
  await page.waitForFunction(() => document.documentElement.lang === "ru");
  assert.equal(await heading(page), message("ru", "deadline-title"));
  await context.close();
});

test("a returning reader's texts come with the page, by boot.js's preload, and the first screen is in their language", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  // The page's own requests (the worker's precache takes its copy from the HTTP cache afterwards).
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await context.addInitScript(() => {
    localStorage.setItem("rumbo.lang", "en");
    // The first heading the app draws, before anything could change it.
    new MutationObserver((_, watch) => {
      const h1 = document.querySelector("#main main h1");
      if (h1 && window.__firstHeading === undefined) {
        window.__firstHeading = h1.textContent.trim();
        watch.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const said = [];
  page.on("console", (m) => said.push(m.text()));
  await page.goto(`${ORIGIN}/#/deadline`);
  await page.locator("#main main h1").waitFor();
  assert.equal(await page.evaluate(() => window.__firstHeading), message("en", "deadline-title"));
  const { texts: fetched } = await timings(page);
  const english = fetched.filter((e) => texts("en").test(e.name));
  assert.deepEqual(english.map((e) => e.initiator), ["link"], "one download, started by the preload link");
  assert.equal(requests.filter((url) => texts("en").test(url)).length, 1, "the app took the preloaded one");
  // Chromium reports a preload left unused a few seconds after the load event.
  await page.waitForTimeout(3500);
  assert.deepEqual(said.filter((t) => /preload/i.test(t)), [], "no preload left unused");
  await context.close();
});

test("a language whose texts cannot be fetched is said so in that language, and the screen stays as it was", async () => {
  const { context, page } = await newPhone(rumbo.browser, { serviceWorkers: "block" });
  const blocked = (route) => route.abort("internetdisconnected");
  await context.route(texts("en"), blocked);
  await openIn(page, "es", "/deadline");
  await switchTo(page, "es", "en");
  const notice = page.locator(".language-unavailable");
  await notice.waitFor();
  assert.equal(await notice.getAttribute("lang"), "en");
  assert.equal((await notice.textContent()).trim(), message("en", "language-unavailable"));
  assert.equal(await page.evaluate(() => document.documentElement.lang), "es");
  assert.equal(await heading(page), message("es", "deadline-title"));
  assert.equal(await page.locator("#language-switch").inputValue(), "es", "the switch shows the language in use");
  // And again, after a second try that fails the same way.
  await switchTo(page, "es", "en");
  await page.waitForFunction(() => document.getElementById("language-switch").value === "es");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "es");
  assert.equal(await notice.count(), 1);

  // Back on the network, the same choice works.
  await context.unroute(texts("en"), blocked);
  await switchTo(page, "es", "en");
  await page.waitForFunction(() => document.documentElement.lang === "en");
  assert.equal(await heading(page), message("en", "deadline-title"));
  assert.equal(await notice.count(), 0);
  await context.close();
});

test("a damaged texts file is refused: the app starts in Spanish and says why in the reader's language", async () => {
  const { context, page } = await newPhone(rumbo.browser, { serviceWorkers: "block" });
  await context.addInitScript(() => localStorage.setItem("rumbo.lang", "ru"));
  await context.route(texts("ru"), (route) => route.fulfill({ contentType: "text/html", body: "<html>Not found</html>" }));
  await page.goto(`${ORIGIN}/#/deadline`);
  const notice = page.locator(".language-unavailable");
  await notice.waitFor();
  assert.equal(await notice.getAttribute("lang"), "ru");
  assert.equal((await notice.textContent()).trim(), message("ru", "language-unavailable"));
  assert.equal(await heading(page), message("es", "deadline-title"));
  await context.close();
});

test("a language chosen and then changed for another before its texts came does not take over when they come", async () => {
  const { context, page } = await newPhone(rumbo.browser, { serviceWorkers: "block" });
  // Russian's texts take two seconds.
  await slowTexts(context, "ru", 2000);
  await openIn(page, "es", "/deadline");
  await switchTo(page, "es", "ru");
  await switchTo(page, "es", "en");
  await page.waitForFunction(() => document.documentElement.lang === "en");
  await page.waitForResponse(texts("ru"));
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en", "the later choice stands");
  assert.equal(await heading(page), message("en", "deadline-title"));
  await context.close();
});

test("a start whose texts do not come within seconds starts in Spanish and says why, instead of waiting on", async () => {
  const { context, page } = await newPhone(rumbo.browser, { serviceWorkers: "block" });
  await context.addInitScript(() => localStorage.setItem("rumbo.lang", "en"));
  // A stalled network: the request is never answered.
  await context.route(texts("en"), () => {});
  await page.goto(`${ORIGIN}/#/deadline`);
  const notice = page.locator(".language-unavailable");
  await notice.waitFor({ timeout: 20_000 });
  assert.equal(await notice.getAttribute("lang"), "en");
  assert.equal(await heading(page), message("es", "deadline-title"));
  await context.close();
});

test("while a chosen language's texts are on their way, the page says so in that language, and no longer once they came", async () => {
  const { context, page } = await newPhone(rumbo.browser, { serviceWorkers: "block" });
  // Russian's texts take two and a half seconds, as on a slow network before they were fetched in the background.
  await slowTexts(context, "ru", 2500);
  await openIn(page, "es", "/deadline");
  await switchTo(page, "es", "ru");
  const status = page.locator(".language-loading");
  await status.waitFor({ state: "visible" });
  assert.equal(await status.getAttribute("role"), "status");
  assert.equal(await status.getAttribute("lang"), "ru");
  assert.equal((await status.textContent()).trim(), message("ru", "language-loading"));
  assert.equal(await page.locator(".language-switch").getAttribute("aria-busy"), "true");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "es", "still Spanish meanwhile");
  // Seen after its moment's delay, while the texts are still on their way.
  await page.waitForFunction(() => getComputedStyle(document.querySelector(".language-loading")).opacity === "1");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "es");
  await page.screenshot({ path: path.join(SCREENSHOTS, "language-loading-ru.png") });
  await page.waitForFunction(() => document.documentElement.lang === "ru");
  assert.equal(await heading(page), message("ru", "deadline-title"));
  await status.waitFor({ state: "hidden" });
  assert.equal((await status.textContent()).trim(), "");
  assert.equal(await page.locator(".language-switch").getAttribute("aria-busy"), null);
  await context.close();
});

test("texts that come within a moment (a worker's cache, a fast network) show no loading line, with reduced motion too", async () => {
  for (const reducedMotion of ["no-preference", "reduce"]) {
    const { context, page } = await newPhone(rumbo.browser, { serviceWorkers: "block", reducedMotion });
    await slowTexts(context, "ru", 50);
    await openIn(page, "es", "/deadline");
    // Every frame: was the line there with its words, and could it be seen?
    await page.evaluate(() => {
      window.loadingSeen_ = { filled: false, visible: false };
      const tick = () => {
        const p = document.querySelector(".language-loading");
        if (p && p.textContent.trim() !== "") {
          window.loadingSeen_.filled = true;
          if (Number(getComputedStyle(p).opacity) > 0) window.loadingSeen_.visible = true;
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await switchTo(page, "es", "ru");
    await page.waitForFunction(() => document.documentElement.lang === "ru");
    assert.deepEqual(await page.evaluate(() => window.loadingSeen_), { filled: true, visible: false }, reducedMotion);
    await context.close();
  }
});
