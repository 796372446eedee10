//! One place or line: what it offers, how to reach it, whether it is open, and where every fact comes from.

use chrono::{DateTime, Utc};
use dioxus::prelude::*;
use rumbo::directory::{Directory, Verification};
use rumbo::i18n::{dates, FluentArgs, Lang, Localizer};
use rumbo::sources::SourceDate;

use super::hours::ServiceHours;
use crate::app::components::{source_date, CopyButton, Variant};
use crate::app::saved::BookmarkButton;
use crate::app::target::{scoped_id, use_target};
use crate::app::{platform, use_i18n};
use rumbo::storage::Kind;

/// One entry: in the list (its name a level-2 heading) or on its own page (`page`: the name is the page's title).
/// `now` is the device's clock unless a test fixes it.
#[component]
pub fn EntryCard(id: String, #[props(default)] page: bool, #[props(default)] now: Option<DateTime<Utc>>) -> Element {
    let i18n = use_i18n();
    let data = Directory::shipped();
    let Some(entry) = data.entry(&id) else { return rsx! {} };
    let lang = i18n.lang();
    let kind_city = format!("{} · {}", i18n.t(&entry.kind.message_id()), i18n.t(&entry.city.message_id()));
    let serves: Vec<String> = entry.serves.iter().map(|s| i18n.t(&s.message_id())).collect();
    let services: Vec<String> = entry.services.iter().map(|s| i18n.t(&s.message_id())).collect();
    let now = now.unwrap_or_else(platform::now);
    // How old a source is depends on the day the page is read: only the app knows it.
    let app = use_target().is_app();
    let (card_id, name_id) =
        (scoped_id(&format!("entry-{}", entry.id)), scoped_id(&format!("entry-{}-name", entry.id)));
    rsx! {
        article { class: "entry", id: "{card_id}", "aria-labelledby": "{name_id}",
            if page {
                h1 { id: "{name_id}", "{entry.name}" }
            } else {
                h2 { id: "{name_id}", "{entry.name}" }
            }
            p { class: "entry-kind", "{kind_city}" }
            if app {
                Trust { verification: data.verification(entry, now.date_naive()) }
            }
            BookmarkButton { kind: Kind::Entry, target: entry.id.clone() }
            if !serves.is_empty() {
                p { {i18n.t_with("entry-serves", [("groups", serves.join(", "))])} }
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
            Reach { id: entry.id.clone(), now }
            if let Some(stay) = &entry.stay {
                p { {i18n.t(&stay.text_id)} }
            }
            EntrySources { id: entry.id.clone(), lang }
        }
    }
}

/// From the oldest source among the values a person acts on: "seen in a source of DATE", or a clear warning
/// when that source is old or undated; for 911 and 089, "national number".
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
        Verification::National => ("trust national", "entry-national"),
        Verification::Old(SourceDate::Undated) => ("trust old", "entry-undated"),
        Verification::Old(date) => {
            args.set("date", source_date(i18n.lang(), date));
            ("trust old", "entry-old")
        }
    };
    rsx! { p { class, {i18n.t_args(id, &args)} } }
}

/// Address, phones, web, e-mail and each service's hours: each with its copy or call button and its source's date.
#[component]
fn Reach(id: String, now: DateTime<Utc>) -> Element {
    let i18n = use_i18n();
    let data = Directory::shipped();
    let Some(entry) = data.entry(&id) else { return rsx! {} };
    let lang = i18n.lang();
    let dated = |source: &str| value_date(lang, data.source_date(source));
    rsx! {
        if let Some(address) = &entry.address {
            div { class: "reach",
                p {
                    span { class: "reach-label", {i18n.t("entry-address")} }
                    " "
                    span { lang: "es", "{address.text}" }
                    " "
                    span { class: "value-date", {dated(&address.source)} }
                }
                CopyButton { id: "copy-{id}-address", text: address.text.clone(), label: i18n.t("entry-copy-address") }
                if let Some((lat, lon)) = entry.geo {
                    a { class: Variant::Secondary.class(), href: "geo:{lat},{lon}", {i18n.t("entry-map")} }
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
        for (i, phone) in entry.phones.iter().enumerate() {
            div { class: "reach phone",
                if let Some(number) = &phone.number {
                    a { class: Variant::Call.class(), href: "tel:{number}", "{phone.display}" }
                } else {
                    // A number the source gives without what is needed to dial it: shown as text, never a link.
                    span { class: "number", lang: "es", "{phone.display}" }
                }
                if let Some(note) = &phone.note_id {
                    span { class: "phone-note", {i18n.t(note)} }
                }
                if !rumbo::directory::NATIONAL_NUMBERS.contains(&phone.display.as_str()) {
                    span { class: "value-date", {dated(&phone.source)} }
                }
                CopyButton { id: "copy-{id}-phone-{i}", text: phone.display.clone(), label: i18n.t("entry-copy-number") }
            }
        }
        for (label_id, value) in [("entry-web", &entry.web), ("entry-email", &entry.email)] {
            if let Some(value) = value {
                p {
                    span { class: "reach-label", {i18n.t(label_id)} }
                    " "
                    span { class: "url", translate: "no", "{value.text}" }
                    " "
                    span { class: "value-date", {dated(&value.source)} }
                }
            }
        }
        for (index, _) in entry.hours.iter().enumerate() {
            ServiceHours { id: id.clone(), index, now }
        }
    }
}

/// "(source of DATE)" or "(undated source)", after a value.
pub(super) fn value_date(lang: Lang, date: SourceDate) -> String {
    let l = Localizer::embedded();
    if date == SourceDate::Undated {
        return l.text(lang, "entry-value-undated");
    }
    let mut args = FluentArgs::new();
    args.set("date", source_date(lang, date));
    l.format(lang, "entry-value-date", Some(&args))
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
                        // Always there: the directory refuses a source without its read date.
                        if let Some(read) = source.read {
                            {
                                i18n.t_with("entry-read", [("date", dates::day_date(l, lang, read))])
                            }
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
