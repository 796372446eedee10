//! What is searched: the guide sections and the directory's entries as documents in one language, and the
//! shipped index built from them once per language.

use std::sync::{LazyLock, Mutex};

use super::{Document, Index, Target};
use crate::content::{plain, Guides};
use crate::directory::Directory;
use crate::i18n::{Lang, Localizer, LANGUAGES};

impl Index {
    /// The index of the guides and directory in use in `lang`, built on first use, and again after a content
    /// pack is installed (the cache is keyed by the content it was built from).
    pub fn shipped(lang: Lang) -> &'static Index {
        type Built = ([usize; 3], &'static Index);
        static INDEXES: LazyLock<Vec<Mutex<Option<Built>>>> =
            LazyLock::new(|| LANGUAGES.iter().map(|_| Mutex::new(None)).collect());
        let (guides, directory, localizer) = (Guides::shipped(), Directory::shipped(), Localizer::embedded());
        let from = [guides as *const Guides as usize, directory as *const _ as usize, localizer as *const _ as usize];
        let mut slot = INDEXES[lang.index()].lock().unwrap_or_else(|e| e.into_inner());
        match *slot {
            Some((built, index)) if built == from => index,
            _ => {
                let mut docs = guide_documents(guides, localizer, lang);
                docs.extend(entry_documents(directory, localizer, lang));
                // Leaked as the installed content is (`crate::active`): once per language and install.
                let index: &'static Index = Box::leak(Box::new(Index::new(docs)));
                *slot = Some((from, index));
                index
            }
        }
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
