// What an outreach worker hands on: the zip on any host (at the root or under a sub-path), `rumbo-cli share`
// on local Wi-Fi (a browser there is not in a secure context), and the one-file editions opened from disk.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { gunzipSync } from "node:zlib";
import path from "node:path";
import { ROOT, LANGS, VIEWPORT, launch, message, openIn, screenshot } from "./support.mjs";

const CLI = process.env.RUMBO_CLI || path.join(ROOT, "target", "debug", "rumbo-cli");
const DIST = path.join(ROOT, "dist");
const PORT = Number(process.env.RUMBO_TEST_PORT || 8765) + 1;
const SHARE = `http://127.0.0.1:${PORT}`;
let server;
let browser;

/** Starts `rumbo-cli <args>` and resolves once it has printed its first line. */
function start(args) {
  const child = spawn(CLI, args, { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`rumbo-cli ${args[0]} exited with ${code}`)));
    child.stdout.once("data", () => resolve(child));
  });
}

before(async () => {
  server = await start(["share", "--dir", DIST, "--port", String(PORT)]);
  browser = await launch(["--host-resolver-rules=MAP rumbo.test 127.0.0.1"]);
});
after(async () => {
  await browser?.close();
  server?.kill();
});

function files(dir, prefix = "") {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

const sha = (bytes) => createHash("sha256").update(bytes).digest("hex");

test("the release zip and the checksums match, and the zip holds the whole bundle", () => {
  const sums = readFileSync(path.join(DIST, "SHA256SUMS"), "utf8").trim().split("\n");
  const zip = sums.map((line) => line.split(/\s+/)[1]).find((name) => /^rumbo-web-.+\.zip$/.test(name));
  assert.ok(zip, "a versioned zip is listed");
  for (const line of sums) {
    const [sum, name] = line.split(/\s+/);
    assert.equal(sha(readFileSync(path.join(DIST, name))), sum, name);
  }
  const unpacked = mkdtempSync(path.join(tmpdir(), "rumbo-zip-"));
  execFileSync("unzip", ["-q", path.join(DIST, zip), "-d", unpacked]);
  assert.deepEqual(files(unpacked).sort(), files(path.join(DIST, "web")).sort());
});

test("under a sub-path the app loads its styles, works, and keeps working offline", async () => {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const failed = [];
  page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  await page.goto(`${SHARE}/app/`);
  await page.getByRole("button", { name: new RegExp(message("en", "language-name")) }).first().click();
  await page.locator("main h1").waitFor();
  // The style sheets came from /app/assets/, not from the site's root.
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector(".main-nav")).position), "fixed");
  assert.deepEqual(failed, []);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 });
  await context.setOffline(true);
  await page.goto(`${SHARE}/app/#/guide/tvrh`);
  assert.equal(await page.locator("main h1").textContent(), message("en", "guide-tvrh-title"));
  await context.close();
});

test("the share page speaks the phone's language and offers each one-file edition", async () => {
  const lang = LANGS.at(-1);
  const response = await fetch(`${SHARE}/`, { headers: { "Accept-Language": `${lang};q=1, en;q=0.5` } });
  assert.equal(response.status, 200);
  const html = await response.text();
  assert.match(html, new RegExp(`<html lang="${lang}">`));
  assert.ok(html.includes(message(lang, "share-open-help")));
  for (const other of LANGS) assert.ok(html.includes(`href="./rumbo-${other}.html" download`), other);
  const edition = await fetch(`${SHARE}/rumbo-${lang}.html`);
  assert.equal(edition.headers.get("content-type"), "text/html; charset=utf-8");
  assert.equal(await edition.text(), readFileSync(path.join(DIST, `rumbo-${lang}.html`), "utf8"));
});

