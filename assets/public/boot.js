// Runs before the app loads (the Content Security Policy allows no inline script, so it is its own file).
// After a quick exit, or in discreet mode, the tab shows neither "Rumbo" nor the loading text in Rumbo's four
// languages: the title is the app's neutral one (NEUTRAL_TITLE in src/app/exit.rs) from the first moment.
// The language a link asked for (below), kept also where storage is refused.
const askedLang = new URLSearchParams(location.search).get("lang");
try {
  // A static page's "Open the full app" link, and the service worker answering one offline, name the page's
  // language (index.html?lang=ru#/guide/rights): a person who read Rumbo in Russian gets it in Russian, and that
  // counts as their choice, as a tap on the language switch would (src/app/platform/web.rs reads "rumbo.lang"). The
  // query then goes, so a later reload follows what the person picks in the app.
  const lang = askedLang;
  if (lang !== null) {
    if (["es", "en", "ht", "ru"].includes(lang)) localStorage.setItem("rumbo.lang", lang);
    history.replaceState(history.state, "", location.pathname + location.hash);
  }
  if (localStorage.getItem("rumbo.exited") !== null || localStorage.getItem("rumbo.discreet") !== null) {
    document.title = "Inicio";
    document.documentElement.classList.add("discreet");
  }
  // After a quick exit, not even the static home shows (boot.css): the app's cover comes instead.
  if (localStorage.getItem("rumbo.exited") !== null) document.documentElement.classList.add("exited");
} catch (e) {
  // Storage refused (some private windows): nothing was kept, so nothing to hide.
}
// The language the app will start in, if boot.js can know it: a link's if it is one of Rumbo's (not ?lang=fr),
// else the saved one (above), else Spanish (a first visit shows the Spanish home until a language is picked).
function startLang() {
  const known = (l) => ["es", "en", "ht", "ru"].includes(l);
  let lang = known(askedLang) ? askedLang : null;
  try {
    lang = lang || localStorage.getItem("rumbo.lang");
  } catch (e) {
    // Storage refused: nothing saved.
  }
  return known(lang) ? lang : "es";
}

// The app is on its way (a browser with WebAssembly, from a web address; from file:// it never starts): the static
// home's search spot says "loading" in a box of the field's size instead of "needs the app", so nothing moves
// when the app puts its field there (static.css).
if (typeof WebAssembly === "object" && location.protocol !== "file:") {
  document.documentElement.classList.add("app-coming");
  // The app's wasm (named by `rumbo-cli export static`) is fetched from here, while the page and its style
  // sheets arrive, instead of once the JavaScript loader has come and run: about half a second sooner on a slow
  // network. The loader's own fetch then takes this one. Never where the app cannot start: a browser without
  // script or WebAssembly would download 0.8 MB for nothing.
  const preload = (meta) => {
    if (!meta) return;
    const link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    link.crossOrigin = "anonymous";
    link.href = meta.content;
    document.head.appendChild(link);
  };
  preload(document.querySelector('meta[name="rumbo-wasm"]'));
  // So are the texts of a returning reader's language: the wasm carries only Spanish's, and would otherwise ask
  // for them only once it has arrived and started (src/app/platform/web/texts.rs).
  preload(document.querySelector('meta[name="rumbo-texts-' + startLang() + '"]'));
}

