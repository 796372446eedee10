// What a person on a cheap phone with little data feels: cold start on a slow network, warm start from the
// service worker's cache, and the time the app takes to answer a keystroke or a tap, with the CPU slowed 4x.
//
//   node bench/web.mjs        env: RUMBO_CLI, RUMBO_WEB_DIR, RUMBO_BENCH_PORT (8790), RUMBO_BENCH_RUNS (5), CHROMIUM
//
// Debian's chromium through playwright-core at 320x640. Chromium talks to a small counting proxy (node's http)
// in front of `rumbo-cli serve`, so every request that reaches the network is seen, the service worker's
// included, and so the cold start can also be measured as a host that compresses (brotli) would serve it.
// Figures only: nothing here asserts on a time. Writes target/bench/web.json.
import { mkdtempSync, rmSync, readFileSync, readdirSync, mkdirSync, writeFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { startServer, startProxy, walk } from "./net.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLI = process.env.RUMBO_CLI || path.join(ROOT, "target", "debug", "rumbo-cli");
const DIR = process.env.RUMBO_WEB_DIR || path.join(ROOT, "dist", "web");
const PORT = Number(process.env.RUMBO_BENCH_PORT || 8790);
const RUNS = Math.max(1, Number(process.env.RUMBO_BENCH_RUNS || 5));
// RUMBO_BENCH_ONLY=cold,brotli,noscript,warm,interactions runs only those parts (all by default).
const ONLY = (process.env.RUMBO_BENCH_ONLY || "cold,brotli,noscript,warm,interactions").split(",");
const ORIGIN = `http://127.0.0.1:${PORT}`;
const STEP = 240_000; // no single visit or measurement may take longer than this
const SLOW = { offline: false, latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 };
const LANGS = JSON.parse(readFileSync(path.join(ROOT, "src/i18n/languages.rs"), "utf8").match(/pub const LANGUAGES: &\[&str\] = &(\[[^\]]*\]);/)[1]);
// Words that occur in each language's guides (locales/<lang>/guide-*.ftl), typed one character at a time.
const QUERIES = {
  es: ["asilo", "comar", "plazo", "albergue", "tarjeta"],
  en: ["asylum", "deadline", "shelter", "appeal", "card"],
  ht: ["azil", "refijye", "kat", "apèl", "abri"],
  ru: ["убежище", "срок", "приют", "карта", "жалоба"],
};
const DATES = [["3", "3", "2025"], ["10", "11", "2025"], ["15", "1", "2026"], ["1", "7", "2024"], ["20", "12", "2025"]];
// Words the first readable screen shows: the Spanish home's lead, on the static root page and in the app.
const READABLE = message("es", "home-lead");
// The app may set this mark when its first screen can be used; until it does, the DOM is watched instead.
const HAS_MARK = readdirSync(path.join(DIR, "assets")).some((f) => readFileSync(path.join(DIR, "assets", f)).includes("rumbo-interactive"));

/** A one-line message of a locale, read from its .ftl files (not through the app). */
function message(lang, id) {
  const dir = path.join(ROOT, "locales", lang);
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".ftl")))
    for (const line of readFileSync(path.join(dir, f), "utf8").split("\n")) if (line.startsWith(id + " = ")) return line.slice(id.length + 3).trim();
  throw new Error(`${lang} has no message ${id}`);
}

// ---- browser helpers ------------------------------------------------------------------------------------------
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const open = new Set(); // contexts to close whatever happens
let version = null;
async function launch(dir, options = {}) {
  const context = await chromium.launchPersistentContext(dir, { executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ARGS, viewport: { width: 320, height: 640 }, timeout: 60_000, ...options });
  context.setDefaultTimeout(STEP);
  open.add(context);
  version ??= (await (await context.newCDPSession(context.pages()[0])).send("Browser.getVersion")).product;
  await context.addInitScript(watchFirstScreen, READABLE);
  return context;
}
async function close(context) {
  open.delete(context);
  await context.close().catch(() => {});
}