test("the share server answers only GET and HEAD for its own files", async () => {
  const get = (url, init) => fetch(`${SHARE}${url}`, init);
  for (const url of ["/app/../Cargo.toml", "/app/%2e%2e/Cargo.toml", "/app/..%2fCargo.toml", "/app/%2e%2e%5cCargo.toml", "/Cargo.toml", "/app/assets/", "/web/index.html", "/app/a%00b"]) {
    assert.ok([400, 404].includes((await get(url)).status), url);
  }
  // fetch() cleans up "/../" itself: send the raw request line.
  const raw = execFileSync("curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "--path-as-is", `${SHARE}/app/../../etc/passwd`]).toString();
  assert.ok(["400", "404"].includes(raw), raw);
  for (const method of ["POST", "PUT", "DELETE"]) {
    const r = await get("/app/index.html", { method, body: method === "DELETE" ? undefined : "x" });
    assert.equal(r.status, 405, method);
    assert.equal(r.headers.get("allow"), "GET, HEAD");
  }
  const head = await get("/app/index.html", { method: "HEAD" });
  assert.equal(head.status, 200);
  const wasm = files(path.join(DIST, "web")).find((f) => f.endsWith(".wasm"));
  const types = { "index.html": "text/html; charset=utf-8", "manifest.webmanifest": "application/manifest+json; charset=utf-8", [wasm]: "application/wasm", "sw.js": "text/javascript; charset=utf-8" };
  for (const [file, type] of Object.entries(types)) {
    assert.equal((await get(`/app/${file}`)).headers.get("content-type"), type, file);
  }
});

test("compressed where the phone accepts it, and the same bytes either way", async () => {
  const wasm = files(path.join(DIST, "web")).find((f) => f.endsWith(".wasm"));
  const raw = readFileSync(path.join(DIST, "web", wasm));
  const curl = (encoding) =>
    execFileSync("curl", ["-s", "-D", "-", "-o", "-", "-H", `Accept-Encoding: ${encoding}`, `${SHARE}/app/${wasm}`], { maxBuffer: 1 << 26 });
  const gz = curl("gzip");
  const split = gz.indexOf("\r\n\r\n");
  assert.match(gz.subarray(0, split).toString(), /content-encoding: gzip/i);
  const body = gz.subarray(split + 4);
  assert.ok(body.length < raw.length / 2, `gzip ${body.length} of ${raw.length}`);
  assert.ok(gunzipSync(body).equals(raw));
  const plain = curl("identity");
  assert.doesNotMatch(plain.subarray(0, plain.indexOf("\r\n\r\n")).toString(), /content-encoding/i);
});

test("fifty phones fetching the whole bundle at once all get every file intact", async () => {
  const web = path.join(DIST, "web");
  const all = files(web);
  const expected = Object.fromEntries(all.map((f) => [f, sha(readFileSync(path.join(web, f)))]));
  const phone = async () => {
    for (const file of all) {
      const response = await fetch(`${SHARE}/app/${file}`, { headers: { "Accept-Encoding": "gzip" } });
      assert.equal(response.status, 200, file);
      assert.equal(sha(Buffer.from(await response.arrayBuffer())), expected[file], file);
    }
  };
  await Promise.all(Array.from({ length: 50 }, phone));
  // A figure, not a limit: what the server held at its peak.
  const peak = readFileSync(`/proc/${server.pid}/status`, "utf8").match(/VmHWM:\s+(\d+) kB/)[1];
  console.log(`share server: 50 phones × ${all.length} files; peak memory ${Math.round(peak / 1024)} MB`);
});

test("over plain local Wi-Fi (not a secure context) Rumbo works without the features that need one", async () => {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`http://rumbo.test:${PORT}/app/`);
  assert.equal(await page.evaluate(() => window.isSecureContext), false);
  await page.getByRole("button", { name: new RegExp(message("es", "language-name")) }).first().click();
  await page.goto(`http://rumbo.test:${PORT}/app/#/guide/rights`);
  await page.getByRole("button", { name: message("es", "saved-save") }).click();
  await page.getByRole("button", { name: message("es", "saved-yes") }).waitFor();
  await page.reload();
  await page.getByRole("button", { name: message("es", "saved-yes") }).waitFor();
  assert.equal(await page.evaluate(() => navigator.serviceWorker?.controller ?? null), null, "no offline worker");
  await screenshot(page, "es-insecure-context");
  assert.deepEqual(errors, []);
  await context.close();
});

test("each one-file edition opens from disk with no network, at 320 px, with every guide section", async () => {
  const sections = JSON.parse(readFileSync(path.join(ROOT, "assets", "guides.json"), "utf8")).sections.map((s) => s.id);
  for (const lang of LANGS) {
    const file = path.join(DIST, `rumbo-${lang}.html`);
    assert.ok(existsSync(file), file);
    const context = await browser.newContext({ viewport: VIEWPORT, offline: true, javaScriptEnabled: false });
    const requests = [];
    context.on("request", (r) => requests.push(r.url()));
    const page = await context.newPage();
    await page.goto(`file://${file}`);
    assert.equal(await page.locator("html").getAttribute("lang"), lang);
    for (const id of sections) assert.equal(await page.locator(`#guide-${id} h2`).count() > 0, true, `${lang} ${id}`);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), VIEWPORT.width, `${lang}: no sideways scrolling`);
    assert.deepEqual(requests.filter((url) => !url.startsWith("file:")), [], lang);
    await screenshot(page, `${lang}-one-file`);
    await context.close();
  }
});