// A link into one screen of the root page (index.html?lang=ru#/guide/rights: a static page's "Open the full app",
// or the worker answering a static page offline) would show the static Spanish home until the app has started.
// Instead the page shows nothing until it has that screen's static page in the person's language in its place
// (from the server; the worker stores only the homes, and where it answers, the stored app starts within a
// second), or the app itself; after a few seconds without either, the home shows after all.
(function deepLink() {
  const root = document.documentElement;
  if (!root.classList.contains("app-coming") || root.classList.contains("exited")) return;
  const lang = startLang();
  // The home itself is one of those screens for a person who reads another language than the root page's
  // Spanish (a Russian static page's "Open the full app" leads to index.html?lang=ru#/).
  const route = /^#\/([a-z0-9-]+(?:\/[a-z0-9-]+)?)$/.exec(location.hash);
  const home = (location.hash === "" || location.hash === "#/") && lang !== "es";
  if (!route && !home) return;
  root.classList.add("deep-link");
  const show = () => root.classList.remove("deep-link");
  setTimeout(show, 4000);
  // Where the worker answers, it has a home in every language (a returning reader of English, Creole or Russian
  // reads theirs as soon as a Spanish reader does), but no other screen's page: those wait for the app. If even
  // the home is not there (a worker of an older version), the Spanish home would be wrong: the app comes instead.
  const worker = navigator.serviceWorker && navigator.serviceWorker.controller;
  if (worker && !home) return;
  // A static page's name is its route with "/" made "-" (src/app/target.rs).
  const url = new URL(lang + "/" + (route ? route[1].replace("/", "-") : "index") + ".html", location.href);
  fetch(url, { credentials: "same-origin" })
    .then((response) => (response.ok ? response.text() : Promise.reject(response.status)))
    // From a cache, the page can come before the parser has reached the home it replaces.
    .then((html) => (document.readyState === "loading" ? new Promise((resolve) => document.addEventListener("DOMContentLoaded", () => resolve(html))) : html))
    .then((html) => {
      const page = document.getElementById("static");
      if (!page) return;
      const fetched = new DOMParser().parseFromString(html, "text/html");
      fetched.querySelectorAll(".open-app").forEach((e) => e.remove());
      // Its links are relative to its language's folder, one level below this page.
      fetched.querySelectorAll("a[href]").forEach((a) => {
        const href = a.getAttribute("href");
        if (!/^[a-z][a-z0-9+.-]*:/i.test(href)) a.setAttribute("href", new URL(href, url).href);
      });
      if (!root.classList.contains("discreet")) document.title = fetched.title;
      root.lang = lang;
      page.textContent = "";
      page.append(...fetched.body.childNodes);
    })
    .then(show, () => worker || show());
})();

// The site's root page carries the Spanish home as plain HTML (#static, from `rumbo-cli export static`), readable
// before the app has loaded. The app renders into #main, hidden while #static is there (static.css). As soon as
// its first screen is in #main, the static home goes, in the same task, so no frame shows neither or both; the
// text stays where it was in the window, and focus moves to the app's element that leads to the same screen.
(function takeOver() {
  const observe = () => {
    const main = document.getElementById("main");
    const page = document.getElementById("static");
    if (!main || !page) return;
    const swap = () => {
      if (!main.firstElementChild) return false;
      const y = window.scrollY;
      const focused = document.activeElement;
      const target = focused && page.contains(focused) ? focusTarget(focused, main) : null;
      // A deep link's page may still be hidden (above): then nothing was on screen to keep in place.
      const heading = page.getClientRects().length > 0 ? page.querySelector("main h1") : null;
      const before = heading ? heading.getBoundingClientRect().top : 0;
      page.remove();
      document.documentElement.classList.remove("deep-link");
      // The screen's heading stays where it was in the window: a returning person's app has no row of languages
      // above its header, so without this the text would jump up by that row's height.
      const after = main.querySelector("main h1");
      window.scrollTo(0, y + (heading && after ? after.getBoundingClientRect().top - before : 0));
      if (target) target.focus({ preventScroll: true });
      return true;
    };
    if (swap()) return;
    const watch = new MutationObserver(() => {
      if (swap()) watch.disconnect();
    });
    watch.observe(main, { childList: true });
  };
  // The element of the app that matches one of the static page: same id, the same language in the row of
  // languages (a first visit), else a link to the same screen.
  const focusTarget = (element, main) => {
    const lang = element.getAttribute("hreflang");
    if (lang) return main.querySelector('.language-links [lang="' + CSS.escape(lang) + '"]');
    if (element.id) {
      const same = main.querySelector("#" + CSS.escape(element.id));
      if (same) return same;
    }
    const href = element.getAttribute("href");
    const page = href && /(?:^|\/)([a-z0-9-]+)\.html$/.exec(href);
    if (!page) return null;
    // A static page's name is its route with "/" made "-" (src/app/target.rs); index.html is the home.
    const route = page[1] === "index" ? "/" : "/" + page[1].replace("-", "/");
    return main.querySelector('a[href="#' + route + '"]') || main.querySelector('a[href$="' + route + '"]');
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", observe);
  } else {
    observe();
  }
})();
