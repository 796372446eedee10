// Runs before the app loads (the Content Security Policy allows no inline script, so it is its own file).
// After a quick exit, or in discreet mode, the tab shows neither "Rumbo" nor the loading text in Rumbo's four
// languages: the title is the app's neutral one (NEUTRAL_TITLE in src/app/exit.rs) from the first moment.
try {
  if (localStorage.getItem("rumbo.exited") !== null || localStorage.getItem("rumbo.discreet") !== null) {
    document.title = "Inicio";
    document.documentElement.classList.add("discreet");
  }
} catch (e) {
  // Storage refused (some private windows): nothing was kept, so nothing to hide.
}
