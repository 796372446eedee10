// The static pages (rumbo-cli export static): readable with JavaScript off, from a server and from a folder on
// disk (file://), in every language; and with JavaScript, the app takes over the root page without a flash.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, mkdirSync } from "node:fs";
import { pathToFileURL } from "node:url";
import path from "node:path";
import {
  withRumbo,
  newPhone,
  stubNeutralSite,
  foreignRequests,
  message,
  openIn,
  heading,
  offlineInEnglish,
  ORIGIN,
  LANGS,
  NATIVE_NAMES,
  WEB_DIR,
  SCREENSHOTS,
} from "./support.mjs";

const rumbo = withRumbo();
const SHOTS = process.env.RUMBO_STATIC_SHOTS || path.join(SCREENSHOTS, "static");
mkdirSync(SHOTS, { recursive: true });

/** Every static page of a language, by file name. */
const pagesOf = (lang) => readdirSync(path.join(WEB_DIR, lang)).filter((n) => n.endsWith(".html")).sort();

/** A message id as the page would show it if a message were missing: "guide-rights-title" and the like. */
const RAW_ID = /\b(?:guide|directory|entry|deadline|static|settings|nav|home|exit|saved|official|case)-[a-z0-9]+(?:-[a-z0-9]+)+\b/;

for (const lang of LANGS) {
  test(`every static page in ${lang} reads without JavaScript, with no raw message id`, async () => {
    const { context, page, requests } = await newPhone(rumbo.browser, { javaScriptEnabled: false });
    for (const name of pagesOf(lang)) {
      const response = await page.goto(`${ORIGIN}/${lang}/${name}`);
      assert.equal(response.status(), 200, name);
      assert.equal(await page.getAttribute("html", "lang"), lang);
      const text = await page.locator("main").innerText();
      assert.ok(text.trim().length > 40, `${lang}/${name} has hardly any text`);
      assert.doesNotMatch(await page.locator("body").innerText(), RAW_ID, `${lang}/${name}`);
      // Styled: the page's style sheet arrived (the exit link is red, not a blue underlined link).
      const exit = page.locator("a.exit-button");
      assert.equal(await exit.innerText(), message(lang, "exit-button"));
      assert.notEqual(await exit.evaluate((a) => getComputedStyle(a).backgroundColor), "rgba(0, 0, 0, 0)");
    }
    assert.deepEqual(foreignRequests(requests), []);
    await context.close();
  });
}

test("without JavaScript, links move between pages and languages, and the quick-exit link leaves", async () => {
  const { context, page } = await newPhone(rumbo.browser, { javaScriptEnabled: false });
  await stubNeutralSite(context);
  await page.goto(`${ORIGIN}/es/index.html`);
  await page.getByRole("link", { name: message("es", "nav-guides") }).first().click();
  await page.waitForURL(/\/es\/guides\.html$/);
  await page.getByRole("link", { name: message("es", "guide-rights-title") }).first().click();
  await page.waitForURL(/\/es\/guide-rights\.html$/);
  assert.equal((await page.locator("main h1").innerText()).trim(), message("es", "guide-rights-title"));
  // The same section in English, by the language's own name at the top.
  await page.getByRole("link", { name: NATIVE_NAMES.en, exact: true }).click();
  await page.waitForURL(/\/en\/guide-rights\.html$/);
  assert.equal((await page.locator("main h1").innerText()).trim(), message("en", "guide-rights-title"));
  // Tap-to-call in the directory.
  await page.getByRole("link", { name: message("en", "nav-directory") }).first().click();
  await page.waitForURL(/\/en\/directory\.html$/);
  assert.ok((await page.locator('a[href="tel:911"]').count()) > 0);
  // Settings says what needs JavaScript.
  await page.goto(`${ORIGIN}/en/settings.html`);
  assert.match(await page.locator("main").innerText(), new RegExp(message("en", "static-settings-shift").slice(0, 30)));
  await page.getByRole("link", { name: message("en", "exit-button") }).click();
  await page.waitForURL(/google\.com/);
  await context.close();
});

test("without JavaScript, My case and its card say in one line that they need the app and offer the guides", async () => {
  const { context, page } = await newPhone(rumbo.browser, { javaScriptEnabled: false });
  for (const lang of LANGS) {
    for (const [name, line] of [["case.html", "static-needs-app-case"], ["case-card.html", "static-needs-app-card"]]) {
      await page.goto(`${ORIGIN}/${lang}/${name}`);
      assert.equal((await page.locator("main .needs-app").innerText()).trim(), message(lang, line), `${lang}/${name}`);
      assert.equal(await page.locator("main input, main button").count(), 0, `${lang}/${name}: no form`);
      await page.locator("main").getByRole("link", { name: message(lang, "guides-title"), exact: true }).click();
      await page.waitForURL(new RegExp(`/${lang}/guides\\.html$`));
    }
  }
  await context.close();
});

