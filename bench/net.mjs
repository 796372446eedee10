// The network side of bench/web.mjs: Rumbo's own server, and in front of it a small proxy (node's http) that
// records every request reaching the network, can brotli-compress as a real static host would, and slows the
// service worker's downloads, which Chromium's network emulation leaves alone.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";

/** Starts `rumbo-cli serve --dir DIR --port PORT`; resolves once it listens. */
export async function startServer(cli, dir, port) {
  const server = spawn(cli, ["serve", "--dir", dir, "--port", String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.once("exit", (code) => reject(new Error(`rumbo-cli serve exited with ${code}`)));
    server.stdout.once("data", resolve);
  });
  return server;
}

export const walk = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));

/** Brotli 11, remembered by content (not by URL: the bundle may be rebuilt while the bench runs). */
function brotli(cache, body) {
  const key = createHash("sha256").update(body).digest("hex");
  if (!cache.has(key)) cache.set(key, zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
  return cache.get(key);
}

/**
 * A proxy on `port` to the server on `upstream`. `state.log` lists what crossed the network; `state.compress`
 * turns brotli on; `state.link` ({ rate, latency, free }), if set, slows the service worker's requests.
 */
export function startProxy(port, upstream, dir) {
  const state = { compress: false, log: [], brotli: new Map() };
  const server = http.createServer((req, res) => {
    const up = http.request({ host: "127.0.0.1", port: upstream, path: req.url, method: req.method, headers: { ...req.headers, "accept-encoding": "identity" } }, (ur) => {
      const chunks = [];
      ur.on("data", (c) => chunks.push(c));
      ur.on("end", () => {
        let body = Buffer.concat(chunks);
        const headers = { ...ur.headers };
        if (state.compress && /\bbr\b/.test(req.headers["accept-encoding"] || "") && body.length > 512 && /text|javascript|json|wasm|svg|manifest/.test(headers["content-type"] || "")) {
          body = brotli(state.brotli, body);
          Object.assign(headers, { "content-encoding": "br", vary: "Accept-Encoding" });
        }
        if (req.method !== "HEAD") headers["content-length"] = body.length;
        const bytes = req.method === "HEAD" ? 0 : body.length;
        // Chromium emulates the slow network for the page but not for its service worker: the worker's downloads
        // (its script, and whatever it fetches: their referrer is the script) wait here for one round trip and
        // their turn on a link of their own.
        const fromWorker = req.headers["sec-fetch-dest"] === "serviceworker" || /\/sw\.js$/.test(req.headers.referer || "");
        const link = fromWorker ? state.link : null;
        let wait = 0;
        if (link) {
          link.free = Math.max(Date.now() + link.latency, link.free) + (1000 * bytes) / link.rate;
          wait = link.free - Date.now();
        }
        setTimeout(() => {
          res.writeHead(ur.statusCode, headers);
          res.end(req.method === "HEAD" ? undefined : body);
          state.log.push({ at: Date.now(), path: req.url, status: ur.statusCode, bytes, worker: !!link });
        }, wait);
      });
    });
    up.on("error", () => { res.writeHead(502); res.end(); });
    req.pipe(up);
  });
  // Compressed ahead, as a host with precompressed files would: compressing the wasm at q11 takes seconds.
  const precompress = () => walk(dir).forEach((f) => brotli(state.brotli, readFileSync(f)));
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve({ state, precompress, close: () => server.close() })));
}
