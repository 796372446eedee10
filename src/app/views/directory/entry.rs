//! One place or line: what it offers, how to reach it, whether it is open, and where every fact comes from.

use chrono::{DateTime, Utc};
use dioxus::prelude::*;
use rumbo::content::SourceDate;
use rumbo::directory::{open_now, Directory, Openness, Verification};
use rumbo::i18n::{dates, FluentArgs, Lang, Localizer};

use crate::app::components::{source_date, CopyButton};
use crate::app::saved::BookmarkButton;
use crate::app::{platform, use_i18n};
use rumbo::storage::Kind;

/// One entry: in the list (its name a level-2 heading) or on its own page (`page`: the name is the page's title).
#[component]
pub fn EntryCard(id: String, #[props(default)] page: bool) -> Element {
    let i18n = use_i18n();
    let data = Directory::shipped();
    let Some(entry) = data.entry(&id) else { return rsx! {} };
    let lang = i18n.lang();
    let kind_city = format!("{} · {}", i18n.t(&entry.kind.message_id()), i18n.t(&entry.city.message_id()));
    let serves: Vec<String> = entry.serves.iter().map(|s| i18n.t(&s.message_id())).collect();
    let services: Vec<String> = entry.services.iter().map(|s| i18n.t(&s.message_id())).collect();
    let mut for_whom = FluentArgs::new();
    for_whom.set("groups", serves.join(", "));
    rsx! {
        article { class: "entry", id: "entry-{entry.id}", "aria-labelledby": "entry-{entry.id}-name",
            if page {
                h1 { id: "entry-{entry.id}-name", "{entry.name}" }
            } else {
                h2 { id: "entry-{entry.id}-name", "{entry.name}" }
            }
            p { class: "entry-kind", "{kind_city}" }
            Trust { verification: data.verification(entry) }
            BookmarkButton { kind: Kind::Entry, target: entry.id.clone() }
            if !serves.is_empty() {
                p { {i18n.t_args("entry-serves", &for_whom)} }
            }
            if !services.is_empty() {
                ul { class: "services", "aria-label": i18n.t("entry-services"),
                    for service in services {
                        li { "{service}" }
                    }
                }
            }
            if let Some(note) = &entry.note_id {
                p { class: "entry-note", {i18n.t(note)} }
            }
            Reach { id: entry.id.clone() }
            if let Some(stay) = &entry.stay {
                p { {i18n.t(&stay.text_id)} }
            }
            EntrySources { id: entry.id.clone(), lang }
        }
    }
}

/// "Seen in a source of DATE", or a clear warning when the newest source is old or undated.
#[component]
fn Trust(verification: Verification) -> Element {
    let i18n = use_i18n();
    let l = Localizer::embedded();
    let mut args = FluentArgs::new();
    let (class, id) = match verification {
        Verification::Confirmed(date) => {
            args.set("date", dates::day_date(l, i18n.lang(), date));
            ("trust confirmed", "entry-confirmed")
        }
        Verification::Seen(date) => {
            args.set("date", source_date(i18n.lang(), date));
            ("trust seen", "entry-seen")
        }
        Verification::Old(SourceDate::Undated) => ("trust old", "entry-undated"),
        Verification::Old(date) => {
            args.set("date", source_date(i18n.lang(), date));
            ("trust old", "entry-old")
        }
    };
    rsx! { p { class, {i18n.t_args(id, &args)} } }
}

