// The deadline calculator as a person uses it: enter a date, see it in words, read both last days.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withRumbo, newPhone, foreignRequests, openIn, LANGS, message, longDate, screenshot, seriousViolations } from "./support.mjs";

const rumbo = withRumbo();

async function enter(page, lang, day, month, year) {
  await page.getByLabel(message(lang, "deadline-day"), { exact: true }).fill(day);
  await page.getByLabel(message(lang, "deadline-month"), { exact: true }).selectOption(month);
  await page.getByLabel(message(lang, "deadline-year"), { exact: true }).fill(year);
}

for (const lang of LANGS) {
  test(`entering 3 March 2025 gives 15 and 16 April 2025 in ${lang}`, async () => {
    const { context, page, requests } = await newPhone(rumbo.browser);
    await openIn(page, lang, "/deadline");
    await enter(page, lang, "3", "3", "2025");
    // The date is repeated in words before anything is computed.
    await page.getByText(longDate(lang, "2025-03-03")).waitFor();
    assert.equal(await page.locator(".deadline-result").count(), 0);
    await page.getByRole("button", { name: message(lang, "deadline-calculate") }).click();
    const result = page.locator(".deadline-result");
    await result.getByText(longDate(lang, "2025-04-15")).first().waitFor();
    await result.getByText(longDate(lang, "2025-04-16")).first().waitFor();
    assert.equal(await page.locator("table.month").count(), 2);
    assert.deepEqual(await seriousViolations(page), [], "axe on the result");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the result scrolls sideways by ${overflow}px`);
    await screenshot(page, `${lang}-deadline-form`);
    await result.scrollIntoViewIfNeeded();
    await screenshot(page, `${lang}-deadline-result`);
    await page.locator("table.month").first().scrollIntoViewIfNeeded();
    await screenshot(page, `${lang}-deadline-calendar`);
    assert.deepEqual(foreignRequests(requests), []);
    await context.close();
  });
}

test("an impossible date is refused with the reason, and nothing is computed", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await openIn(page, "es", "/deadline");
  await enter(page, "es", "30", "2", "2025");
  await page.getByText(message("es", "deadline-error-impossible").replace("{ $days }", "28")).waitFor();
  assert.equal(await page.getByRole("button", { name: message("es", "deadline-calculate") }).isDisabled(), true);
  await enter(page, "es", "1", "1", "2010");
  await page.getByText(message("es", "deadline-error-before-law")).waitFor();
  await context.close();
});

test("changing the term changes what the date means", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await openIn(page, "en", "/deadline");
  await page.getByLabel(message("en", "deadline-term-appeal")).check();
  await page.getByRole("group", { name: message("en", "deadline-start-appeal") }).waitFor();
  await enter(page, "en", "10", "11", "2025");
  await page.getByRole("button", { name: message("en", "deadline-calculate") }).click();
  await page.locator(".deadline-result").getByText(longDate("en", "2025-12-01")).first().waitFor();
  await page.locator(".deadline-result").getByText(longDate("en", "2025-12-04")).first().waitFor();
  await context.close();
});

test("the result downloads as a calendar file and copies as text", async () => {
  const { context, page } = await newPhone(rumbo.browser, { permissions: ["clipboard-read", "clipboard-write"] });
  await openIn(page, "en", "/deadline");
  await enter(page, "en", "3", "3", "2025");
  await page.getByRole("button", { name: message("en", "deadline-calculate") }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: message("en", "deadline-ics-download") }).click(),
  ]);
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  const ics = Buffer.concat(chunks).toString("utf8");
  assert.match(ics, /DTSTART;VALUE=DATE:20250415\r\n/);
  assert.match(ics, /SUMMARY:Appointment\r\n/);
  await page.getByRole("button", { name: message("en", "deadline-copy") }).click();
  await page.getByText(message("en", "deadline-copied")).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.includes(longDate("en", "2025-04-15")), copied);
  await context.close();
});

// H1: every term gives its safe day on the strictest reading and says, in the person's language, which
// reading gave it (dates worked by hand in src/deadline/tests.rs). Screenshots of each term's result.
const TERMS = [
  { term: "asylum", start: ["15", "11", "2025"], safe: "2025-12-30", why: "deadline-why-asylum-next-day" },
  { term: "appeal", start: ["10", "11", "2025"], safe: "2025-12-01", why: "deadline-why-appeal-same-day" },
  { term: "decision", start: ["1", "12", "2025"], safe: "2026-02-04", why: "deadline-why-decision-next-day" },
  { term: "ratify", start: ["14", "11", "2025"], safe: "2025-11-18", why: "deadline-why-ratify-same-day" },
];
for (const lang of LANGS) {
  test(`each term's safe day says which reading gave it in ${lang}`, async () => {
    const { context, page } = await newPhone(rumbo.browser);
    await openIn(page, lang, "/deadline");
    for (const { term, start, safe, why } of TERMS) {
      await page.getByLabel(message(lang, `deadline-term-${term}`)).check();
      await enter(page, lang, ...start);
      await page.getByRole("button", { name: message(lang, "deadline-calculate") }).click();
      const result = page.locator(".deadline-result");
      await result.locator(".earliest").getByText(longDate(lang, safe)).waitFor();
      await result.locator(".reading").first().getByText(message(lang, why)).waitFor();
      await screenshot(page, `${lang}-deadline-${term}`);
    }
    await context.close();
  });
}
