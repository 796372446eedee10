// The guides as a person uses them: search as you type without accents, open a section, read its sources,
// switch a draft translation to Spanish, listen, and show the law to an official.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { withRumbo, newPhone, foreignRequests, openIn, LANGS, message, heading, screenshot, seriousViolations } from "./support.mjs";

const rumbo = withRumbo();

// Every locale gives the official Spanish term beside its own words, so this finds the same section in all four.
const QUERIES = {
  es: ["constancia de tramite", "DIAS HABILES"],
  en: ["constancia de tramite", "working days"],
  ht: ["constancia de tramite", "jou ouvrab"],
  ru: ["constancia de tramite", "рабочие дни"],
};

const SHORT = { es: "de", en: "th", ht: "ou", ru: "по" };
// How many results the screen draws before "show all" (the app's own constant, read from its source).
const FIRST_RESULTS = Number(
  readFileSync(new URL("../../src/app/views/guides/search.rs", import.meta.url), "utf8").match(/const FIRST_RESULTS: usize = (\d+);/)[1],
);

for (const lang of LANGS) {
  test(`search finds known phrases without accents and opens the section, in ${lang}`, async () => {
    const { context, page, requests } = await newPhone(rumbo.browser);
    await openIn(page, lang, "/guides");
    const box = page.getByRole("searchbox", { name: message(lang, "search-label") });
    for (const query of QUERIES[lang]) {
      await box.fill(query);
      const first = page.locator(".search-results li").first();
      await first.waitFor();
      assert.ok((await first.locator("mark").count()) > 0, `${query}: the matching words are marked`);
    }
    await box.fill(QUERIES[lang][0]);
    await page.locator(".search-results mark").first().waitFor();
    await screenshot(page, `${lang}-guides-search`);
    const title = (await page.locator(".search-results .card-title").first().textContent()).trim();
    await page.locator(".search-results a").first().click();
    assert.equal(await heading(page), title);
    await box.waitFor({ state: "detached" });
    assert.deepEqual(foreignRequests(requests), []);
    await context.close();
  });

    test(`a short query draws the first results and offers the rest; one letter says nothing yet, in ${lang}`, async () => {
    const { context, page } = await newPhone(rumbo.browser);
    await openIn(page, lang, "/");
    const box = page.getByRole("searchbox", { name: message(lang, "search-label") });
    await box.fill("d");
    await page.waitForTimeout(200);
    assert.equal((await page.locator(".search-count").textContent()).trim(), "", "nothing said for one letter");
    assert.equal(await page.locator(".search-results").count(), 0);
    // Two letters that start a word in nearly every section and entry, in every language.
    await box.fill(SHORT[lang]);
    const more = page.locator(".search-more");
    await more.waitFor();
    const total = Number((await page.locator(".search-count").textContent()).match(/\d+/)[0]);
    assert.ok(total > FIRST_RESULTS, `${SHORT[lang]}: ${total} results`);
    assert.equal(await page.locator(".search-results li").count(), FIRST_RESULTS);
    assert.ok((await more.textContent()).includes(String(total)), "the button says how many");
    await screenshot(page, `${lang}-search-short`);
    await more.click();
    assert.equal(await page.locator(".search-results li").count(), total);
    // The same button now offers fewer, and keeps the focus.
    assert.equal(await more.getAttribute("aria-expanded"), "true");
    assert.ok(await more.evaluate((el) => el === document.activeElement), "focus stays on the button");
    await more.click();
    assert.equal(await page.locator(".search-results li").count(), FIRST_RESULTS);
    await more.click();
    await box.fill(SHORT[lang] + " ");
    await box.fill(SHORT[lang]);
    await more.waitFor();
    assert.equal(await page.locator(".search-results li").count(), FIRST_RESULTS, "a new query starts short again");
    await context.close();
  });

  test(`a section shows labelled blocks, sources and its date, at 320 px, in ${lang}`, async () => {
    const { context, page } = await newPhone(rumbo.browser);
    await openIn(page, lang, "/guides");
    await screenshot(page, `${lang}-guides`);
    await page.locator(".guide-list a").nth(6).click(); // the TVRH: law and practice side by side
    await page.locator(".block.law").first().waitFor();
    await page.locator(".block.practice").first().waitFor();
    assert.ok(await page.getByRole("heading", { name: message(lang, "guide-sources") }).isVisible());
    assert.ok(await page.getByText(message(lang, "guide-not-lawyer-reviewed")).isVisible());
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the section scrolls sideways by ${overflow}px`);
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, `${lang}-guide-top`);
    await page.locator(".block.practice").first().scrollIntoViewIfNeeded();
    await screenshot(page, `${lang}-guide-practice`);
    await page.locator(".sources").scrollIntoViewIfNeeded();
    await screenshot(page, `${lang}-guide-sources`);
    await page.getByRole("link", { name: new RegExp(message(lang, "guide-next")) }).click();
    assert.equal(await page.locator(".guide-list").count(), 0);
    await context.close();
  });
}

test("a draft translation offers the Spanish text in one tap and back", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await openIn(page, "ht", "/guide/tvrh");
  const translated = await heading(page);
  await page.getByText(message("ht", "guide-draft")).waitFor();
  await page.getByRole("button", { name: message("es", "guide-read-spanish") }).click();
  assert.equal(await heading(page), message("es", "guide-tvrh-title"));
  assert.equal(await page.locator("article.guide").getAttribute("lang"), "es");
  await page.getByRole("button", { name: message("ht", "guide-back-to-translation") }).click();
  assert.equal(await heading(page), translated);
  // Spanish and English are not drafts.
  await page.getByRole("combobox").selectOption("en");
  // The app switches once English's texts are here (the worker's cache, a moment).
  await page.waitForFunction(() => document.documentElement.lang === "en");
  assert.equal(await page.locator(".notice.draft").count(), 0);
  await context.close();
});

/** A stand-in for the Web Speech API: headless browsers have no voices. */
function fakeSpeech({ voices }) {
  {
    window.__spoken = [];
    class Utterance {
      constructor(text) {
        this.text = text;
      }
    }
    window.SpeechSynthesisUtterance = Utterance;
    Object.defineProperty(window, "speechSynthesis", {
      value: {
        getVoices: () => voices,
        speak: (u) => window.__spoken.push({ text: u.text, lang: u.lang }),
        cancel: () => {},
      },
    });
  }
}

test("Listen reads the section with a local voice, and is absent without one", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await context.addInitScript(fakeSpeech, { voices: [{ lang: "es-MX", localService: true, name: "local" }, { lang: "en-US", localService: false, name: "cloud" }] });
  await openIn(page, "es", "/guide/rights");
  await page.getByRole("button", { name: message("es", "guide-listen") }).click();
  const spoken = await page.evaluate(() => window.__spoken);
  assert.equal(spoken.length, 1);
  assert.equal(spoken[0].lang, "es-MX");
  assert.ok(spoken[0].text.startsWith(message("es", "guide-rights-title")), spoken[0].text.slice(0, 60));
  // English has only a network voice here: no button.
  await page.getByRole("combobox").selectOption("en");
  // The app switches once English's texts are here (the worker's cache, a moment).
  await page.waitForFunction(() => document.documentElement.lang === "en");
  await page.waitForTimeout(2500);
  assert.equal(await page.getByRole("button", { name: message("en", "guide-listen") }).count(), 0);
  await context.close();
});

for (const lang of LANGS) {
  test(`the official screen shows the law in Spanish with its meaning in ${lang}`, async () => {
    const { context, page } = await newPhone(rumbo.browser);
    await openIn(page, lang, "/guide/rights");
    await page.getByRole("link", { name: message(lang, "official-title") }).click();
    assert.equal(await heading(page), message(lang, "official-title"));
    const article = page.locator("#official-lm-68");
    assert.equal(await article.locator("blockquote").isVisible(), false, "closed until the person needs it");
    await article.locator("summary").click();
    assert.equal(await article.locator("div[lang=es]").count(), 1);
    assert.match(await article.locator("blockquote").textContent(), /36 horas/);
    assert.equal(await article.locator(".meaning").textContent(), message(lang, "official-lm-68-meaning"));
    await article.locator("blockquote").scrollIntoViewIfNeeded();
    const fontSize = await article.locator("blockquote").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    assert.ok(fontSize >= 20, `large type: ${fontSize}px`);
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, `${lang}-official`);
    await context.close();
  });
}

test("six months after the content was compiled, by the device's clock, a notice says so", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await page.clock.setFixedTime(new Date("2027-06-15T12:00:00"));
  await openIn(page, "en", "/guide/deadline");
  await page.locator(".notice.stale").waitFor();
  assert.match(await page.locator(".notice.stale").textContent(), /27 November 2026/);
  await screenshot(page, "en-guide-stale");
  await context.close();
  const fresh = await newPhone(rumbo.browser);
  await fresh.page.clock.setFixedTime(new Date("2027-01-15T12:00:00"));
  await openIn(fresh.page, "en", "/guide/deadline");
  assert.equal(await fresh.page.locator(".notice.stale").count(), 0);
  await fresh.context.close();
});
