// The first screen: every language in its own name, before anything else; the device only pre-selects.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withRumbo, newPhone, foreignRequests, ORIGIN, LANGS, NATIVE_NAMES, message, heading, screenshot } from "./support.mjs";

const rumbo = withRumbo();

test("the first run shows only the language choice, then the chosen language", async () => {
  const { context, page, requests } = await newPhone(rumbo.browser, { locale: "es-MX" });
  await page.goto(`${ORIGIN}/`);
  for (const lang of LANGS) {
    await page.getByRole("button", { name: new RegExp(NATIVE_NAMES[lang]) }).waitFor();
  }
  assert.equal(await page.getByRole("navigation").count(), 0, "nothing but the choice");
  await screenshot(page, "first-run");

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
    await page.goto(`${ORIGIN}/`);
    const pressed = page.locator('button[aria-pressed="true"]');
    await pressed.waitFor();
    assert.match(await pressed.textContent(), new RegExp(NATIVE_NAMES[expected]));
    await context.close();
  });
}

test("a deep link opened for the first time lands on its screen after the choice", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await page.goto(`${ORIGIN}/#/deadline`);
  await page.getByRole("button", { name: /English/ }).click();
  assert.equal(await heading(page), message("en", "deadline-title"));
  await context.close();
});