/** In the page from its first instant: when the app's `main h1` appears, and when the first screen's controls are there. */
function watchFirstScreen(readable) {
  const b = (window.__bench = { h1: null, ready: null, screen: null, readable: null });
  // The frame that first shows words of the guidance (not the loading line): checked before each frame.
  const read = () => {
    if (document.body && document.body.innerText.includes(readable)) b.readable = performance.now();
    else requestAnimationFrame(read);
  };
  requestAnimationFrame(read);
  const mo = new MutationObserver(() => {
    const now = performance.now();
    // In the app's root (#main): the root page's static home has its own main h1 and nav from the first paint.
    if (!document.querySelector("#main main h1")) return;
    b.h1 ??= now;
    if (document.querySelector("#main nav a")) Object.assign(b, { ready: now, screen: "h1 + nav visible" });
    else if (document.querySelector(".language-button")) Object.assign(b, { ready: now, screen: "language choice visible" });
    if (b.ready !== null) mo.disconnect();
  });
  mo.observe(document, { childList: true, subtree: true });
}

/** CPU 4x slower (and a slow network if asked) for one page, through the DevTools protocol. */
async function throttle(context, page, network) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await cdp.send("Network.enable");
  if (network) await cdp.send("Network.emulateNetworkConditions", network);
  const seen = { requests: 0, fromSW: 0, bytes: 0 };
  cdp.on("Network.responseReceived", (e) => {
    if (!e.response.url.startsWith("http")) return; // data: images in the stylesheets
    seen.requests++;
    if (e.response.fromServiceWorker) seen.fromSW++;
  });
  cdp.on("Network.loadingFinished", (e) => (seen.bytes += e.encodedDataLength));
  return seen;
}

/** Opens ORIGIN in a throttled page and returns when its first screen can be used, with the times. */
async function visit(context, proxy, network) {
  const page = context.pages()[0] ?? (await context.newPage());
  const seen = await throttle(context, page, network);
  proxy.state.log = [];
  await page.goto(ORIGIN + "/", { waitUntil: "commit", timeout: STEP });
  await page.waitForFunction((mark) => (mark ? performance.getEntriesByName("rumbo-interactive", "mark").length > 0 : window.__bench?.ready != null), HAS_MARK, { timeout: STEP, polling: 100 });
  const t = await page.evaluate(() => ({
    origin: performance.timeOrigin,
    paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
    h1: window.__bench.h1,
    readable: window.__bench.readable,
    interactive: performance.getEntriesByName("rumbo-interactive", "mark")[0]?.startTime ?? window.__bench.ready,
    how: performance.getEntriesByName("rumbo-interactive", "mark").length ? "mark rumbo-interactive" : `fallback: ${window.__bench.screen}`,
  }));
  // The app adds its stylesheets when it starts: until they arrive, its first screen is shown unstyled.
  t.css = await (await page.waitForFunction(() => {
    const ends = [...document.querySelectorAll("link[rel=stylesheet]")].map((l) => performance.getEntriesByName(l.href)[0]?.responseEnd);
    return ends.every((e) => e != null) && Math.max(...ends);
  }, null, { timeout: STEP, polling: 100 })).jsonValue();
  const until = t.origin + t.interactive;
  const net = (log) => ({ requests: log.length, bytes: log.reduce((n, r) => n + r.bytes, 0) });
  return { page, seen, t, toInteractive: () => net(proxy.state.log.filter((r) => r.at <= until)), all: () => ({ ...net(proxy.state.log), paths: proxy.state.log.map((r) => r.path) }) };
}

/**
 * The requests and bytes that had arrived by `until` (ms since navigation), by the page's own resource timing: the
 * proxy answers at once and Chromium slows the answer down, so the proxy's log would count a response that had only
 * started (the wasm, which boot.js requests early) as arrived.
 */
const arrivedBy = (page, until) =>
  page.evaluate((until) => {
    const done = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")].filter((e) => e.responseEnd > 0 && e.responseEnd <= until);
    return { requests: done.length, bytes: done.reduce((n, e) => n + e.transferSize, 0) };
  }, until);

