//! Installing a content pack's models puts them in use everywhere the program reads its content, and installing
//! none puts the compiled content back. Its own test binary: the content in use is process-wide.

use rumbo::content::Guides;
use rumbo::i18n::{Lang, Localizer};
use rumbo::pack::{self, Content};
use rumbo::search::{Index, Target};

#[test]
fn installed_content_is_what_every_reader_sees_until_the_compiled_content_returns() {
    let mut content = Content::embedded();
    let es = content.locales.get_mut("es").unwrap().get_mut("rumbo.ftl").unwrap();
    *es = es.replace("copy-done = ", "copy-done = Zanahoria. ");
    let mut guides: serde_json::Value = serde_json::from_str(&content.shared["guides.json"]).unwrap();
    let sections = guides["sections"].as_array_mut().unwrap();
    let removed = sections.pop().unwrap()["id"].as_str().unwrap().to_string();
    content.shared.insert("guides.json".into(), guides.to_string());
    let title = Localizer::embedded().text(Lang::ES, &format!("guide-{removed}-title"));
    let finds = |id: &str| Index::shipped(Lang::ES).search(&title).iter().any(|h| h.target == Target::Guide(id.into()));
    assert!(finds(&removed));

    pack::install(Some(content.models().unwrap()));
    assert!(Guides::shipped().section(&removed).is_none(), "the pack removed {removed}");
    assert!(Guides::compiled().section(&removed).is_some());
    assert!(Localizer::embedded().text(Lang::ES, "copy-done").starts_with("Zanahoria."));
    assert!(!finds(&removed), "the search index follows the content in use");

    pack::install(None);
    assert!(Guides::shipped().section(&removed).is_some() && finds(&removed));
    assert!(!Localizer::embedded().text(Lang::ES, "copy-done").starts_with("Zanahoria."));
}
