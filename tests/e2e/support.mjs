// Shared set-up for the browser tests: Debian's chromium driven by playwright-core (no browser is
// downloaded), Rumbo's own server on loopback, and the locale files read independently of the app.
import { spawn } from "node:child_process";
import { readFileSync, readdirSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { before, after } from "node:test";
import { chromium } from "playwright-core";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The app's one list of languages, read from its source, so a new language is tested without editing tests. */
export const LANGS = JSON.parse(
  readFileSync(path.join(ROOT, "src/i18n/languages.rs"), "utf8").match(/pub const LANGUAGES: &\[&str\] = &(\[[^\]]*\]);/)[1],
);
export const VIEWPORT = { width: 320, height: 640 };
export const SCREENSHOTS = path.join(ROOT, "target", "screenshots");

/** Every route, the nav entry that leads there (if any), and the message id of its heading. */
export const ROUTES = [
  { path: "/", nav: "nav-home", heading: "home-title" },
  { path: "/guides", nav: "nav-guides", heading: "guides-title" },
  { path: "/guide/rights", nav: null, heading: "guide-rights-title" },
  { path: "/official", nav: null, heading: "official-title" },
  { path: "/case", nav: "nav-case", heading: "case-screen-title" },
  { path: "/case/card", nav: null, heading: "case-card-title" },
  { path: "/deadline", nav: "nav-deadline", heading: "deadline-title" },
  { path: "/directory", nav: "nav-directory", heading: "directory-title" },
  { path: "/saved", nav: "nav-saved", heading: "saved-title" },
  { path: "/settings", nav: "nav-settings", heading: "settings-title" },
  { path: "/no/such/page", nav: null, heading: "not-found-title" },
];

/** Simple one-line messages of a locale, read straight from its .ftl files (not through the app). */
const cache = {};
export function message(lang, id) {
  const dir = path.join(ROOT, "locales", lang);
  cache[lang] ??= Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith(".ftl"))
      .flatMap((name) => readFileSync(path.join(dir, name), "utf8").split("\n"))
      .map((line) => line.match(/^([a-z][a-z0-9-]*) = (.*)$/))
      .filter(Boolean)
      .map((m) => [m[1], m[2].trim()]),
  );
  const text = cache[lang][id];
  if (text === undefined) throw new Error(`${lang} has no message ${id}`);
  return text;
}

/** A message's text with its `{ $name }` variables filled in, for messages read with `message`. */
export function fill(text, vars) {
  return Object.entries(vars).reduce((t, [k, v]) => t.replace(`{ $${k} }`, v), text);
}

/** Each language's name as its speakers write it, from its own locale. */
export const NATIVE_NAMES = Object.fromEntries(LANGS.map((lang) => [lang, message(lang, "language-name")]));

export const PORT = Number(process.env.RUMBO_TEST_PORT || 8765);
export const ORIGIN = `http://127.0.0.1:${PORT}`;
/** The release web bundle the tests serve. */
export const WEB_DIR = process.env.RUMBO_WEB_DIR || path.join(ROOT, "dist", "web");
/** The title of the quick-exit cover and of every screen in discreet mode, read from the app's source. */
export const NEUTRAL_TITLE = readFileSync(path.join(ROOT, "src/app/exit.rs"), "utf8").match(
  /pub const NEUTRAL_TITLE: &str = "([^"]+)";/,
)[1];

/** For a test file: Rumbo's server and a browser, started before its tests and stopped after them. */
export function withRumbo() {
  const env = {};
  before(async () => {
    env.stop = await startServer();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.stop?.();
  });
  return env;
}

/** Starts `rumbo-cli serve` on the release web bundle (or `dir`); returns a function that stops it. */
export async function startServer({ dir = WEB_DIR, port = PORT } = {}) {
  const cli = process.env.RUMBO_CLI || path.join(ROOT, "target", "debug", "rumbo-cli");
  const server = spawn(cli, ["serve", "--dir", dir, "--port", String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.once("exit", (code) => reject(new Error(`rumbo-cli serve exited with ${code}`)));
    server.stdout.once("data", resolve);
  });
  const exited = new Promise((resolve) => server.once("exit", resolve));
  // Resolves once the port is free again, so a server can be started on it right after.
  return () => {
    server.kill();
    return exited;
  };
}

export async function launch(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [
      ...extraArgs,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * A fresh browser profile at 320×640 that records every request, so a test can fail on any request
 * that leaves the page's origin.
 */
export async function newPhone(browser, options = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, ...options });
  const requests = [];
  context.on("request", (request) => requests.push(request.url()));
  return { context, requests, page: await context.newPage() };
}

/** The neutral sites quick exit goes to, served locally so a test never leaves the machine. */
export async function stubNeutralSite(context) {
  await context.route(/google\.com|wikipedia\.org/, (route) =>
    route.fulfill({ contentType: "text/html", body: "<title>Weather</title><p>Weather</p>" }),
  );
}

export function foreignRequests(requests) {
  return requests.filter((url) => !url.startsWith(ORIGIN + "/") && !url.startsWith("data:") && !url.startsWith("blob:"));
}

/**
 * Opens Rumbo (at `origin`) and picks a language: in the row at the top on a first visit over the root page's
 * static home (on Settings its own language buttons are there too), or on the first-run screen.
 */
export async function openIn(page, lang, route = "/", origin = ORIGIN) {
  await page.goto(`${origin}/#${route}`);
  await page.getByRole("button", { name: new RegExp(message(lang, "language-name")) }).first().click();
  // A language whose texts the app fetches (all but Spanish) is switched to once they have come.
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  await page.locator("h1").first().waitFor();
}

/**
 * The screen's heading as the app shows it. On the root page the app takes over the static page under it
 * (boot.js), which may still be in the document, hidden or not: the heading a test means is the app's.
 */
export async function heading(page) {
  if ((await page.locator("#static").count()) > 0 && (await page.locator("#main").count()) > 0) {
    await page.locator("#static").waitFor({ state: "detached", timeout: 30_000 });
  }
  return (await page.locator("main h1").first().textContent()).trim();
}

/** The viewport with `what` (a locator) in its middle, under RUMBO_SHOTS or the screenshots folder. */
export async function shotOf(page, name, what) {
  const dir = process.env.RUMBO_SHOTS || SCREENSHOTS;
  mkdirSync(dir, { recursive: true });
  await what.first().evaluate((element) => element.scrollIntoView({ block: "center" }));
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

const require = createRequire(import.meta.url);
export const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's serious and critical violations on the current screen. */
export async function seriousViolations(page) {
  // Evaluated through the DevTools protocol, not as a <script> tag, which Rumbo's Content Security Policy blocks.
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** A date in words, built from the locale's own date pattern and names (not through the app). */
export function longDate(lang, iso) {
  const date = new Date(`${iso}T12:00:00Z`);
  const weekday = ((date.getUTCDay() + 6) % 7) + 1;
  return message(lang, "date-long")
    .replace("{ $weekday }", message(lang, `weekday-${weekday}`))
    .replace("{ $day }", String(date.getUTCDate()))
    .replace("{ $month }", message(lang, `month-of-${date.getUTCMonth() + 1}`))
    .replace("{ $year }", String(date.getUTCFullYear()));
}

/** A phone that opened the app in English, then went offline with the worker in charge. */
export async function offlineInEnglish(browser) {
  const phone = await newPhone(browser);
  await openIn(phone.page, "en");
  await phone.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await phone.context.setOffline(true);
  return phone;
}
