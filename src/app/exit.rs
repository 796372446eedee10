//! Quick exit: one tap on the Exit button, or Shift pressed three times, hides Rumbo at once and leaves for a
//! neutral site with `location.replace`, so Back does not return to the page that was showing. Hash routing makes
//! every screen a history entry and `replace` removes only the last one, so the exit is remembered in the
//! device's storage (not only for the browser session: an entry reopened from the history after the tab was
//! closed is covered too): while it is, Rumbo starts covered, under a neutral title (and covers itself again when
//! the browser restores it from its back-forward cache, or when another of its tabs leaves) until the person
//! chooses to continue. Modelled on the GOV.UK Design System's "Exit this page". On desktop the same actions close
//! the window. What each platform stores and listens to is in `platform::exit`; the decisions are here.
//!
//! Discreet mode (Settings, off by default) puts the same neutral title on every screen, so the titles the
//! browser records in its history never say Rumbo. No page can change what its history already recorded, nor
//! the addresses (`#/guides`): Settings says so.

use dioxus::prelude::*;

use super::use_i18n;
use crate::app::components::{Button, DocumentTitle, Variant};
use crate::app::platform;

/// Where Rumbo goes, by default and as the person may choose in Settings.
pub const SITES: &[Site] = &[
    Site { id: "weather", url: "https://www.google.com/search?q=clima", label_id: "exit-site-weather" },
    Site { id: "wikipedia", url: "https://es.wikipedia.org/", label_id: "exit-site-wikipedia" },
    Site { id: "blank", url: "about:blank", label_id: "exit-site-blank" },
];

/// A place quick exit can go: the id stored as the choice, its address, and the message naming it in Settings.
pub struct Site {
    pub id: &'static str,
    pub url: &'static str,
    pub label_id: &'static str,
}

/// The title of the cover and, in discreet mode, of every screen. One Spanish word whatever the person reads:
/// the title of countless home pages in Mexico, where Rumbo is used, and the language of the sites quick exit
/// goes to; a title in Kreyòl or Russian would tell whoever looks at the history which language the person
/// reads. Being the same everywhere, it is also there before the app knows the language (`boot.js` sets it
/// before the app loads, and must say the same).
pub const NEUTRAL_TITLE: &str = "Inicio";

/// Whether Rumbo is covered after a quick exit, and whether every title is neutral; shared by the shell, the
/// cover, Settings and every screen's title.
#[derive(Clone, Copy)]
pub struct Exit {
    pub covered: Signal<bool>,
    pub discreet: Signal<bool>,
}

impl Exit {
    /// The window title of a screen titled `title`: the neutral one while covered or in discreet mode.
    pub fn title(&self, title: String) -> String {
        if (self.covered)() || (self.discreet)() {
            NEUTRAL_TITLE.to_string()
        } else {
            title
        }
    }
}

/// Provides the exit state and listens for Shift×3, for the page being shown again and for other tabs.
pub fn provide_exit() -> Exit {
    let exit = use_context_provider(|| Exit {
        covered: Signal::new(platform::exit::exited()),
        discreet: Signal::new(platform::exit::load_discreet()),
    });
    use_hook(move || {
        let Exit { mut covered, mut discreet } = exit;
        platform::exit::on_page_shown(move || {
            if platform::exit::exited() {
                covered.set(true);
            }
        });
        // Another tab left, turned discreet mode on or off, or deleted the data.
        platform::exit::on_stored_elsewhere(move || {
            if platform::exit::exited() {
                covered.set(true);
            }
            discreet.set(platform::exit::load_discreet());
        });
        let mut presses = ShiftPresses::default();
        platform::exit::on_key_down(move |key, repeat, now_ms| {
            if presses.press(key, repeat, now_ms) {
                leave(exit);
            }
        });
    });
    exit
}

/// Hides everything at once, then leaves.
pub fn leave(mut exit: Exit) {
    exit.covered.set(true);
    platform::exit::leave(site_url(&platform::exit::load_site()), NEUTRAL_TITLE);
}

/// Turns discreet mode on or off, and keeps the choice on this device.
pub fn set_discreet(mut exit: Exit, on: bool) {
    platform::exit::save_discreet(on);
    exit.discreet.set(on);
}

/// Whether discreet mode can be offered: where quick exit closes the window there is no browser history.
pub const OFFERS_DISCREET: bool = !platform::CLOSES_WINDOW_ON_EXIT;

fn site_url(id: &str) -> &'static str {
    SITES.iter().find(|site| site.id == id).map_or(SITES[0].url, |site| site.url)
}