/**
 * With JavaScript off: the static page at the root, cold, on the slow network. Its first paint is its text (the
 * page's own HTML and one style sheet), so the time to readable text is the first contentful paint.
 */
async function noScript(proxy, compress) {
  proxy.state.compress = compress;
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "rumbo-bench-"));
    const context = await launch(dir, { javaScriptEnabled: false });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await throttle(context, page, SLOW);
      proxy.state.log = [];
      await page.goto(ORIGIN + "/", { waitUntil: "load", timeout: STEP });
      // The load event can come before the first paint has been recorded (the page's words are there, not yet
      // painted): wait for the paint instead of reading "never".
      await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0, null, { timeout: 30_000, polling: 100 }).catch(() => {});
      const t = await page.evaluate(() => ({ origin: performance.timeOrigin, paint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null }));
      const shows = (await page.locator("body").innerText()).includes(READABLE);
      t.readable = shows ? t.paint : null;
      runs.push({ ...t, toReadable: await arrivedBy(page, t.readable ?? 0) });
      process.stderr.write(`  no script${compress ? " br" : ""} ${i + 1}/${RUNS}: readable ${t.readable == null ? "never" : (t.readable / 1000).toFixed(1) + " s"}\n`);
    } finally {
      await close(context);
      rmSync(dir, { recursive: true, force: true });
    }
  }
  Object.assign(proxy.state, { compress: false });
  return runs;
}

const waitForWorker = (page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: STEP, polling: 250 });

// ---- the three measurements -----------------------------------------------------------------------------------
async function cold(proxy, compress) {
  proxy.state.compress = compress;
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "rumbo-bench-"));
    const context = await launch(dir);
    try {
      // The proxy slows the service worker's requests as Chromium slows the page's. (Not a Playwright route to
      // tag them: routing turns the HTTP cache off, which would hide a worker that reuses the page's downloads.)
      proxy.state.link = { rate: SLOW.downloadThroughput, latency: SLOW.latency, free: 0 };
      const v = await visit(context, proxy, SLOW);
      const toInteractive = v.toInteractive();
      const toReadable = v.t.readable == null ? null : await arrivedBy(v.page, v.t.readable);
      await waitForWorker(v.page); // the first visit is only over when the worker has precached the app
      const offlineReady = Date.now() - v.t.origin;
      runs.push({ ...v.t, offlineReady, toInteractive, toReadable, firstVisit: v.all(), swRequests: proxy.state.log.filter((r) => r.worker).length, page: v.seen });
      process.stderr.write(`  cold${compress ? " br" : ""} ${i + 1}/${RUNS}: interactive ${(v.t.interactive / 1000).toFixed(1)} s\n`);
    } finally {
      await close(context);
      rmSync(dir, { recursive: true, force: true });
    }
  }
  Object.assign(proxy.state, { compress: false, link: null });
  return runs;
}

/** A returning person's profile: Spanish chosen and the worker in control, set up once without throttling. */
async function prepare(dir) {
  const context = await launch(dir);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(ORIGIN + "/");
    // A first visit keeps the root page's Spanish home, with the languages in a row at the top once the app runs.
    await page.getByRole("button", { name: new RegExp(message("es", "language-name")) }).first().click();
    await page.locator("#main main h1").waitFor();
    await waitForWorker(page);
  } finally {
    await close(context);
  }
}

async function warm(proxy, dir) {
  let context;
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    context = await launch(dir); // a new browser process each time, like reopening the app on a phone
    try {
      const v = await visit(context, proxy, SLOW);
      // The browser checks sw.js for an update after a navigation; give it a moment to show up.
      const by = Date.now() + 5000;
      while (Date.now() < by && !proxy.state.log.some((r) => r.path.includes("sw.js"))) await new Promise((r) => setTimeout(r, 100));
      runs.push({ ...v.t, network: v.all(), page: v.seen });
      process.stderr.write(`  warm ${i + 1}/${RUNS}: interactive ${(v.t.interactive / 1000).toFixed(2)} s\n`);
    } finally {
      await close(context);
    }
  }
  return runs;
}

