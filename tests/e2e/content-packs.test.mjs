// Settings → "Content updates" at 320 px: a content pack made and signed by rumbo-cli here, in a temporary
// folder, is imported from a file; a copy with one byte changed is refused with the reason, and nothing changes.
//
// The key: the release bundle trusts only the keys it was built with. With RUMBO_E2E_PACK_KEY (a secret key file
// whose public key the bundle was built to trust, `RUMBO_TRUSTED_KEYS=… scripts/build-web.sh`), the pack is signed
// with it and the test applies it, reads the changed text, reloads (the stored pack is checked again) and
// returns to the previous content, then finds the stored pack altered in IndexedDB at the next start and sets it
// aside. Without it, a fresh key signs the pack, and the app must refuse it as signed
// by a key it does not trust, naming the key's fingerprint. No secret key is ever written inside the repository.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { withRumbo, newPhone, openIn, foreignRequests, fill, shotOf, LANGS, ORIGIN, ROOT, message } from "./support.mjs";

const env = withRumbo();
const CLI = process.env.RUMBO_CLI || path.join(ROOT, "target", "debug", "rumbo-cli");
const MARK = "(v2 e2e)";
const packs = {};

before(() => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "rumbo-packs-"));
  cpSync(path.join(ROOT, "locales"), path.join(dir, "locales"), { recursive: true });
  mkdirSync(path.join(dir, "assets"));
  for (const name of ["guides.json", "directory.json", "calendar.json"]) {
    cpSync(path.join(ROOT, "assets", name), path.join(dir, "assets", name));
  }
  // One visible text changes in every language: the heading of Settings' "About".
  for (const lang of LANGS) {
    const file = path.join(dir, "locales", lang, "rumbo.ftl");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^settings-about = (.*)$/m, `settings-about = $1 ${MARK}`));
  }
  let key = process.env.RUMBO_E2E_PACK_KEY;
  packs.trusted = Boolean(key);
  if (!key) {
    key = path.join(dir, "fresh.key");
    execFileSync(CLI, ["pack", "keygen", "--out", key]);
  }
  const pack = path.join(dir, "v2.pack");
  const cli = (...args) => execFileSync(CLI, args, { cwd: dir, encoding: "utf8" });
  cli("pack", "build", "--content-version", "2", "--out", pack);
  cli("pack", "sign", pack, "--key", key);
  packs.signed = readFileSync(pack);
  packs.fingerprint = cli("pack", "verify", pack, "--trust", key + ".pub").match(/key fingerprint: (.*)/)[1].trim();
  packs.tampered = Buffer.from(packs.signed);
  packs.tampered[packs.tampered.length - 200] ^= 1;
});

async function settings(lang) {
  const phone = await newPhone(env.browser);
  await openIn(phone.page, lang, "/settings");
  await phone.page.locator("#content-updates").waitFor();
  return phone;
}

async function offer(page, name, buffer) {
  await page.locator("#pack-file").setInputFiles({ name, mimeType: "application/octet-stream", buffer });
}

async function fitsThePhone(page) {
  const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
  assert.ok(width <= 320, `the page is ${width} px wide at 320 px`);
}

for (const lang of LANGS) {
  test(`${lang}: a pack with one byte changed is refused with the reason, and the content stays as it was`, async () => {
    const { context, page, requests } = await settings(lang);
    const block = page.locator("#content-updates");
    const version = fill(message(lang, "content-version"), { version: "1" });
    assert.match(await block.textContent(), new RegExp(version.replace(/[()]/g, ".")));
    assert.ok((await block.textContent()).includes(message(lang, "content-built-in")));
    await offer(page, "rumbo-content-2.pack", packs.tampered);
    await page.getByRole("alert").filter({ hasText: message(lang, "pack-error-damaged") }).waitFor();
    assert.equal(await page.getByRole("button", { name: message(lang, "content-apply") }).count(), 0);
    assert.ok((await block.textContent()).includes(message(lang, "content-built-in")), "nothing changed");
    await fitsThePhone(page);
    await shotOf(page, `${lang}-settings-content`, block.locator("h2"));
    await shotOf(page, `${lang}-settings-content-refused`, page.getByRole("alert"));
    assert.deepEqual(foreignRequests(requests), []);
    await context.close();
  });
}

