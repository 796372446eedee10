// The directory as a person uses it: help lines first, filter by city, kind and who it serves, find by name
// without accents, read where each fact comes from.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { withRumbo, newPhone, foreignRequests, openIn, LANGS, ROOT, message, heading, screenshot, seriousViolations } from "./support.mjs";

const rumbo = withRumbo();
const DATA = JSON.parse(readFileSync(path.join(ROOT, "assets", "directory.json"), "utf8"));
const shelterForWomen = DATA.entries.find(
  (e) => e.city === "tijuana" && e.kind === "shelter" && e.serves.includes("women") && !e.serves.includes("men"),
);

for (const lang of LANGS) {
  test(`filtering finds a women's shelter in Tijuana, in ${lang}`, async () => {
    const { context, page, requests } = await newPhone(rumbo.browser);
    await openIn(page, lang, "/directory");
    assert.ok(await page.locator(".help-lines a[href='tel:911']").isVisible(), "911 is one tap away");
    await screenshot(page, `${lang}-directory`);
    await page.getByLabel(message(lang, "directory-filter-city"), { exact: true }).selectOption("tijuana");
    await page.getByLabel(message(lang, "directory-filter-kind"), { exact: true }).selectOption("shelter");
    await page.getByLabel(message(lang, "directory-filter-serves"), { exact: true }).selectOption("women");
    const card = page.locator(`#entry-${shelterForWomen.id}`);
    await card.waitFor();
    const names = await page.locator(".entry h2").allTextContents();
    for (const name of names) {
      const entry = DATA.entries.find((e) => e.name === name);
      assert.ok(entry.kind === "shelter" && entry.city === "tijuana", `${name} fits the filters`);
    }
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, `${lang}-directory-entry`);
    await card.locator("summary").click();
    assert.match(await card.locator(".entry-sources").textContent(), new RegExp(message(lang, "entry-read").split("{")[0].trim()));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the directory scrolls sideways by ${overflow}px`);
    assert.deepEqual(await seriousViolations(page), []);
    assert.deepEqual(foreignRequests(requests), []);
    await context.close();
  });
}

test("a name is found without accents, and the guides' search finds directory entries", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await openIn(page, "es", "/directory");
  const accented = DATA.entries.find((e) => /[áéíóú]/i.test(e.name));
  const plain = accented.name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  await page.getByLabel(message("es", "directory-filter-name"), { exact: true }).fill(plain.split(" ").slice(0, 2).join(" "));
  await page.locator(`#entry-${accented.id}`).waitFor();
  await page.getByRole("link", { name: message("es", "nav-home"), exact: true }).click();
  await page.getByRole("searchbox").fill(plain.split(" ").slice(0, 2).join(" "));
  await page.locator(".search-results a", { hasText: accented.name }).first().click();
  assert.equal(await heading(page), accented.name);
  await context.close();
});
