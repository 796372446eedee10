// The first visit: over the root page's static home, the app keeps that home (in Spanish, the static page's
// language) with every language in its own name at the top; with no static home under it (a page served without
// one, as the desktop's), the choice is a screen of its own where the device only pre-selects.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withRumbo, newPhone, foreignRequests, ORIGIN, LANGS, NATIVE_NAMES, message, heading, screenshot } from "./support.mjs";

const rumbo = withRumbo();

/** Serves the app's page without the root page's static home, as a page that never had one. */
async function withoutStaticHome(page) {
  await page.route(/\/(index\.html)?(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<div id="static">[\s\S]*?<\/div>\s*(?=<div id="main">)/, "");
    assert.doesNotMatch(body, /id="static"/);
    await route.fulfill({ response, body });
  });
}

test("a first visit keeps the Spanish home with the four languages at the top, then shows the chosen language", async () => {
  const { context, page, requests } = await newPhone(rumbo.browser, { locale: "ru-RU" });
  await page.goto(`${ORIGIN}/`);
  await page.locator("#main .language-links").waitFor();
  // The home the static page showed, in its language, whatever the device's: not a choice screen in its place.
  assert.equal(await heading(page), message("es", "home-title"));
  assert.equal(await page.locator("#main .first-run").count(), 0, "no choice screen");
  assert.ok(await page.locator("#main nav.main-nav").isVisible(), "the navigation is there");
  const row = page.locator("#main .language-links button");
  assert.deepEqual(await row.allTextContents(), LANGS.map((lang) => NATIVE_NAMES[lang]));
  await screenshot(page, "first-run");

  await row.filter({ hasText: NATIVE_NAMES.ru }).click();
  assert.equal(await heading(page), message("ru", "home-title"));
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ru");
  assert.equal(await page.locator(".language-links").count(), 0, "the row gives way to the header's switch");
  assert.ok(await page.locator("#language-switch").isVisible());

  await page.reload();
  await page.locator("#main main h1").waitFor();
  assert.equal(await heading(page), message("ru", "home-title"), "the choice is remembered");
  assert.equal(await page.locator("#main .language-links").count(), 0, "and not asked again");
  assert.deepEqual(foreignRequests(requests), []);
  await context.close();
});

test("without a static home under it, the first run shows only the language choice, then the chosen language", async () => {
  const { context, page, requests } = await newPhone(rumbo.browser, { locale: "es-MX" });
  await withoutStaticHome(page);
  await page.goto(`${ORIGIN}/`);
  for (const lang of LANGS) {
    await page.getByRole("button", { name: new RegExp(NATIVE_NAMES[lang]) }).waitFor();
  }
  assert.equal(await page.getByRole("navigation").count(), 0, "nothing but the choice");
  await screenshot(page, "first-run-no-static");

  await page.getByRole("button", { name: /Русский/ }).click();
  assert.equal(await heading(page), message("ru", "home-title"));
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ru");

  await page.reload();
  assert.equal(await heading(page), message("ru", "home-title"), "the choice is remembered");
  assert.deepEqual(foreignRequests(requests), []);
  await context.close();
});

for (const [device, expected] of [["fr-FR", "ht"], ["ht-HT", "ht"], ["ru-RU", "ru"], ["de-DE", "es"], ["en-US", "en"]]) {
  test(`a device in ${device} pre-selects ${expected}`, async () => {
    const { context, page } = await newPhone(rumbo.browser, { locale: device });
    await withoutStaticHome(page);
    await page.goto(`${ORIGIN}/`);
    const pressed = page.locator('button[aria-pressed="true"]');
    await pressed.waitFor();
    assert.match(await pressed.textContent(), new RegExp(NATIVE_NAMES[expected]));
    await context.close();
  });
}

for (const staticHome of [true, false]) {
  test(`a deep link opened for the first time lands on its screen after the choice (${staticHome ? "with" : "without"} the static home)`, async () => {
    const { context, page } = await newPhone(rumbo.browser);
    if (!staticHome) await withoutStaticHome(page);
    await page.goto(`${ORIGIN}/#/deadline`);
    if (staticHome) {
      await page.locator("#main .language-links").waitFor();
      assert.equal(await heading(page), message("es", "deadline-title"), "the screen at once, in Spanish");
    }
    await page.getByRole("button", { name: /English/ }).click();
    assert.equal(await heading(page), message("en", "deadline-title"));
    await context.close();
  });
}

test("a language picked on a static page is the person's choice in the app", async () => {
  const { context, page } = await newPhone(rumbo.browser, { locale: "es-MX" });
  await page.goto(`${ORIGIN}/ht/guide-rights.html`);
  await page.getByRole("link", { name: message("ht", "static-open-app") }).click();
  await page.locator("#main main h1").waitFor();
  assert.equal(await heading(page), message("ht", "guide-rights-title"));
  assert.equal(await page.locator("#main .language-links").count(), 0, "no language asked for again");
  assert.equal(new URL(page.url()).search, "", "the language leaves the address, so the switch decides later");
  await page.reload();
  await page.locator("#main main h1").waitFor();
  assert.equal(await heading(page), message("ht", "guide-rights-title"), "remembered");
  await context.close();
});
