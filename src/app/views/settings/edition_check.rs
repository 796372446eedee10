//! Settings → "Content updates", for a one-file edition chosen instead of a pack: "is this file really Rumbo's?"
//! answered in the person's language (by which key, made from which content) or refused with the plain reason.
//! Nothing is applied or kept.

use dioxus::prelude::*;
use rumbo::i18n::{dates, FluentArgs, Localizer};
use rumbo::pack::edition::{self, EditionError};

use crate::app::content::trust;
use crate::app::use_i18n;

/// What checking the chosen edition found.
pub type EditionResult = Result<edition::Checked, EditionError>;

/// Checks `bytes` as a received edition, against the keys this build trusts.
pub fn check(bytes: &[u8]) -> EditionResult {
    edition::check(&trust(), bytes)
}

#[component]
pub fn EditionCheck(result: EditionResult) -> Element {
    let i18n = use_i18n();
    match result {
        Ok(checked) => {
            let date = dates::day_date(Localizer::embedded(), i18n.lang(), checked.made.compiled);
            let version = checked.made.version.to_string();
            let fingerprint = checked.verified.signer.fingerprint();
            rsx! {
                div { class: "pack-offer edition-checked", role: "status",
                    h3 { {i18n.t("edition-check-ok-title")} }
                    p { {i18n.t_with("edition-check-made", [("version", version.as_str()), ("date", date.as_str())])} }
                    p {
                        {i18n.t("edition-check-key")}
                        " "
                        code { class: "fingerprint", translate: "no", "{fingerprint}" }
                    }
                    p { {i18n.t("edition-check-compare")} }
                }
            }
        }
        Err(refused) => {
            let mut args = FluentArgs::new();
            if let Some(fingerprint) = refused.fingerprint() {
                args.set("fingerprint", fingerprint.to_string());
            }
            rsx! {
                p { role: "alert", class: "pack-refusal", {i18n.t_args(refused.message_id(), &args)} }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use rumbo::i18n::Lang;
    use rumbo::pack::trust::test_key;
    use rumbo::pack::SecretKey;

    use super::*;
    use crate::app::ssr::render_view;

    fn unsigned() -> Vec<u8> {
        let made = edition::Made { version: 4, compiled: chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap() };
        format!("{}{}<html><p>911</p></html>\n", edition::doctype(), edition::header(made)).into_bytes()
    }

    fn text(html: &str) -> String {
        html.replace("&#39;", "'").replace("&#34;", "\"").replace("&quot;", "\"").replace("&amp;", "&")
    }

    fn shown(lang: Lang, bytes: Vec<u8>) -> String {
        let result = check(&bytes);
        text(&render_view(lang, move || rsx! { EditionCheck { result: result.clone() } }))
    }

    fn t(lang: Lang, id: &str, args: &[(&str, &str)]) -> String {
        let args: FluentArgs = args.iter().map(|(k, v)| (*k, *v)).collect();
        Localizer::embedded().format_in(lang, id, Some(&args)).unwrap_or_else(|| panic!("{lang} lacks {id}"))
    }

    #[test]
    fn a_signed_edition_is_said_to_be_rumbos_with_its_key_and_content_in_every_language() {
        let signed = edition::sign(&test_key(), &unsigned(), Vec::new()).unwrap();
        let fingerprint = test_key().public().fingerprint();
        for lang in Lang::all() {
            let html = shown(lang, signed.clone());
            let date =
                dates::day_date(Localizer::embedded(), lang, chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap());
            assert!(html.contains(&t(lang, "edition-check-ok-title", &[])), "{lang}");
            assert!(html.contains(&t(lang, "edition-check-made", &[("version", "4"), ("date", &date)])), "{lang}");
            assert!(html.contains(&format!("translate=\"no\">{fingerprint}</code>")), "{lang}");
        }
    }

    #[test]
    fn unsigned_other_key_and_altered_editions_are_refused_with_the_reason_in_every_language() {
        let stranger = SecretKey::from_seed([3; 32]);
        let theirs = edition::sign(&stranger, &unsigned(), Vec::new()).unwrap();
        let mut altered = edition::sign(&test_key(), &unsigned(), Vec::new()).unwrap();
        let at = altered.len() - 12;
        altered[at] ^= 1;
        for lang in Lang::all() {
            let html = shown(lang, unsigned());
            assert!(
                html.contains("role=\"alert\"") && html.contains(&t(lang, "edition-error-unsigned", &[])),
                "{lang}"
            );
            let other = t(lang, "edition-error-other-key", &[("fingerprint", &stranger.public().fingerprint())]);
            assert!(shown(lang, theirs.clone()).contains(&other), "{lang}");
            assert!(shown(lang, altered.clone()).contains(&t(lang, "edition-error-altered", &[])), "{lang}");
            assert!(!shown(lang, altered.clone()).contains(&t(lang, "edition-check-ok-title", &[])), "{lang}");
        }
    }
}
