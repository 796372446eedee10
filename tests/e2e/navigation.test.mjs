// Every screen, reached through the navigation, in every language, at 320 px.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withRumbo, newPhone, foreignRequests, openIn, ORIGIN, ROUTES, LANGS, message, heading, screenshot } from "./support.mjs";

const rumbo = withRumbo();

for (const lang of LANGS) {
  test(`every screen by the navigation in ${lang}`, async () => {
    const { context, page, requests } = await newPhone(rumbo.browser);
    await openIn(page, lang);
    // All six places are on screen at once: none hides past the edge of a bar that scrolls, and no two labels
    // touch (each keeps a gap to the next).
    const bar = await page.evaluate(() => {
      const list = document.querySelector(".main-nav ul");
      const labels = [...list.querySelectorAll(".nav-label")].map((l) => l.getBoundingClientRect());
      const gaps = labels.slice(1).map((r, i) => r.left - labels[i].right);
      return { hidden: list.scrollWidth - list.clientWidth, gap: Math.min(...gaps) };
    });
    assert.ok(bar.hidden <= 0, `${lang}: ${bar.hidden}px of the navigation is off screen`);
    assert.ok(bar.gap >= 2, `${lang}: two navigation labels are ${bar.gap}px apart`);
    for (const route of ROUTES.filter((r) => r.nav)) {
      const label = message(lang, route.nav);
      await page.getByRole("link", { name: label, exact: true }).click();
      await page.waitForURL(`${ORIGIN}/#${route.path}`);
      assert.equal(await heading(page), message(lang, route.heading), `${route.path} in ${lang}`);
      const current = await page.locator(".main-nav [aria-current=page]").allTextContents();
      assert.deepEqual(current, route.nav === "nav-settings" ? [] : [label], `current place on ${route.path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${route.path} in ${lang} scrolls sideways by ${overflow}px`);
      await screenshot(page, `${lang}${route.path.replaceAll("/", "-").replace(/-$/, "-home")}`);
    }
    for (const route of ROUTES.filter((r) => !r.nav)) {
      await page.goto(`${ORIGIN}/#${route.path}`);
      assert.equal(await heading(page), message(lang, route.heading), `${route.path} in ${lang}`);
      await screenshot(page, `${lang}${route.path.replaceAll("/", "-")}`);
    }
    assert.deepEqual(foreignRequests(requests), []);
    await context.close();
  });
}

test("the browser's back button returns to the previous screen", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await openIn(page, "en");
  await page.getByRole("link", { name: "Guides", exact: true }).click();
  await page.getByRole("link", { name: "Directory", exact: true }).click();
  assert.equal(await heading(page), message("en", "directory-title"));
  await page.goBack();
  assert.equal(await heading(page), message("en", "guides-title"));
  await page.goBack();
  assert.equal(await heading(page), message("en", "home-title"));
  await context.close();
});

test("the current place is marked in the navigation, also on a guide section", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await openIn(page, "en", "/guide/rights");
  assert.equal(await page.locator(".main-nav [aria-current=page]").textContent(), "Guides");
  await context.close();
});

test("links, buttons and fields are at least 44×44 px", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await openIn(page, "ru");
  for (const route of ROUTES) {
    await page.goto(`${ORIGIN}/#${route.path}`);
    await page.locator("main h1").waitFor();
    const small = await page.evaluate(() =>
      // Fields too, the file picker among them; a checkbox's target is its label.
      [...document.querySelectorAll("a, button, select, input:not([type=checkbox]):not([type=radio]):not([type=hidden])")]
        // Links inside a sentence are exempt (WCAG 2.5.8): their size is the text's.
        .filter((el) => !el.closest(".block p, .block li"))
        // A hidden field whose label is the button (the file picker): the label is what a thumb taps.
        .map((el) => (el.matches(".visually-hidden") && el.labels?.length ? el.labels[0] : el))
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && (box.width < 44 || box.height < 44))
        .map(({ el, box }) => `${el.outerHTML.slice(0, 60)} ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    assert.deepEqual(small, [], route.path);
  }
  await context.close();
});

test("the page is usable on a wide screen with a side navigation", async () => {
  const { context, page } = await newPhone(rumbo.browser, { viewport: { width: 1280, height: 800 } });
  await openIn(page, "es");
  const nav = await page.locator(".main-nav").boundingBox();
  const main = await page.locator("main").boundingBox();
  assert.ok(nav.x + nav.width <= main.x + 1, "the navigation sits beside the content");
  await screenshot(page, "wide-es-home");
  await context.close();
});

test("at 200% text size every screen still fits 320 px without sideways scrolling", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await openIn(page, "ru");
  for (const route of ROUTES) {
    await page.goto(`${ORIGIN}/#${route.path}`);
    await page.locator("main h1").waitFor();
    await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
    if (route.path === "/") await screenshot(page, "ru-home-200-percent");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${route.path} scrolls sideways by ${overflow}px at 200%`);
  }
  await context.close();
});