pub use platform::exit::{load_site, save_site};

/// Counts presses of Shift alone (a held key's repeats are not presses). Three in a row leave; any other key
/// (as when typing capitals) or five seconds without a press starts the count again, as in GOV.UK's
/// "Exit this page".
#[derive(Default)]
struct ShiftPresses {
    count: u32,
    last_ms: f64,
}

impl ShiftPresses {
    const WINDOW_MS: f64 = 5000.0;

    /// Records a key press at `now_ms`; true when it is the third Shift in a row.
    fn press(&mut self, key: &str, repeat: bool, now_ms: f64) -> bool {
        if repeat {
            return false;
        }
        if key != "Shift" {
            self.count = 0;
            return false;
        }
        self.count = if self.count == 0 || now_ms - self.last_ms > Self::WINDOW_MS { 1 } else { self.count + 1 };
        self.last_ms = now_ms;
        if self.count >= 3 {
            self.count = 0;
            return true;
        }
        false
    }
}

/// The Exit button, at the top of every screen.
#[component]
pub fn ExitButton() -> Element {
    let i18n = use_i18n();
    let exit = use_context::<Exit>();
    if !crate::app::target::use_target().is_app() {
        // Without a script, a plain link to the default neutral site: it leaves, though Back returns here.
        return rsx! {
            div { class: "exit-bar",
                a { class: "exit-button", href: SITES[0].url, rel: "noreferrer", {i18n.t("exit-button")} }
            }
        };
    }
    rsx! {
        div { class: "exit-bar",
            button {
                class: "exit-button",
                r#type: "button",
                "aria-describedby": "exit-hint",
                onclick: move |_| leave(exit),
                {i18n.t("exit-button")}
            }
            span { id: "exit-hint", class: "visually-hidden", {i18n.t("exit-hint")} }
        }
    }
}

/// What shows instead of Rumbo after a quick exit: nothing that says what the app is.
#[component]
pub fn ExitCover() -> Element {
    let i18n = use_i18n();
    let mut exit = use_context::<Exit>();
    rsx! {
        DocumentTitle { text: NEUTRAL_TITLE }
        div { class: "exit-cover",
            Button {
                variant: Variant::Secondary,
                onclick: move |_| {
                    platform::exit::clear_exited();
                    exit.covered.set(false);
                },
                {i18n.t("exit-reopen")}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{ShiftPresses, NEUTRAL_TITLE};

    /// The page script that titles the tab before the app loads reads the same keys and sets the same title.
    #[test]
    fn the_boot_script_agrees_with_the_app() {
        let boot = include_str!("../../assets/public/boot.js");
        assert!(boot.contains(&format!("document.title = \"{NEUTRAL_TITLE}\";")), "{boot}");
        for key in ["rumbo.exited", "rumbo.discreet"] {
            assert!(boot.contains(&format!("localStorage.getItem(\"{key}\")")), "boot.js reads {key}");
        }
        let index = include_str!("../../index.html");
        assert!(index.contains("<script src=\"./boot.js\"></script>"), "index.html loads it");
    }

    #[test]
    fn three_shift_presses_in_a_row_leave() {
        let mut p = ShiftPresses::default();
        assert!(!p.press("Shift", false, 0.0));
        assert!(!p.press("Shift", false, 400.0));
        assert!(p.press("Shift", false, 800.0));
        // The count starts again after leaving.
        assert!(!p.press("Shift", false, 900.0));
    }

    #[test]
    fn typing_capitals_never_leaves() {
        let mut p = ShiftPresses::default();
        for (i, key) in ["Shift", "M", "a", "Shift", "R", "Shift", "I", "Shift", "O"].iter().enumerate() {
            assert!(!p.press(key, false, i as f64 * 100.0), "left at {key} ({i})");
        }
    }

    #[test]
    fn held_keys_other_keys_and_slow_presses_do_not_count() {
        let mut p = ShiftPresses::default();
        assert!(!p.press("Shift", false, 0.0));
        assert!(!p.press("Shift", true, 100.0));
        assert!(!p.press("Shift", true, 200.0));
        assert!(!p.press("Shift", false, 300.0));
        // Another key breaks the row.
        assert!(!p.press("a", false, 350.0));
        assert!(!p.press("Shift", false, 400.0));
        // More than five seconds later: this is a first press again.
        assert!(!p.press("Shift", false, 6000.0));
        assert!(!p.press("Shift", false, 6500.0));
        assert!(p.press("Shift", false, 7000.0));
    }
}