test("the root page is readable without JavaScript, with the four languages at the top and a useful noscript", async () => {
  const { context, page } = await newPhone(rumbo.browser, { javaScriptEnabled: false });
  await page.goto(`${ORIGIN}/`);
  assert.equal((await page.locator("#static main h1").innerText()).trim(), message("es", "home-title"));
  const languages = page.locator(".language-links a");
  assert.deepEqual(await languages.allInnerTexts(), LANGS.map((l) => NATIVE_NAMES[l]));
  assert.match(await page.locator("body").innerText(), new RegExp(message("en", "static-noscript").slice(0, 40)));
  await languages.nth(LANGS.indexOf("ru")).click();
  await page.waitForURL(/\/ru\/index\.html$/);
  await context.close();
});

test("the static pages read from a folder on disk (file://)", async () => {
  const { context, page } = await newPhone(rumbo.browser, { javaScriptEnabled: false });
  for (const lang of LANGS) {
    await page.goto(pathToFileURL(path.join(WEB_DIR, lang, "guide-rights.html")).href);
    assert.equal((await page.locator("main h1").innerText()).trim(), message(lang, "guide-rights-title"));
    const exit = page.locator("a.exit-button");
    assert.notEqual(await exit.evaluate((a) => getComputedStyle(a).backgroundColor), "rgba(0, 0, 0, 0)", "styled");
    await page.screenshot({ path: path.join(SHOTS, `file-${lang}-guide-rights.png`) });
    await page.getByRole("link", { name: message(lang, "nav-deadline") }).first().click();
    assert.ok((await page.locator("table.deadline-table tbody tr").count()) > 100, `${lang}: the deadline table`);
  }
  await context.close();
});

test("screenshots of the static pages with JavaScript off, in every language", async () => {
  const { context, page } = await newPhone(rumbo.browser, { javaScriptEnabled: false });
  for (const lang of LANGS) {
    for (const name of ["index.html", "guide-rights.html", "directory.html", "deadline.html", "settings.html", "case.html"]) {
      await page.goto(`${ORIGIN}/${lang}/${name}`);
      await page.screenshot({ path: path.join(SHOTS, `${lang}-${name.replace(".html", "")}.png`) });
    }
  }
  await page.goto(`${ORIGIN}/`);
  await page.screenshot({ path: path.join(SHOTS, "root.png") });
  await context.close();
});

/**
 * What the person sees: the text inside the viewport, where the heading is, the scroll position and what has
 * focus. The text stops at the search: the page says there in one line that it needs the app, and the app puts
 * its search field there (what needs the app is filled in by the app); the place keeps its height, so what
 * follows does not move (its bottom edge is compared).
 */
function seen() {
  const root = document.getElementById("static") || document.getElementById("main");
  const search = root.querySelector(".search, .needs-app");
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const words = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (search && search.compareDocumentPosition(node) & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY)) break;
    if (node.parentElement.closest(".visually-hidden") || !node.parentElement.checkVisibility()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const visible = [...range.getClientRects()].some((r) => r.width > 0 && r.bottom > 0 && r.top < innerHeight);
    if (visible && node.textContent.trim()) words.push(node.textContent.trim());
  }
  const h1 = document.querySelector("main h1");
  const focused = document.activeElement;
  return {
    heading: h1 && h1.getBoundingClientRect().height > 0 ? h1.innerText : "",
    headingTop: h1 && Math.round(h1.getBoundingClientRect().top),
    searchBottom: search && Math.round(search.getBoundingClientRect().bottom),
    text: words.join(" "),
    y: scrollY,
    focus: focused && focused !== document.body ? focused.textContent.trim() : "",
  };
}