test("a signed pack: applied with an explicit tap, used after a reload, and the previous content comes back", async () => {
  const lang = "en";
  const { context, page } = await settings(lang);
  await offer(page, "rumbo-content-2.pack", packs.signed);
  if (!packs.trusted) {
    const refusal = fill(message(lang, "pack-error-other-key"), { fingerprint: packs.fingerprint });
    await page.getByRole("alert").filter({ hasText: refusal }).waitFor();
    await shotOf(page, `${lang}-settings-content-other-key`, page.getByRole("alert"));
    await context.close();
    return;
  }
  const block = page.locator("#content-updates");
  await block.getByText(fill(message(lang, "content-offer-title"), { version: "2" })).waitFor();
  assert.ok((await block.locator(".pack-offer").textContent()).includes(packs.fingerprint), "the key's fingerprint, as pack verify prints it");
  // Nothing is applied before the tap.
  assert.ok(!(await page.locator("main").textContent()).includes(MARK));
  await shotOf(page, `${lang}-settings-content-offer`, block.locator(".pack-offer ul"));
  await page.getByRole("button", { name: message(lang, "content-apply") }).click();
  await page.getByText(fill(message(lang, "content-applied"), { version: "2" })).waitFor();
  await page.getByRole("heading", { name: `${message(lang, "settings-about")} ${MARK}` }).waitFor();
  await shotOf(page, `${lang}-settings-content-applied`, page.locator("#content-updates dl"));

  await page.reload();
  await page.getByRole("heading", { name: `${message(lang, "settings-about")} ${MARK}` }).waitFor();
  assert.ok((await page.locator("#content-updates dl.facts").textContent()).includes(packs.fingerprint));

  await page.getByRole("button", { name: message(lang, "content-return") }).click();
  await page.getByText(fill(message(lang, "content-returned"), { version: "1" })).waitFor();
  await page.getByRole("heading", { name: message(lang, "settings-about"), exact: true }).waitFor();
  // The same pack again is not older than the content in use any more: it can be offered again.
  await offer(page, "rumbo-content-2.pack", packs.signed);
  await page.getByRole("button", { name: message(lang, "content-apply") }).click();
  await page.getByText(fill(message(lang, "content-applied"), { version: "2" })).waitFor();

  // One byte of the stored pack changes where the browser keeps it: at the next start it fails its check, is
  // set aside with the reason, and the compiled-in content is used.
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open("rumbo");
        open.onerror = reject;
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction("sqlite", "readwrite").objectStore("sqlite");
          const get = store.get("pack.current");
          get.onsuccess = () => {
            const bytes = new Uint8Array(get.result);
            bytes[bytes.length - 200] ^= 1;
            store.put(bytes, "pack.current").onsuccess = () => {
              db.close();
              resolve();
            };
          };
        };
      }),
  );
  await page.reload();
  const setAside = page.locator("#content-updates .content-notice").filter({ hasText: message(lang, "content-set-aside") });
  await setAside.waitFor();
  assert.ok((await setAside.textContent()).includes(message(lang, "pack-error-damaged")));
  await page.getByRole("heading", { name: message(lang, "settings-about"), exact: true }).waitFor();
  assert.ok((await page.locator("#content-updates").textContent()).includes(message(lang, "content-built-in")));
  await shotOf(page, `${lang}-settings-content-set-aside`, setAside);
  await context.close();
});

