// axe-core on every screen in every language: no serious or critical violations.
import { test } from "node:test";
import assert from "node:assert/strict";
import { withRumbo, newPhone, openIn, ORIGIN, ROUTES, LANGS, seriousViolations } from "./support.mjs";

const rumbo = withRumbo();

test("the first-run language choice", async () => {
  const { context, page } = await newPhone(rumbo.browser);
  await page.goto(`${ORIGIN}/`);
  await page.getByRole("button").first().waitFor();
  assert.deepEqual(await seriousViolations(page), []);
  await context.close();
});

for (const colorScheme of ["light", "dark"]) {
  for (const lang of LANGS) {
    test(`every screen in ${lang}, ${colorScheme} colours`, async () => {
      const { context, page } = await newPhone(rumbo.browser, { colorScheme });
      await openIn(page, lang);
      for (const route of ROUTES) {
        await page.goto(`${ORIGIN}/#${route.path}`);
        await page.locator("main h1").waitFor();
        assert.deepEqual(await seriousViolations(page), [], `${route.path} in ${lang}`);
      }
      await context.close();
    });
  }
}
