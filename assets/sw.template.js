// Rumbo's service worker: after one visit, the whole app works with no network.
// `rumbo-cli precache` writes sw.js from this template after each release build; do not edit sw.js.
// It never contacts another host: requests to other origins are left alone (the app makes none).
const CACHE = "rumbo-__VERSION__";
const FILES = __FILES__;

// dx names the files in assets/ by their content, so the copy the page has just downloaded (in the browser's
// HTTP cache) is the right one: taking it saves a person on paid data a second download of the app. The few
// other files are small and are checked with the server.
const cacheMode = (file) => (file.startsWith("./assets/") ? "default" : "no-cache");

self.addEventListener("install", (event) => {
  // Precache everything now, so the first visit is enough to work offline.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: cacheMode(f) }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  // A new version replaces the old cache, and takes control of open pages at once.
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("rumbo-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  // Every screen is one document (hash routing), so any navigation is answered with index.html.
  const cached =
    request.mode === "navigate"
      ? caches.match("./index.html", { cacheName: CACHE })
      : caches.match(request, { cacheName: CACHE, ignoreSearch: true });
  event.respondWith(cached.then((response) => response || fetch(request)));
});
