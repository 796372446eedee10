// "My case" as a person relies on it: dates typed once survive a reload with the network off, the reminders
// download (neutral by default), the card prints to a credit-card-sized PDF, and "Delete my data" leaves nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { withRumbo, newPhone, openIn, stubNeutralSite, ORIGIN, LANGS, NEUTRAL_TITLE, message, screenshot, SCREENSHOTS } from "./support.mjs";

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
  await page.getByRole("button", { name: new RegExp(message("en", "language-name")) }).first().click();
  await page.locator("#case-form").waitFor();
  assert.equal(await page.locator("#case-sign-in").count(), 0, "no sign-in left");
  assert.equal(await page.locator("#case-timeline-title").count(), 0, "no timeline left");
  assert.equal(await page.locator("#case-entry-year").inputValue(), "", "the form is empty");
  await context.close();
});

// What is cut off on paper is lost: each side (Spanish above, the person's language below) is 171.2 × 54 mm, two
// credit-card panel boxes side by side, each holding its own part of the text, and no text may run past a panel's
// padding, down or sideways (a panel cuts what does not fit).
async function assertCardFits(page, label) {
  const sides = await page.evaluate(() =>
    [...document.querySelectorAll(".card-sheet .side")].map((side) => {
      const box = side.getBoundingClientRect();
      const panels = [...side.querySelectorAll(":scope > .panel")].map((panel) => {
        const p = panel.getBoundingClientRect();
        const style = getComputedStyle(panel);
        const rects = [...panel.querySelectorAll("*")].flatMap((e) => [...e.getClientRects()]);
        return {
          left: p.left - box.left,
          width: p.width,
          height: p.height,
          below: Math.max(...rects.map((r) => r.bottom)) - (p.bottom - parseFloat(style.paddingBottom)),
          past: Math.max(...rects.map((r) => r.right)) - (p.right - parseFloat(style.paddingRight)),
          empty: rects.length === 0,
        };
      });
      return { width: box.width, height: box.height, panels };
    }),
  );
  const mm = (n) => (n / 25.4) * 96;
  assert.equal(sides.length, 2, `${label}: two sides`);
  for (const [s, side] of sides.entries()) {
    assert.ok(Math.abs(side.width - mm(171.2)) < 1.5, `${label}: side width ${side.width}`);
    assert.ok(Math.abs(side.height - mm(54)) < 1.5, `${label}: side height ${side.height}`);
    assert.equal(side.panels.length, 2, `${label}: two panels on side ${s}`);
    for (const [i, panel] of side.panels.entries()) {
      const where = `${label}, side ${s}, panel ${i + 1}`;
      assert.ok(!panel.empty, `${where}: empty`);
      assert.ok(Math.abs(panel.left - mm(85.6) * i) < 1.5, `${where}: starts at ${panel.left}px`);
      assert.ok(Math.abs(panel.width - mm(85.6)) < 1.5, `${where}: width ${panel.width}`);
      assert.ok(Math.abs(panel.height - mm(54)) < 1.5, `${where}: height ${panel.height}`);
      assert.ok(panel.below <= 1, `${where}: text runs ${panel.below}px below the panel`);
      assert.ok(panel.past <= 1, `${where}: text runs ${panel.past}px past the panel's side`);
    }
  }
}

test("the card prints on one page with credit-card panels, and the screen fits 320 px in every language", async () => {
  for (const lang of LANGS) {
    const { context, page } = await newPhone(rumbo.browser);
    await openIn(page, lang, "/case");
    await screenshot(page, `${lang}-case`);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 320, `${lang}: no sideways scrolling (${wide})`);
    await page.goto(`${ORIGIN}/#/case/card`);
    await page.locator(".card-sheet").waitFor();
    await page.emulateMedia({ media: "print" });
    await assertCardFits(page, lang);
    const smallest = await page.evaluate(() =>
      Math.min(...[...document.querySelectorAll(".card-sheet *")].map((e) => parseFloat(getComputedStyle(e).fontSize))),
    );
    assert.ok(smallest >= (8 / 72) * 96 - 0.01, `${lang}: text under 8 pt (${smallest}px)`);
    for (const format of ["A4", "Letter"]) {
      const pdf = await page.pdf({ format, printBackground: true });
      writeFileSync(path.join(SCREENSHOTS, `${lang}-card-${format}.pdf`), pdf);
      const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
      assert.equal(pages, 1, `${lang}: the card is on one ${format} page`);
    }
    await context.close();
  }
});

test("after filing, with the person's dates and a long office name, the card still fits", async () => {
  for (const lang of LANGS) {
    const { context, page } = await newPhone(rumbo.browser);
    await openIn(page, lang, "/case");
    await typeDate(page, "case-entry", 3, 2, 2025);
    await typeDate(page, "case-filed", 10, 3, 2025);
    await page.locator("#case-filed-office").selectOption("inm");
    await page.locator("#case-filed-city").fill("San Cristóbal de las Casas, Chiapas, oficina de la calle Central");
    await page.locator("#case-save").click();
    await page.locator("#case-timeline-title").waitFor();
    await page.goto(`${ORIGIN}/#/case/card`);
    await page.locator("#card-personal").check();
    await page.getByText("Fecha de la solicitud: 10 de marzo de 2025", { exact: false }).waitFor();
    await page.emulateMedia({ media: "print" });
    await assertCardFits(page, `${lang}, filed, with dates`);
    await page.emulateMedia({ media: "screen" });
    await screenshot(page, `${lang}-card-filed`);
    await context.close();
  }
});

test("after a quick exit from My case or the card, the address reopened later shows none of the dates", async () => {
  for (const path of ["/case", "/case/card"]) {
    const { context, page } = await newPhone(rumbo.browser);
    await stubNeutralSite(context);
    await openIn(page, "es", "/case");
    await typeDate(page, "case-entry", 3, 2, 2025);
    await typeDate(page, "case-filed", 10, 3, 2025);
    await page.locator("#case-save").click();
    await page.locator("#case-timeline-title").waitFor();
    if (path === "/case/card") {
      await page.goto(`${ORIGIN}/#/case/card`);
      await page.locator("#card-personal").check();
      await page.getByText("10 de marzo de 2025", { exact: false }).first().waitFor();
    }
    await page.getByRole("button", { name: message("es", "exit-button") }).click();
    await page.waitForURL(/google\.com/);
    // Someone picks up the phone and reopens the address from the history.
    await page.close();
    const later = await context.newPage();
    await later.goto(`${ORIGIN}/#${path}`);
    await later.getByRole("button", { name: message("es", "exit-reopen") }).waitFor({ timeout: 10_000 });
    const text = await later.locator("body").innerText();
    for (const word of ["2025", "marzo", message("es", "nav-case"), "asilo"]) {
      assert.ok(!text.includes(word), `${path}: “${word}” on the cover: ${text}`);
    }
    assert.equal(await later.title(), NEUTRAL_TITLE);
    await context.close();
  }
});
