// "Is this file really Rumbo's?" in Settings → "Content updates" at 320 px: a one-file edition from dist/, signed
// here by rumbo-cli in a temporary folder, is chosen with the import button and checked; the same file with one
// byte changed, or its signature line moved, is refused as altered (whatever key signed it), an unsigned one as not
// signed. Nothing is applied either way.
//
// The key, as in content-packs.test.mjs: with RUMBO_E2E_PACK_KEY (a key the bundle was built to trust, see
// scripts/test-packs.sh) the signed edition is Rumbo's, with that key's fingerprint; without it a fresh key signs
// it, and the app refuses it as signed by a key it does not trust, naming the fingerprint.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { withRumbo, newPhone, openIn, foreignRequests, fill, shotOf, LANGS, ROOT, message } from "./support.mjs";

const env = withRumbo();
const CLI = process.env.RUMBO_CLI || path.join(ROOT, "target", "debug", "rumbo-cli");
const files = {};

before(() => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rumbo-editions-"));
  let key = process.env.RUMBO_E2E_PACK_KEY;
  files.trusted = Boolean(key);
  if (!key) {
    key = path.join(dir, "fresh.key");
    execFileSync(CLI, ["pack", "keygen", "--out", key]);
  }
  const cli = (...args) => execFileSync(CLI, args, { encoding: "utf8" });
  for (const lang of LANGS) {
    const file = path.join(dir, `rumbo-${lang}.html`);
    copyFileSync(path.join(ROOT, "dist", `rumbo-${lang}.html`), file);
    cli("pack", "sign-edition", file, "--key", key);
    const checked = cli("pack", "check-file", file, "--trust", key + ".pub");
    files[lang] = {
      signed: readFileSync(file),
      fingerprint: checked.match(/key fingerprint: (.*)/)[1].trim(),
      version: checked.match(/content version: (.*)/)[1].trim(),
      compiled: checked.match(/content compiled: (.*)/)[1].trim(),
    };
    const tampered = Buffer.from(files[lang].signed);
    tampered[Math.floor(tampered.length / 2)] ^= 1;
    files[lang].tampered = tampered;
    // The same file with its signature blanked, as an unsigned build writes it; and with its two lines swapped.
    const text = files[lang].signed.toString("utf8");
    files[lang].moved = Buffer.from(text.replace(/^(<!DOCTYPE html>\n)(.*\n)(.*\n)/, "$1$3$2"));
    files[lang].unsigned = Buffer.from(text.replace(/^(<!DOCTYPE html>\n<!-- rumbo-signature: ).*( -->\n)/, "$1none$2"));
  }
});

/** "27 de noviembre de 2026": the locale's own day pattern and month names, as Settings writes a date. */
function dayDate(lang, iso) {
  const [year, month, day] = iso.split("-").map(Number);
  return fill(message(lang, "date-day"), { day: String(day), month: message(lang, `month-of-${month}`), year: String(year) });
}

async function choose(page, name, buffer) {
  await page.locator("#pack-file").setInputFiles({ name, mimeType: "text/html", buffer });
}

for (const lang of LANGS) {
  test(`${lang}: a signed edition is checked, then refused once one byte is changed; nothing is applied`, async () => {
    const phone = await newPhone(env.browser);
    const { context, page, requests } = phone;
    await openIn(page, lang, "/settings");
    const block = page.locator("#content-updates");
    await block.waitFor();
    assert.ok((await block.textContent()).includes(message(lang, "edition-check-help").slice(0, 20)));
    const { signed, tampered, moved, unsigned, fingerprint, version, compiled } = files[lang];
    const name = `rumbo-${lang}.html`;

    await choose(page, name, signed);
    if (files.trusted) {
      const result = block.locator(".edition-checked");
      await result.getByText(message(lang, "edition-check-ok-title")).waitFor();
      const text = await result.textContent();
      assert.ok(text.includes(fingerprint), "the key's fingerprint, as check-file prints it");
      const made = fill(message(lang, "edition-check-made"), { version, date: dayDate(lang, compiled) });
      assert.ok(text.includes(made), `${made} in ${text}`);
      await shotOf(page, `${lang}-settings-edition-checked`, result);
    } else {
      const refusal = fill(message(lang, "edition-error-other-key"), { fingerprint });
      await page.getByRole("alert").filter({ hasText: refusal }).waitFor();
      await shotOf(page, `${lang}-settings-edition-other-key`, page.getByRole("alert"));
    }
    assert.equal(await page.getByRole("button", { name: message(lang, "content-apply") }).count(), 0, "nothing to apply");

    // One byte changed in the middle: altered, whoever signed it. The signature is checked against the key the file
    // names before that key's trust, so a copy signed by a key this app does not trust is not "another key" here.
    await choose(page, name, tampered);
    await page.getByRole("alert").filter({ hasText: message(lang, "edition-error-altered") }).waitFor();
    assert.equal(await block.locator(".edition-checked").count(), 0, "the earlier answer is gone");
    await shotOf(page, `${lang}-settings-edition-altered`, page.getByRole("alert"));
    // The signature line moved below the content line: altered, whoever signed it.
    await choose(page, name, moved);
    await page.getByRole("alert").filter({ hasText: message(lang, "edition-error-altered") }).waitFor();

    await choose(page, name, unsigned);
    await page.getByRole("alert").filter({ hasText: message(lang, "edition-error-unsigned") }).waitFor();
    assert.ok((await block.textContent()).includes(message(lang, "content-built-in")), "the content in use is as it was");
    const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
    assert.ok(width <= 320, `the page is ${width} px wide at 320 px`);
    assert.deepEqual(foreignRequests(requests), []);
    await context.close();
  });
}
