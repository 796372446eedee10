// What a first visit costs in bytes, and what the WebAssembly carries.
//
//   node bench/size.mjs [BUNDLE_DIR] [EXTRA_FILE_OR_GLOB ...]
//
// Every file of the bundle (default dist/web) with its raw, gzip -9 and brotli q11 size: a static host that
// compresses sends about the gzip or brotli figure; `rumbo-cli serve` sends the raw one. Extra files or globs
// (e.g. 'dist/*.html' for one-file editions) are measured too, and quietly skipped if they do not exist.
// Writes target/bench/size.json. Uses only node's built-ins.
import { readFileSync, readdirSync, statSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import zlib from "node:zlib";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const [dirArg, ...extras] = process.argv.slice(2);
const BUNDLE = path.resolve(dirArg || path.join(ROOT, "dist", "web"));
const TEXT = /\.(html|css|js|mjs|json|webmanifest|svg|ftl|txt|xml)$/i;

const gzip = (buf) => zlib.gzipSync(buf, { level: 9 }).length;
function brotli(buf, text = true) {
  const { constants: c } = zlib;
  return zlib.brotliCompressSync(buf, {
    params: {
      [c.BROTLI_PARAM_QUALITY]: 11,
      [c.BROTLI_PARAM_MODE]: text ? c.BROTLI_MODE_TEXT : c.BROTLI_MODE_GENERIC,
      [c.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  }).length;
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .sort();
}

/** A path, or a glob with `*`/`?` in its last segment only (enough for dist/*.html); [] if absent. */
function expand(pattern) {
  const abs = path.resolve(pattern);
  if (!/[*?]/.test(abs)) return existsSync(abs) && statSync(abs).isFile() ? [abs] : [];
  const dir = path.dirname(abs);
  const re = new RegExp("^" + path.basename(abs).replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".") + "$");
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => re.test(n)).map((n) => path.join(dir, n)).filter((f) => statSync(f).isFile());
}

function measure(file, base) {
  const buf = readFileSync(file);
  const text = TEXT.test(file);
  return { path: path.relative(base, file), raw: buf.length, gzip: gzip(buf), brotli: brotli(buf, text) };
}

// ---- the static first-visit rule -------------------------------------------------------------------------
// A first visit loads index.html and what it links (boot.css, manifest, icons, the JS); the JS loads the wasm
// and the stylesheets under assets/. The app then registers sw.js, whose install precaches its FILES list; with
// cache:"reload" that bypasses the HTTP cache, so the worker downloads those files again. bench/web.mjs
// measures what the browser really fetched.
function firstVisit() {
  const rel = (f) => path.posix.normalize(f.replace(/^\/?(\.\/)*/, "").replace(/^\//, ""));
  const page = new Set(["index.html"]);
  const html = readFileSync(path.join(BUNDLE, "index.html"), "utf8");
  for (const m of html.matchAll(/(?:href|src)="([^"#?]+)"/g)) page.add(rel(m[1]));
  if (existsSync(path.join(BUNDLE, "assets"))) for (const f of walk(path.join(BUNDLE, "assets"))) page.add(path.relative(BUNDLE, f));
  const sw = existsSync(path.join(BUNDLE, "sw.js")) ? readFileSync(path.join(BUNDLE, "sw.js"), "utf8") : "";
  const files = sw.match(/const FILES = (\[[^\]]*\]);/);
  const worker = ["sw.js", ...(files ? JSON.parse(files[1]).map(rel) : [])];
  const exists = (f) => existsSync(path.join(BUNDLE, f));
  return { page: [...page].filter(exists), worker: worker.filter(exists), reload: /cache:\s*"reload"/.test(sw) };
}

// ---- a tiny WebAssembly section reader ------------------------------------------------------------------
function leb(buf, at) {
  let value = 0, shift = 0, byte;
  do {
    byte = buf[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}
const name = (buf, at) => {
  const [len, start] = leb(buf, at);
  return [buf.toString("utf8", start, start + len), start + len];
};
const SECTION = { 0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global", 7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount" };

function sections(buf) {
  const out = [];
  for (let at = 8; at < buf.length; ) {
    const id = buf[at];
    const [size, start] = leb(buf, at + 1);
    out.push({ id, kind: SECTION[id] ?? `id ${id}`, start, end: start + size, size: start + size - at, name: id === 0 ? name(buf, start)[0] : undefined });
    at = start + size;
  }
  return out;
}

/** Number of imported functions: code-section bodies are numbered after them. */
function importedFunctions(buf, sec) {
  if (!sec) return 0;
  let [count, at] = leb(buf, sec.start), funcs = 0;
  for (let i = 0; i < count; i++) {
    at = name(buf, at)[1];
    at = name(buf, at)[1];
    const kind = buf[at++];
    const limits = () => { const flags = buf[at++]; at = leb(buf, at)[1]; if (flags & 1) at = leb(buf, at)[1]; };
    if (kind === 0) { funcs++; at = leb(buf, at)[1]; }
    else if (kind === 1) { at++; limits(); }
    else if (kind === 2) limits();
    else if (kind === 3) at += 2;
    else if (kind === 4) { at++; at = leb(buf, at)[1]; }
  }
  return funcs;
}

/** Body sizes by crate, from the `name` section, which release builds usually strip. */
function byCrate(buf, secs) {
  const names = secs.find((s) => s.id === 0 && s.name === "name");
  const code = secs.find((s) => s.id === 10);
  if (!names || !code) return null;
  const fnNames = new Map();
  for (let at = name(buf, names.start)[1]; at < names.end; ) {
    const id = buf[at];
    const [len, start] = leb(buf, at + 1);
    if (id === 1) {
      let [n, p] = leb(buf, start);
      for (let i = 0; i < n; i++) { let idx; [idx, p] = leb(buf, p); let s; [s, p] = name(buf, p); fnNames.set(idx, s); }
    }
    at = start + len;
  }
  const first = importedFunctions(buf, secs.find((s) => s.id === 2));
  const totals = {};
  let [n, at] = leb(buf, code.start);
  for (let i = 0; i < n; i++) {
    const [size, body] = leb(buf, at);
    const group = crateOf(fnNames.get(first + i) ?? "");
    totals[group] = (totals[group] ?? 0) + size + (body - at);
    at = body + size;
  }
  return totals;
}

function crateOf(fn) {
  if (!fn) return "unnamed";
  if (/^sqlite3|^sqlite/i.test(fn)) return "sqlite (C)";
  const legacy = fn.match(/^_ZN\d+([A-Za-z_][A-Za-z0-9_]*)/);
  const first = legacy ? legacy[1] : (fn.match(/^<?([A-Za-z_][A-Za-z0-9_]*)::/) ?? [])[1];
  if (!first) return "other (C/runtime)";
  for (const [group, re] of [["sqlite", /sqlite|rusqlite/], ["dioxus", /^dioxus|^generational_box|^manganis/], ["fluent", /fluent|intl|unic_langid/], ["rumbo", /^rumbo/], ["std/alloc/core", /^(std|alloc|core)$/], ["wasm-bindgen/web-sys", /wasm_bindgen|web_sys|js_sys/]])
    if (re.test(first)) return group;
  return "other: " + first;
}

/** Locale files and JSON assets found verbatim in the data section: what the wasm carries as text. */
function embeddedText(buf, data) {
  const region = buf.subarray(data.start, data.end);
  const found = (bytes) => region.indexOf(bytes) !== -1;
  const langs = {};
  const dir = path.join(ROOT, "locales");
  for (const lang of existsSync(dir) ? readdirSync(dir).sort() : []) {
    const files = walk(path.join(dir, lang)).filter((f) => f.endsWith(".ftl"));
    const hits = files.filter((f) => found(readFileSync(f)));
    // A file edited since the build is not there verbatim; if most of its long lines are, count it as "changed".
    const changed = files.filter((f) => !hits.includes(f)).filter((f) => {
      const lines = readFileSync(f, "utf8").split("\n").filter((l) => Buffer.byteLength(l) >= 40);
      return lines.length > 0 && lines.filter((l) => found(Buffer.from(l))).length >= lines.length / 2;
    });
    const all = Buffer.concat([...hits, ...changed].map((f) => readFileSync(f)));
    const missing = files.filter((f) => !hits.includes(f) && !changed.includes(f));
    langs[lang] = { files: files.length, found: hits.length, changed: changed.map((f) => path.basename(f)), missing: missing.map((f) => path.basename(f)), raw: all.length, brotli: all.length ? brotli(all) : 0 };
  }
  const assets = {};
  for (const a of ["guides.json", "directory.json", "calendar.json"]) {
    const f = path.join(ROOT, "assets", a);
    if (!existsSync(f)) continue;
    const bytes = readFileSync(f);
    assets[a] = { raw: bytes.length, embedded: found(bytes), brotli: brotli(bytes) };
  }
  return { langs, assets };
}

function carries(file) {
  const buf = readFileSync(file);
  const secs = sections(buf);
  const code = secs.find((s) => s.id === 10), data = secs.find((s) => s.id === 11);
  const custom = secs.filter((s) => s.id === 0).map((s) => ({ name: s.name, bytes: s.size }));
  const text = data ? embeddedText(buf, data) : { langs: {}, assets: {} };
  const textBytes = Object.values(text.langs).reduce((n, l) => n + l.raw, 0) + Object.values(text.assets).reduce((n, a) => n + (a.embedded ? a.raw : 0), 0);
  return {
    file: path.relative(BUNDLE, file), total: buf.length,
    code: code?.size ?? 0, data: data?.size ?? 0,
    // Compressed apart, to see what each costs over the wire (a little more than their share of the whole).
    codeBrotli: code ? brotli(buf.subarray(code.start, code.end), false) : 0,
    dataBrotli: data ? brotli(buf.subarray(data.start, data.end)) : 0, dataOtherThanText: (data?.size ?? 0) - textBytes,
    other: buf.length - (code?.size ?? 0) - (data?.size ?? 0), custom, text, byCrate: byCrate(buf, secs),
  };
}

// ---- report -----------------------------------------------------------------------------------------------
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + " KiB";
function table(rows, title) {
  const width = Math.max(30, ...rows.map((r) => r.path.length));
  console.log(`\n${title}\n${"file".padEnd(width)} ${"raw".padStart(12)} ${"gzip -9".padStart(12)} ${"brotli 11".padStart(12)}`);
  for (const r of rows) console.log(`${r.path.padEnd(width)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}`);
}
const sum = (rows) => ({ raw: rows.reduce((n, r) => n + r.raw, 0), gzip: rows.reduce((n, r) => n + r.gzip, 0), brotli: rows.reduce((n, r) => n + r.brotli, 0) });

if (!existsSync(path.join(BUNDLE, "index.html"))) {
  console.error(`${BUNDLE} has no index.html: build the web bundle first (make web)`);
  process.exit(1);
}
const files = walk(BUNDLE).map((f) => measure(f, BUNDLE));
const visit = firstVisit();
const of = (list) => sum(files.filter((f) => list.includes(f.path)));
const total = sum(files), once = of([...new Set([...visit.page, ...visit.worker])]);
const twice = visit.reload ? sum([of(visit.page), of(visit.worker)]) : once;
table([...files, { path: "ALL FILES", ...total }, { path: "FIRST VISIT, each file once", ...once }, { path: "FIRST VISIT, the worker's copies too", ...twice }], `Bundle ${path.relative(ROOT, BUNDLE) || "."}`);
const rate = (400 * 1024) / 8; // 400 kbit/s in bytes per second
const secs = (t) => `${(t.raw / rate).toFixed(0)} s raw, ${(t.gzip / rate).toFixed(0)} s gzip, ${(t.brotli / rate).toFixed(0)} s brotli`;
console.log(`At 400 kbit/s: what the page needs ${secs(of(visit.page))}; the whole first visit ${secs(twice)}.`);
if (visit.reload) console.log(`The worker precaches ${visit.worker.length - 1} files with cache:"reload", so the page's files cross the network twice.`);

const extraRows = [...new Set(extras.flatMap(expand))].map((f) => measure(f, ROOT));
if (extraRows.length) table(extraRows, "Extra files");

const wasm = files.filter((f) => f.path.endsWith(".wasm")).map((f) => carries(path.join(BUNDLE, f.path)));
for (const w of wasm) {
  console.log(`\nWhat ${w.file} carries (${kb(w.total).trim()})`);
  const line = (label, n, extra = "") => console.log(`  ${label.padEnd(48)} ${kb(n)} ${(100 * n / w.total).toFixed(1).padStart(5)}%${extra}`);
  line("code section (Dioxus, SQLite, Fluent, app)", w.code, `  brotli ${kb(w.codeBrotli).trim()}`);
  line("data section", w.data, `  brotli ${kb(w.dataBrotli).trim()}`);
  for (const [lang, l] of Object.entries(w.text.langs)) {
    // The release wasm leaves every language but Spanish outside, in its own file (src/i18n/outside.rs).
    const outside = files.find((f) => new RegExp(`^assets/texts-${lang}-[0-9a-f]+\\.json$`).test(f.path));
    if (l.found === 0 && outside) {
      console.log(`    locale ${lang}: not in the wasm; ${outside.path}, ${kb(outside.brotli).trim()} brotli`);
      continue;
    }
    line(`  locale ${lang} (${l.found}/${l.files} .ftl found verbatim)`, l.raw, `  brotli ${kb(l.brotli).trim()}${l.changed.length ? "  edited since the build, counted: " + l.changed.join(", ") : ""}${l.missing.length ? "  not found: " + l.missing.join(", ") : ""}`);
  }
  for (const [a, x] of Object.entries(w.text.assets))
    if (x.embedded) line(`  assets/${a} (verbatim)`, x.raw, `  brotli ${kb(x.brotli).trim()}`);
    else console.log(`    assets/${a}: not found verbatim (parsed or changed since the build)`);
  line("  rest of data (strings, tables of all crates)", w.dataOtherThanText);
  line("other sections (types, imports, custom…)", w.other);
  console.log(`  custom sections: ${w.custom.map((c) => `${c.name} ${c.bytes} B`).join(", ") || "none"}`);
  if (w.byCrate) for (const [g, n] of Object.entries(w.byCrate).sort((a, b) => b[1] - a[1])) line(`  code: ${g}`, n);
  else console.log("  no name section (stripped): the code section (Dioxus, SQLite, Fluent, app) cannot be split by crate");
}

const out = path.join(ROOT, "target", "bench");
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, "size.json"), JSON.stringify({ date: new Date().toISOString(), bundle: BUNDLE, files, total, firstVisit: { ...visit, page: { files: visit.page, ...of(visit.page) }, once, withWorkerCopies: twice }, extras: extraRows, wasm }, null, 2));
console.log(`\nwrote ${path.relative(ROOT, path.join(out, "size.json"))}`);
