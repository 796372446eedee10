//! What is searched: the guide sections and the directory's entries as documents in one language, and the
//! shipped index built from them once per language.

use std::sync::{LazyLock, OnceLock};

use super::{Document, Index, Target};
use crate::content::{plain, Guides};
use crate::directory::Directory;
use crate::i18n::{Lang, Localizer, LANGUAGES};

impl Index {
    /// The index of the shipped guides and directory in `lang`, built on first use.
    pub fn shipped(lang: Lang) -> &'static Index {
        static INDEXES: LazyLock<Vec<OnceLock<Index>>> =
            LazyLock::new(|| LANGUAGES.iter().map(|_| OnceLock::new()).collect());
        INDEXES[lang.index()].get_or_init(|| {
            let localizer = Localizer::embedded();
            let mut docs = guide_documents(Guides::shipped(), localizer, lang);
            docs.extend(entry_documents(Directory::shipped(), localizer, lang));
            Index::new(docs)
        })
    }
}

/// The guide sections as documents, in their own order, in `lang` with the usual fallback.
pub fn guide_documents(guides: &Guides, localizer: &Localizer, lang: Lang) -> Vec<Document> {
    guides
        .sections
        .iter()
        .map(|section| {
            let body: Vec<String> =
                section.blocks.iter().map(|b| plain(&localizer.text(lang, &section.block_id(b)))).collect();
            Document {
                target: Target::Guide(section.id.clone()),
                title: localizer.text(lang, &section.title_id()),
                summary: localizer.text(lang, &section.summary_id()),
                body: body.join("\n"),
            }
        })
        .collect()
}

/// The directory's entries as documents: the name, what kind of place it is and where, then its note, what
/// it offers and its address.
pub fn entry_documents(dir: &Directory, localizer: &Localizer, lang: Lang) -> Vec<Document> {
    dir.entries
        .iter()
        .map(|entry| {
            let text = |id: &str| localizer.text(lang, id);
            let mut body: Vec<String> = entry.note_id.iter().map(|id| text(id)).collect();
            let services: Vec<String> = entry.services.iter().map(|s| text(&s.message_id())).collect();
            if !services.is_empty() {
                body.push(services.join(", "));
            }
            body.extend(entry.address.iter().map(|a| a.text.clone()));
            Document {
                target: Target::Entry(entry.id.clone()),
                title: entry.name.clone(),
                summary: format!("{} · {}", text(&entry.kind.message_id()), text(&entry.city.message_id())),
                body: body.join("\n"),
            }
        })
        .collect()
}
