// Accessibility of the static pages (rumbo-cli export static) as a browser without JavaScript builds them. Its
// own file: axe over every page in four languages takes most of a spec file's time limit.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import path from "node:path";
import { withRumbo, newPhone, ORIGIN, LANGS, WEB_DIR, AXE_SOURCE } from "./support.mjs";

const rumbo = withRumbo();

/** Every static page of a language, by file name. */
const pagesOf = (lang) => readdirSync(path.join(WEB_DIR, lang)).filter((n) => n.endsWith(".html")).sort();

test("axe finds nothing serious on the pages as a browser without JavaScript builds them", async () => {
  const off = await newPhone(rumbo.browser, { javaScriptEnabled: false });
  const on = await newPhone(rumbo.browser);
  for (const lang of LANGS) {
    for (const name of pagesOf(lang).filter((n) => !n.startsWith("directory-") || n === "directory-ciam.html")) {
      await off.page.goto(`${ORIGIN}/${lang}/${name}`);
      const dom = await off.page.content();
      // The captured DOM, with its style sheet, in a page that may run axe.
      await on.page.route(`${ORIGIN}/${lang}/axe-${name}`, (route) => route.fulfill({ contentType: "text/html", body: dom }));
      await on.page.goto(`${ORIGIN}/${lang}/axe-${name}`);
      await on.page.evaluate(AXE_SOURCE);
      const result = await on.page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
      const serious = result.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      assert.deepEqual(serious, [], `${lang}/${name}`);
    }
  }
  await off.context.close();
  await on.context.close();
});
