// "My case" as a person relies on it: dates typed once survive a reload with the network off, the reminders
// download (neutral by default), the card prints to a credit-card-sized PDF, and "Delete my data" leaves nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { withRumbo, newPhone, openIn, ORIGIN, LANGS, message, screenshot, SCREENSHOTS } from "./support.mjs";

const rumbo = withRumbo();

async function typeDate(page, id, day, month, year) {
  await page.locator(`#${id}-day`).fill(String(day));
  await page.locator(`#${id}-month`).selectOption(String(month));
  await page.locator(`#${id}-year`).fill(String(year));
}

test("dates entered survive an offline reload, the .ics downloads neutral, and Delete my data leaves nothing", async () => {
  const { context, page } = await newPhone(rumbo.browser, { acceptDownloads: true });
  await openIn(page, "en", "/case");
  // A filing before the entry: said, and nothing stored.
  await typeDate(page, "case-entry", 10, 3, 2025);
  await typeDate(page, "case-filed", 1, 3, 2025);
  await page.locator("#case-save").click();
  await page.locator("#case-problem").waitFor();
  assert.match(await page.locator("#case-problem").textContent(), new RegExp(message("en", "case-screen-nothing-stored")));
  assert.equal(await page.locator("#case-timeline-title").count(), 0, "nothing stored, no timeline");

  await typeDate(page, "case-filed", 20, 3, 2025);
  await page.locator("#case-weekday").selectOption("2");
  await page.locator("#case-save").click();
  await page.locator("#case-sign-in").waitFor();
  await page.locator("#case-timeline-title").waitFor();

  // Offline, after a reload: still there.
  await page.waitForFunction(() => navigator.serviceWorker?.controller);
  await context.setOffline(true);
  await page.reload();
  await page.locator("#case-sign-in").waitFor();
  await page.getByText(message("en", "case-step-asylum")).first().waitFor();

  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#case-ics").click()]);
  assert.equal(download.suggestedFilename(), "calendar.ics");
  const file = path.join(SCREENSHOTS, "case-calendar.ics");
  mkdirSync(SCREENSHOTS, { recursive: true });
  await download.saveAs(file);
  const ics = (await import("node:fs")).readFileSync(file, "utf8");
  assert.match(ics, /BEGIN:VCALENDAR/);
  assert.match(ics, /RRULE:FREQ=WEEKLY/);
  assert.doesNotMatch(ics, /rumbo/i, "neutral: no Rumbo anywhere");

  await page.goto(`${ORIGIN}/#/settings`);
  await page.getByRole("button", { name: message("en", "wipe-data") }).click();
  await page.getByRole("button", { name: message("en", "wipe-data-yes") }).click();
  await page.getByText(message("en", "wipe-data-done")).waitFor();
  await page.goto(`${ORIGIN}/#/case`);
  await page.reload();
  await page.getByRole("button", { name: new RegExp(message("en", "language-name")) }).click();
  await page.locator("#case-form").waitFor();
  assert.equal(await page.locator("#case-sign-in").count(), 0, "no sign-in left");
  assert.equal(await page.locator("#case-timeline-title").count(), 0, "no timeline left");
  assert.equal(await page.locator("#case-entry-year").inputValue(), "", "the form is empty");
  await context.close();
});

// todo (#19, open): on paper the Spanish side's text runs past its 85.6 × 54 mm panel at 8 pt (2 panels in es);
// the card's layout needs rework before this can pass. node:test reports it as todo, not as a pass.
test("the card prints on one page with credit-card panels, and the screen fits 320 px in every language", { todo: "the Spanish side overflows its panel" }, async () => {
  for (const lang of LANGS) {
    const { context, page } = await newPhone(rumbo.browser);
    await openIn(page, lang, "/case");
    await screenshot(page, `${lang}-case`);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 320, `${lang}: no sideways scrolling (${wide})`);
    await page.goto(`${ORIGIN}/#/case/card`);
    await page.locator(".card-sheet").waitFor();
    await page.emulateMedia({ media: "print" });
    const panel = await page.locator(".card-sheet .panel").first().boundingBox();
    // 85.6 × 54 mm at 96 px per inch.
    assert.ok(Math.abs(panel.width - (85.6 / 25.4) * 96) < 1.5, `${lang}: panel width ${panel.width}`);
    assert.ok(Math.abs(panel.height - (54 / 25.4) * 96) < 1.5, `${lang}: panel height ${panel.height}`);
    // No text overflows its panel (it would be cut off on paper).
    const overflow = await page.evaluate(() =>
      [...document.querySelectorAll(".card-sheet .panel")].filter((p) => p.scrollHeight > p.clientHeight + 1).length,
    );
    assert.equal(overflow, 0, `${lang}: a panel's text does not fit`);
    const smallest = await page.evaluate(() =>
      Math.min(...[...document.querySelectorAll(".card-sheet *")].map((e) => parseFloat(getComputedStyle(e).fontSize))),
    );
    assert.ok(smallest >= (8 / 72) * 96 - 0.01, `${lang}: text under 8 pt (${smallest}px)`);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    writeFileSync(path.join(SCREENSHOTS, `${lang}-card.pdf`), pdf);
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.equal(pages, 1, `${lang}: the card is on one page`);
    await context.close();
  }
});