for (const lang of LANGS) {
  test(`${lang}: offline, a newer pack is applied with a saved guide kept, and the previous content comes back`, { skip: !process.env.RUMBO_E2E_PACK_KEY && "needs a bundle built to trust RUMBO_E2E_PACK_KEY" }, async () => {
    const { context, page, requests } = await newPhone(env.browser);
    await openIn(page, lang, "/guide/tvrh");
    await page.getByRole("button", { name: message(lang, "saved-save") }).click();
    await page.getByRole("button", { name: message(lang, "saved-yes") }).waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
    // A shelter without internet: the pack came by Bluetooth or on a USB stick.
    await context.setOffline(true);
    await page.reload();
    await page.goto(`${ORIGIN}/#/settings`);
    await page.locator("#content-updates").waitFor();
    await offer(page, "rumbo-content-2.pack", packs.signed);
    await page.getByRole("button", { name: message(lang, "content-apply") }).click();
    await page.getByText(fill(message(lang, "content-applied"), { version: "2" })).waitFor();
    await page.getByRole("heading", { name: `${message(lang, "settings-about")} ${MARK}` }).waitFor();
    await fitsThePhone(page);
    await shotOf(page, `${lang}-settings-content-applied-offline`, page.locator("#content-updates dl"));
    const saved = async () => {
      await page.goto(`${ORIGIN}/#/saved`);
      await page.locator(".saved-item, main p.empty").first().waitFor();
      return page.locator(".saved-item .card-title").allTextContents();
    };
    assert.deepEqual(await saved(), [message(lang, "guide-tvrh-title")], "the saved guide, under the new pack");
    await page.goto(`${ORIGIN}/#/settings`);
    await page.getByRole("button", { name: message(lang, "content-return") }).click();
    await page.getByText(fill(message(lang, "content-returned"), { version: "1" })).waitFor();
    await page.getByRole("heading", { name: message(lang, "settings-about"), exact: true }).waitFor();
    await offer(page, "rumbo-content-2.pack", packs.tampered);
    await page.getByRole("alert").filter({ hasText: message(lang, "pack-error-damaged") }).waitFor();
    assert.deepEqual(await saved(), [message(lang, "guide-tvrh-title")], "the saved guide, back with the old content");
    assert.deepEqual(foreignRequests(requests), []);
    await context.close();
  });
}

test("another open tab follows: it shows an applied pack, and the content compiled in after Delete my data", { skip: !process.env.RUMBO_E2E_PACK_KEY && "needs a bundle built to trust RUMBO_E2E_PACK_KEY" }, async () => {
  const lang = "en";
  const { context, page } = await settings(lang);
  // The same phone's second tab, opened on Settings in the language chosen in the first.
  const other = await context.newPage();
  await other.goto(`${ORIGIN}/#/settings`);
  await other.locator("#content-updates").waitFor();
  const about = (p, marked) =>
    p.getByRole("heading", { name: marked ? `${message(lang, "settings-about")} ${MARK}` : message(lang, "settings-about"), exact: true });
  await offer(page, "rumbo-content-2.pack", packs.signed);
  await page.getByRole("button", { name: message(lang, "content-apply") }).click();
  await page.getByText(fill(message(lang, "content-applied"), { version: "2" })).waitFor();
  await about(other, true).waitFor();
  // The facts of the content in use (the block's notice names the key this build trusts, whatever is in use).
  const facts = (p) => p.locator("#content-updates dl.facts").textContent();
  assert.ok((await facts(other)).includes(packs.fingerprint));

  await page.getByRole("button", { name: message(lang, "wipe-data") }).click();
  await page.getByRole("button", { name: message(lang, "wipe-data-yes") }).click();
  await page.getByRole("status").filter({ hasText: message(lang, "wipe-data-done") }).waitFor();
  assert.ok((await facts(page)).includes(message(lang, "content-built-in")));
  assert.ok(!(await facts(page)).includes(packs.fingerprint), "the deleted pack is not shown as in use");
  await about(other, false).waitFor();
  assert.ok((await facts(other)).includes(message(lang, "content-built-in")));
  // The language choice was deleted too: the app asks for it again.
  await page.reload();
  await page.getByRole("button", { name: new RegExp(message(lang, "language-name")) }).first().click();
  await about(page, false).waitFor();
  assert.ok((await facts(page)).includes(message(lang, "content-built-in")), "nothing was stored again");
  await context.close();
});