/** In the page: do something, then time until `done()` holds after a DOM change, plus one animation frame. */
function timeUntil(arg, act, done) {
  return new Promise((resolve) => {
    let t0;
    const mo = new MutationObserver(() => {
      if (!done(arg)) return;
      mo.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - t0));
    });
    mo.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    setTimeout(() => (mo.disconnect(), resolve(null)), 10_000);
    t0 = performance.now();
    act(arg);
  });
}
// Sent as one expression: the page's Content Security Policy forbids `new Function`, but not DevTools' evaluation.
const measure = (page, act, done, arg) =>
  page.evaluate(`(${timeUntil})(${JSON.stringify(arg)}, (arg) => { ${act} }, (arg) => { ${done} })`);
const SET = "const set = (sel, v, type) => { const el = document.querySelector(sel); el.value = v; el.dispatchEvent(new Event(type, { bubbles: true })); };";
const settle = (page) => page.evaluate(() => new Promise((r) => setTimeout(r, 100))); // a person types ~5 keys a second at most

async function interactions(proxy, dir) {
  const context = await launch(dir);
  const out = { search: {}, languageSwitch: [], guideSection: [], deadlineWords: [], deadlineResult: [] };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await throttle(context, page, null);
    await page.goto(ORIGIN + "/#/");
    await page.locator("#language-switch").waitFor();
    for (const lang of LANGS) {
      await page.locator("#language-switch").selectOption(lang);
      await page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await page.evaluate(() => (location.hash = "#/"));
      await page.locator("#search").waitFor();
      // A person taps the field before typing; Rumbo builds the language's index then, while the keyboard opens.
      await page.locator("#search").focus();
      await settle(page);
      // Search: one keystroke at a time; each timed until the results (or their count) changed on screen.
      out.search[lang] = [];
      for (const word of QUERIES[lang]) {
        // The first letter searches nothing (two are needed) and changes nothing on screen: typed, not timed.
        await page.evaluate(`${SET} set("#search", ${JSON.stringify(word[0])}, "input")`);
        await settle(page);
        for (let i = 2; i <= word.length; i++) {
          out.search[lang].push(await measure(page, `${SET} set("#search", arg, "input")`, "return true", word.slice(0, i)));
          await settle(page);
        }
        await page.evaluate(() => { const el = document.querySelector("#search"); el.value = ""; el.dispatchEvent(new Event("input", { bubbles: true })); });
        await page.locator(".search-results").waitFor({ state: "detached" });
      }
      // Opening each guide section from the list, until its own h1 is on screen.
      await page.evaluate(() => (location.hash = "#/guides"));
      const sections = await page.locator(".guide-list a").count();
      for (let i = 0; i < sections; i++) {
        await page.locator(".guide-list a").first().waitFor();
        out.guideSection.push(await measure(page,
          "arg.title = document.querySelectorAll('.guide-list a')[arg.i].querySelector('.card-title').textContent.trim(); document.querySelectorAll('.guide-list a')[arg.i].click();",
          "return document.querySelector('main article.guide h1')?.textContent.trim() === arg.title", { i }));
        await page.evaluate(() => (location.hash = "#/guides"));
      }
      // The deadline: the date in words after the last field, then the result after "Calculate".
      await page.evaluate(() => (location.hash = "#/deadline"));
      await page.locator("#deadline-year").waitFor();
      for (const [d, m, y] of DATES) {
        await page.evaluate(`{ ${SET} set("#deadline-year", "", "input"); set("#deadline-day", ${JSON.stringify(d)}, "input"); set("#deadline-month", ${JSON.stringify(m)}, "change"); }`);
        await page.locator(".deadline-result").waitFor({ state: "detached" });
        await page.locator(".date-words strong").waitFor({ state: "detached" });
        out.deadlineWords.push(await measure(page, `${SET} set("#deadline-year", arg, "input")`, "return !!document.querySelector('.date-words strong')", y));
        out.deadlineResult.push(await measure(page, "document.querySelector('.deadline-form button[type=submit]').click()", "return !!document.querySelector('.deadline-result')", null));
        await settle(page);
      }
    }
    // The language switch in the header, on Home, round the languages twice: until <html lang> and the h1 follow.
    await page.evaluate(() => (location.hash = "#/"));
    for (const lang of [...LANGS.slice(1), ...LANGS, LANGS[0]]) {
      const title = message(lang, "home-title");
      out.languageSwitch.push(await measure(page, `${SET} set("#language-switch", arg.lang, "change")`,
        "return document.documentElement.lang === arg.lang && document.querySelector('main h1')?.textContent.trim() === arg.title", { lang, title }));
      await settle(page);
    }
  } finally {
    await close(context);
  }
  return out;
}