for (const visit of ["returning", "first"]) {
  test(`with JavaScript the app takes over the root page with no change of text, scroll or focus (${visit} visit)`, async () => {
    const { context, page } = await newPhone(rumbo.browser);
    // A person who chose Spanish before, or nobody yet: either way the app shows the home the static page shows.
    if (visit === "returning") await page.addInitScript(() => localStorage.setItem("rumbo.lang", "es"));
    // Hold the app back until the static page has been read, scrolled and a link focused.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    // Defined in the page by the browser, not by eval, which the Content Security Policy forbids.
    await page.addInitScript({ content: `window.seen_ = ${seen}` });
    await page.goto(`${ORIGIN}/`);
    await page.locator("#static").getByText(message("es", "home-lead")).waitFor();
    await page.evaluate(() => window.scrollTo(0, 200));
    await page.locator('#static a[href="es/deadline.html"]').first().focus();
    await page.screenshot({ path: path.join(SHOTS, `takeover-${visit}-before.png`) });
    const before = await page.evaluate(seen);
    assert.ok(before.text.length > 0 && before.focus.length > 0 && before.y === 200, JSON.stringify(before));
    // Record what every frame shows until the app has taken over, and a frame more.
    await page.evaluate(() => {
      window.frames_ = [];
      const tick = () => {
        window.frames_.push(window.seen_());
        if (document.getElementById("static") || window.frames_.after++ < 2) requestAnimationFrame(tick);
      };
      window.frames_.after = 0;
      requestAnimationFrame(tick);
    });
    release();
    await page.waitForFunction(() => !document.getElementById("static") && window.frames_.after >= 2);
    // A returning person's app has no row of languages above its header: the text stays where it was in the
    // window, so the page's scroll offset is less by the row's height. On a first visit nothing moves at all.
    const same = ({ y, ...shown }) => (visit === "first" ? { y, ...shown } : shown);
    const after = same(await page.evaluate(seen));
    const frames = (await page.evaluate(() => window.frames_)).map(same);
    assert.deepEqual(after, same(before));
    assert.match(await page.evaluate(() => document.activeElement.getAttribute("href")), /deadline/);
    for (const frame of frames) assert.deepEqual(frame, same(before), "a frame that showed something else");
    assert.match(readFileSync(path.join(WEB_DIR, "index.html"), "utf8"), /id="static"/);
    await page.screenshot({ path: path.join(SHOTS, `takeover-${visit}-after.png`) });
    await context.close();
  });
}

test("on a first visit, the languages at the top of the root page stay one tap away once the app runs", async () => {
  for (const lang of LANGS) {
    const { context, page } = await newPhone(rumbo.browser);
    await page.goto(`${ORIGIN}/`);
    await page.locator("#static").waitFor({ state: "detached" });
    await page.screenshot({ path: path.join(SHOTS, `first-visit-app-${lang}.png`) });
    await page.locator("#main .language-links").getByRole("button", { name: NATIVE_NAMES[lang], exact: true }).click();
    assert.equal(await heading(page), message(lang, "home-title"), lang);
    assert.equal(await page.evaluate(() => localStorage.getItem("rumbo.lang")), lang, "remembered");
    await page.screenshot({ path: path.join(SHOTS, `first-visit-chosen-${lang}.png`) });
    await context.close();
  }
});

test("focus on a language at the top of the static home stays on that language once the app runs", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${ORIGIN}/`);
  await page.locator('#static .language-links a[hreflang="ru"]').focus();
  release();
  await page.locator("#static").waitFor({ state: "detached" });
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("lang")), "ru");
  assert.equal(await page.evaluate(() => document.activeElement.tagName), "BUTTON");
  await context.close();
});

test("offline, every static page opens the app at the same screen", async () => {
  const { context, page } = await offlineInEnglish(rumbo.browser);
  const pages = [
    ["index", "home-title"],
    ["guides", "guides-title"],
    ["guide-rights", "guide-rights-title"],
    ["official", "official-title"],
    ["deadline", "deadline-title"],
    ["directory", "directory-title"],
    ["case", "case-screen-title"],
    ["case-card", "case-card-title"],
    ["saved", "saved-title"],
    ["settings", "settings-title"],
  ];
  for (const [name, title] of pages) {
    // The worker does not store the static pages: it sends the app's page at the route of the same name, in the
    // page's language, not the one saved before (English).
    await page.goto(`${ORIGIN}/es/${name}.html`);
    await page.locator("#main main h1").first().waitFor();
    assert.equal(await heading(page), message("es", title), name);
  }
  await context.close();
});

test("offline, a static page in another language than the saved one opens the app in the page's language", async () => {
  const { context, page } = await offlineInEnglish(rumbo.browser);
  for (const lang of ["ru", "ht", "en", "es"]) {
    await page.goto(`${ORIGIN}/${lang}/guide-rights.html`);
    await page.locator("#main main h1").first().waitFor();
    assert.equal(await heading(page), message(lang, "guide-rights-title"), lang);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
  }
  await context.close();
});
