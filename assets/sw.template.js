// Rumbo's service worker: after one visit, the whole app works with no network.
// `rumbo-cli precache` writes sw.js from this template after each release build; do not edit sw.js.
// It never contacts another host: requests to other origins are left alone (the app makes none).
const CACHE = "rumbo-__VERSION__";
const FILES = __FILES__;

// Only Rumbo's own files and Rumbo's own document are answered here. Anything else under the same origin
// (another project served later at the same address, a file that is not part of this build) goes to the
// network as if there were no worker.
const SCOPE = new URL(self.registration.scope);
const OWN = new Set(FILES.map((f) => new URL(f, SCOPE).href));
const DOCUMENTS = new Set([SCOPE.pathname, new URL("./index.html", SCOPE).pathname]);
// A static page of one language (`rumbo-cli export static`): its folder, then its screen's name.
const STATIC_PAGE = /^(es|en|ht|ru)\/([a-z0-9-]+)\.html$/;

// dx names the files in assets/ by their content, so the copy the page has just downloaded (in the browser's
// HTTP cache) is the right one: taking it saves a person on paid data a second download of the app. The few
// other files are small and are checked with the server.
const cacheMode = (file) => (file.startsWith("./assets/") ? "default" : "no-cache");

self.addEventListener("install", (event) => {
  // Precache everything now, so the first visit is enough to work offline. No skipWaiting(): a new version waits
  // until no open page runs the old one (every Rumbo tab closed), so a page never has its files taken away or
  // mixed with another version's. Until then both caches exist.
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: cacheMode(f) })))),
  );
});

self.addEventListener("activate", (event) => {
  // Here no open page uses an older version any more, so its cache can go. On the first install (no older
  // cache), the page that installed the worker was loaded from the same server a moment before: take control of
  // it, so it works offline without a second load. After an update, pages without a worker (a forced reload)
  // may run a version other than this one, so they are left alone.
  event.waitUntil(
    caches.keys().then((keys) => {
      const older = keys.filter((k) => k.startsWith("rumbo-") && k !== CACHE);
      return Promise.all(older.map((k) => caches.delete(k))).then(() => (older.length === 0 ? self.clients.claim() : undefined));
    }),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin) return;
  // Every screen is one document (hash routing), so a navigation to Rumbo's page is answered with index.html.
  if (request.mode === "navigate") {
    if (!DOCUMENTS.has(url.pathname)) {
      // The static pages (es/guide-rights.html) are not stored: all four languages' pages would double what a
      // first visit downloads (only the other languages' homes are, for boot.js). Offline, the app shows the same
      // screen instead (its route is the page's name), in the page's language (boot.js takes it from ?lang=).
      const page = STATIC_PAGE.exec(url.pathname.slice(SCOPE.pathname.length));
      if (page) {
        const route = page[2] === "index" ? "/" : "/" + page[2].replace("-", "/");
        const app = new URL("./index.html?lang=" + page[1] + "#" + route, SCOPE).href;
        event.respondWith(fetch(request).catch(() => Response.redirect(app, 302)));
      }
      return;
    }
    event.respondWith(caches.match("./index.html", { cacheName: CACHE }).then((r) => r || fetch(request)));
    return;
  }
  url.search = "";
  url.hash = "";
  if (!OWN.has(url.href)) return;
  event.respondWith(caches.match(request, { cacheName: CACHE, ignoreSearch: true }).then((r) => r || fetch(request)));
});