/// Address, phones, web, e-mail and hours: each with its copy or call button.
#[component]
fn Reach(id: String) -> Element {
    let i18n = use_i18n();
    let data = Directory::shipped();
    let Some(entry) = data.entry(&id) else { return rsx! {} };
    let now: DateTime<Utc> = platform::now();
    rsx! {
        if let Some(address) = &entry.address {
            div { class: "reach",
                p { span { class: "reach-label", {i18n.t("entry-address")} } " " span { lang: "es", "{address.text}" } }
                CopyButton { id: "copy-{id}-address", text: address.text.clone(), label: i18n.t("entry-copy-address") }
                if let Some((lat, lon)) = entry.geo {
                    a { class: "button secondary", href: "geo:{lat},{lon}", {i18n.t("entry-map")} }
                }
            }
        } else {
            p { class: "reach-missing", {i18n.t("entry-no-address")} }
        }
        if let Some(other) = &entry.address_conflict {
            Conflict { text: other.text.clone(), source: other.source.clone() }
        }
        if entry.phones.is_empty() {
            p { class: "reach-missing", {i18n.t("entry-no-phone")} }
        }
        for phone in entry.phones.iter() {
            div { class: "reach phone",
                a { class: "button call", href: "tel:{phone.number}", "{phone.display}" }
                if let Some(note) = &phone.note_id {
                    span { {i18n.t(note)} }
                }
                CopyButton { id: "copy-{id}-{phone.number}", text: phone.display.clone(), label: i18n.t("entry-copy-number") }
            }
        }
        if let Some(web) = &entry.web {
            p { span { class: "reach-label", {i18n.t("entry-web")} } " " span { class: "url", translate: "no", "{web.text}" } }
        }
        if let Some(email) = &entry.email {
            p { span { class: "reach-label", {i18n.t("entry-email")} } " " span { class: "url", translate: "no", "{email.text}" } }
        }
        if let Some(hours) = &entry.hours {
            p { class: "hours",
                match open_now(hours, now) {
                    Openness::Open => rsx! { strong { class: "open", {i18n.t("entry-open-now")} } " " },
                    Openness::Closed => rsx! { strong { class: "closed", {i18n.t("entry-closed-now")} } " " },
                    Openness::Unknown => rsx! {},
                }
                {weekly(i18n.lang(), hours)}
                if let Some(note) = &hours.note_id {
                    " "
                    {i18n.t(note)}
                }
            }
        }
    }
}

/// The weekly hours in words, e.g. "lu–vi 09:00–18:00 (hora de Ciudad de México)".
fn weekly(lang: Lang, hours: &rumbo::directory::Hours) -> String {
    let l = Localizer::embedded();
    let slots: Vec<String> = hours
        .weekly
        .iter()
        .map(|slot| {
            let (first, last) = (slot.days.first().copied().unwrap_or(1), slot.days.last().copied().unwrap_or(7));
            let days = if first == last {
                dates::weekday_short(l, lang, first.into())
            } else {
                format!(
                    "{}–{}",
                    dates::weekday_short(l, lang, first.into()),
                    dates::weekday_short(l, lang, last.into())
                )
            };
            format!("{days} {}–{}", slot.open.format("%H:%M"), slot.close.format("%H:%M"))
        })
        .collect();
    if slots.is_empty() {
        return String::new();
    }
    let mut args = FluentArgs::new();
    args.set("hours", slots.join(", "));
    l.format(lang, &format!("entry-hours-{}", zone_id(hours.tz)), Some(&args))
}

fn zone_id(zone: rumbo::directory::Zone) -> &'static str {
    match zone {
        rumbo::directory::Zone::Tijuana => "tijuana",
        rumbo::directory::Zone::CiudadJuarez => "juarez",
        rumbo::directory::Zone::MexicoCity => "cdmx",
    }
}

#[component]
fn Conflict(text: String, source: String) -> Element {
    let i18n = use_i18n();
    let data = Directory::shipped();
    let mut args = FluentArgs::new();
    args.set("text", text);
    args.set(
        "source",
        data.source(&source).map(|s| s.publisher.clone().unwrap_or_else(|| s.title.clone())).unwrap_or_default(),
    );
    rsx! { p { class: "conflict", {i18n.t_args("entry-conflict", &args)} } }
}

#[component]
fn EntrySources(id: String, lang: Lang) -> Element {
    let i18n = use_i18n();
    let data = Directory::shipped();
    let Some(entry) = data.entry(&id) else { return rsx! {} };
    let l = Localizer::embedded();
    rsx! {
        details { class: "entry-sources",
            summary { {i18n.t("entry-sources")} }
            ul {
                for source in entry.sources.iter().filter_map(|s| data.source(s)) {
                    li { key: "{source.id}",
                        cite { lang: "es", "{source.title}" }
                        if let Some(publisher) = &source.publisher { ". {publisher}" }
                        ". {source_date(lang, source.date)}. "
                        {
                            let mut args = FluentArgs::new();
                            args.set("date", dates::day_date(l, lang, source.read));
                            i18n.t_args("entry-read", &args)
                        }
                        if let Some(url) = &source.url {
                            span { class: "url", translate: "no", " {url}" }
                        }
                    }
                }
            }
        }
    }
}