// ---- figures --------------------------------------------------------------------------------------------------
const sorted = (xs) => xs.filter((x) => x != null).sort((a, b) => a - b);
const pct = (xs, p) => (xs.length ? xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] : null);
const stats = (xs) => { const s = sorted(xs); return { n: s.length, missed: xs.length - s.length, median: pct(s, 50), p95: pct(s, 95), worst: s.at(-1) ?? null }; };
const sec = (ms) => (ms == null ? "—" : `${(ms / 1000).toFixed(2)} s`).padStart(9);
const msf = (ms) => (ms == null ? "—" : `${ms.toFixed(0)} ms`).padStart(8);
const kib = (b) => `${(b / 1024).toFixed(0)} KiB`;

const TIMES = [["first paint (FCP)", "paint"], ["readable text (the home's words on screen)", "readable"], ["app content (the app's main h1, in #main)", "h1"], ["all stylesheets loaded", "css"], ["interactive", "interactive"], ["offline-ready (worker in control)", "offlineReady"]];
const median = (xs) => stats(xs).median;

async function main() {
  if (!existsSync(CLI)) throw new Error(`${CLI} not found: build rumbo-cli first (cargo build --no-default-features --bin rumbo-cli)`);
  const cpus = os.cpus();
  const result = { date: new Date().toISOString(), machine: { cpu: cpus[0]?.model, cpus: cpus.length, memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1), os: `${os.type()} ${os.release()}` }, runs: RUNS, network: SLOW, cpuSlowdown: 4, viewport: "320x640", interactiveMark: HAS_MARK, bundle: walk(DIR).map((f) => path.relative(DIR, f)), summary: {} };
  const server = await startServer(CLI, DIR, PORT + 1);
  process.on("exit", () => server.kill()); // whatever happens, the server does not outlive the bench
  const proxy = await startProxy(PORT, PORT + 1, DIR);
  const warmDir = mkdtempSync(path.join(os.tmpdir(), "rumbo-bench-warm-"));
  const watchdog = setTimeout(() => (console.error("bench/web.mjs: gave up after 60 minutes"), process.exit(2)), 3_600_000);
  const part = (name, what) => ONLY.includes(name) && process.stderr.write(what + "…\n");
  try {
    if (part("cold", "cold start, uncompressed (a host that does not compress)")) result.cold = await cold(proxy, false);
    if (part("brotli", "cold start, brotli-compressed as a static host would serve it")) {
      proxy.precompress();
      result.coldBrotli = await cold(proxy, true);
    }
    if (part("noscript", "cold start with JavaScript off, uncompressed and brotli")) {
      proxy.precompress();
      result.noScript = await noScript(proxy, false);
      result.noScriptBrotli = await noScript(proxy, true);
    }
    if (ONLY.includes("warm") || ONLY.includes("interactions")) await prepare(warmDir);
    if (part("warm", "warm start from the service worker")) result.warm = await warm(proxy, warmDir);
    if (part("interactions", "interactions")) result.interactions = await interactions(proxy, warmDir);
    result.chromium = version;
  } finally {
    clearTimeout(watchdog);
    for (const c of [...open]) await close(c);
    proxy.close();
    server.kill();
    rmSync(warmDir, { recursive: true, force: true });
  }

  const m = result.machine;
  console.log(`Rumbo web bench, ${result.date.slice(0, 10)}: ${result.chromium}, ${m.cpus}x ${m.cpu}, ${m.memoryGiB} GiB; CPU 4x slower, 320x640, ${RUNS} runs each`);
  const starts = [["cold", "Cold start, first visit, 400 kbit/s + 400 ms RTT, uncompressed (a host that does not compress)"], ["coldBrotli", "Cold start, same network, files brotli-compressed by the host"], ["noScript", "JavaScript off, first visit, same network, uncompressed"], ["noScriptBrotli", "JavaScript off, first visit, same network, brotli"], ["warm", "Warm start from the service worker's cache, same slow network"]];
  for (const [key, title] of starts.filter(([k]) => result[k])) {
    const runs = result[key];
    console.log(`\n${title}\n${"".padEnd(52)}   median     worst`);
    for (const [label, k] of TIMES.filter(([, k]) => runs[0][k] !== undefined)) {
      const s = (result.summary[`${key}: ${label}`] = stats(runs.map((r) => r[k])));
      console.log(`  ${(k === "interactive" ? `interactive (${runs[0].how})` : label).padEnd(50)} ${sec(s.median)} ${sec(s.worst)}`);
    }
    if (key === "warm") {
      console.log(`  reached the network per visit: ${runs.map((r) => `${r.network.requests} (${r.network.paths.join(" ") || "none"}, ${kib(r.network.bytes)})`).join("; ")}`);
      console.log(`  page requests answered by the worker: ${runs.map((r) => `${r.page.fromSW}/${r.page.requests}`).join(", ")}`);
    } else if (key.startsWith("noScript")) {
      const med = (f) => median(runs.map(f));
      console.log(`  network until readable: ${med((r) => r.toReadable.requests)} requests, ${kib(med((r) => r.toReadable.bytes))}`);
    } else {
      const med = (f) => median(runs.map(f));
      if (runs.every((r) => r.toReadable)) console.log(`  network until readable: ${med((r) => r.toReadable.requests)} requests, ${kib(med((r) => r.toReadable.bytes))}`);
      console.log(`  network until interactive: ${med((r) => r.toInteractive.requests)} requests, ${kib(med((r) => r.toInteractive.bytes))}`);
      console.log(`  whole first visit, the worker's precache included: ${med((r) => r.firstVisit.requests)} requests (${med((r) => r.swRequests)} by the worker), ${kib(med((r) => r.firstVisit.bytes))}`);
    }
  }
  const it = result.interactions;
  if (it) {
    const rows = [...LANGS.map((l) => [`search, per keystroke, ${l}`, it.search[l]]), ["search, per keystroke, all languages", Object.values(it.search).flat()], ["language switch (html lang + h1)", it.languageSwitch], ["open a guide section (its h1 shown)", it.guideSection], ["deadline: date in words after the year", it.deadlineWords], ["deadline: result after Calculate", it.deadlineResult]];
    console.log(`\nInteractions, warm, CPU 4x slower: from the event until the DOM changed, plus one frame\n${"".padEnd(44)}   median      p95    worst    n`);
    for (const [label, xs] of rows) {
      const s = (result.summary[label] = stats(xs));
      console.log(`  ${label.padEnd(42)} ${msf(s.median)} ${msf(s.p95)} ${msf(s.worst)} ${String(s.n).padStart(4)}${s.missed ? `  (${s.missed} showed no change in 10 s)` : ""}`);
    }
  }
  const out = path.join(ROOT, "target", "bench");
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, "web.json"), JSON.stringify(result, null, 2));
  console.log(`\nwrote ${path.relative(ROOT, path.join(out, "web.json"))}`);
}

main().then(() => process.exit(0), (error) => (console.error(error), process.exit(1)));
