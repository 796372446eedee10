// The header's language switch: one tap from every screen, re-renders at once, sets <html lang>.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withRumbo, newPhone, foreignRequests, openIn, LANGS, NATIVE_NAMES, message, heading } from "./support.mjs";

const rumbo = withRumbo();

test("switching through all four languages re-renders without a reload", async () => {
  const { context, page, requests } = await newPhone(rumbo.browser);
  await openIn(page, "es", "/deadline");
  // A mark that a reload would erase.
  await page.evaluate(() => (window.__sameDocument = true));
  let shown = "es";
  for (const lang of [...LANGS.slice(1), "es"]) {
    // The switch is named in the language on screen.
    await page.getByRole("combobox", { name: message(shown, "language-switch-label"), exact: true }).selectOption(lang);
    shown = lang;
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    assert.equal(await heading(page), message(lang, "deadline-title"), lang);
    assert.equal(await page.locator(".nav-link[aria-current=page]").textContent(), message(lang, "nav-deadline"));
    const options = await page.locator("#language-switch option").allTextContents();
    assert.deepEqual(options, LANGS.map((l) => NATIVE_NAMES[l]), "each language in its own name");
  }
  assert.equal(await page.evaluate(() => window.__sameDocument), true, "no reload");
  assert.deepEqual(foreignRequests(requests), []);
  await context.close();
});

test("the switch's globe sits inside its box", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await openIn(page, "ht");
  const icon = await page.locator(".language-switch .icon").boundingBox();
  const box = await page.locator("#language-switch").boundingBox();
  assert.ok(icon.x >= box.x && icon.x + icon.width <= box.x + box.width, "horizontally inside");
  assert.ok(icon.y >= box.y && icon.y + icon.height <= box.y + box.height, "vertically inside");
  await context.close();
});
