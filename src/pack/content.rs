//! What a pack carries, as files: each language's `.ftl` files, and the shared data (guides with the official
//! quotations, directory, calendar). The compiled-in content is the same thing made from what the program embeds.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::{ast, parser};

use super::error::PackError;
use super::format::{Pack, SHARED};
use crate::content::Guides;
use crate::deadline::Calendar;
use crate::directory::Directory;
use crate::i18n::{Lang, Localizer};

/// The shared part's files, by the names they have under `assets/`.
pub const SHARED_FILES: [&str; 3] = ["guides.json", "directory.json", "calendar.json"];

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Content {
    /// Language code → file name → Fluent source.
    pub locales: BTreeMap<String, BTreeMap<String, String>>,
    /// `SHARED_FILES` → JSON text.
    pub shared: BTreeMap<String, String>,
}

/// A file or folder of the content sources that could not be read.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, thiserror::Error)]
#[error("{}: {source}", path.display())]
pub struct ReadError {
    pub path: std::path::PathBuf,
    #[source]
    pub source: std::io::Error,
}

/// The content parsed, as the app uses it.
pub struct Models {
    pub guides: Guides,
    pub directory: Directory,
    pub calendar: Calendar,
    pub localizer: Localizer,
}

impl Content {
    /// What this program was built with.
    pub fn embedded() -> Content {
        let mut content = Content::default();
        for (lang, file, text) in crate::i18n::embedded_sources() {
            content.locales.entry(lang.to_string()).or_default().insert(file.to_string(), text.to_string());
        }
        let shared = [
            include_str!("../../assets/guides.json"),
            include_str!("../../assets/directory.json"),
            include_str!("../../assets/calendar.json"),
        ];
        content.shared = SHARED_FILES.iter().zip(shared).map(|(n, t)| (n.to_string(), t.to_string())).collect();
        content
    }

    /// Reads `locales/<lang>/*.ftl` and the shared files from `assets/`, as `pack build` does.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_dirs(locales: &std::path::Path, assets: &std::path::Path) -> Result<Content, ReadError> {
        fn at(path: &std::path::Path) -> impl FnOnce(std::io::Error) -> ReadError + '_ {
            move |source| ReadError { path: path.to_path_buf(), source }
        }
        let mut content = Content::default();
        for lang in Lang::all() {
            let dir = locales.join(lang.code());
            let files = content.locales.entry(lang.code().to_string()).or_default();
            for entry in std::fs::read_dir(&dir).map_err(at(&dir))? {
                let path = entry.map_err(at(&dir))?.path();
                let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
                if crate::i18n::outside::is_locale_file(&name) {
                    files.insert(name, std::fs::read_to_string(&path).map_err(at(&path))?);
                }
            }
        }
        for name in SHARED_FILES {
            let path = assets.join(name);
            content.shared.insert(name.to_string(), std::fs::read_to_string(&path).map_err(at(&path))?);
        }
        Ok(content)
    }

    /// One part per language and the shared part, each a JSON object of file name → text (sorted, so the same
    /// files always make the same bytes).
    pub fn to_parts(&self) -> Vec<(String, Vec<u8>)> {
        let mut parts: Vec<(String, Vec<u8>)> = Lang::all()
            .map(|lang| {
                let files = self.locales.get(lang.code()).cloned().unwrap_or_default();
                (lang.code().to_string(), serde_json::to_vec(&files).expect("plain values"))
            })
            .collect();
        parts.push((SHARED.to_string(), serde_json::to_vec(&self.shared).expect("plain values")));
        parts
    }

    /// The files of a pack already checked by `Pack::read`: names are checked again here, never used as paths.
    pub fn from_pack(pack: &Pack) -> Result<Content, PackError> {
        let files = |name: &str| -> Result<BTreeMap<String, String>, PackError> {
            let bytes = pack.part(name).ok_or_else(|| PackError::MissingPart { name: name.to_string() })?;
            serde_json::from_slice(bytes)
                .map_err(|e| PackError::BadContent { name: name.to_string(), detail: e.to_string() })
        };
        let mut content = Content::default();
        for lang in Lang::all() {
            let code = lang.code();
            let texts = files(code)?;
            let bad = |detail: String| PackError::BadContent { name: code.to_string(), detail };
            crate::i18n::outside::check(&texts).map_err(|e| bad(e.to_string()))?;
            content.locales.insert(code.to_string(), texts);
        }
        let shared = files(SHARED)?;
        let names: BTreeSet<&str> = shared.keys().map(String::as_str).collect();
        if names != SHARED_FILES.into_iter().collect() {
            let detail = format!("it must hold exactly {}", SHARED_FILES.join(", "));
            return Err(PackError::BadContent { name: SHARED.to_string(), detail });
        }
        content.shared = shared;
        Ok(content)
    }

    /// `(language code, file name, text)`, as `Localizer::from_sources` takes them.
    pub fn sources(&self) -> Vec<(&str, &str, &str)> {
        let per_lang = self.locales.iter();
        per_lang.flat_map(|(l, files)| files.iter().map(move |(f, t)| (l.as_str(), f.as_str(), t.as_str()))).collect()
    }

    fn shared_text(&self, name: &str) -> &str {
        self.shared.get(name).map(String::as_str).unwrap_or("")
    }

    /// Parses everything and checks what the app relies on: the data files' structure, the directory's rules,
    /// locale syntax, and every message the app uses in every language. Pure; nothing is kept.
    pub fn models(&self) -> Result<Models, PackError> {
        let bad = |name: &str, detail: String| PackError::BadContent { name: name.to_string(), detail };
        let guides =
            Guides::from_json(self.shared_text("guides.json")).map_err(|e| bad("guides.json", e.to_string()))?;
        if let Some(problem) = guides.problems().into_iter().next() {
            return Err(bad("guides.json", problem));
        }
        let directory = Directory::from_json(self.shared_text("directory.json"))
            .map_err(|e| bad("directory.json", e.to_string()))?;
        let errors = crate::directory::check(&directory, directory.checked);
        if let Some(p) = errors.iter().find(|p| p.severity == crate::directory::Severity::Error) {
            return Err(bad("directory.json", format!("[{}] {}", p.id, p.message)));
        }
        let calendar =
            Calendar::from_json(self.shared_text("calendar.json")).map_err(|e| bad("calendar.json", e.to_string()))?;
        let localizer = Localizer::from_sources(&self.sources());
        if let Some(problem) = localizer.problems().first() {
            return Err(bad(problem.split('/').next().unwrap_or(""), problem.clone()));
        }
        let needed = app_message_ids(&guides, &directory);
        for lang in Lang::all() {
            let have = self.message_ids(lang);
            if let Some(id) = needed.iter().find(|id| !have.contains(*id)) {
                return Err(bad(lang.code(), format!("the message “{id}”, which the app uses, is missing")));
            }
        }
        Ok(Models { guides, directory, calendar, localizer })
    }

    /// Every message id the locale files of `lang` define.
    pub fn message_ids(&self, lang: Lang) -> BTreeSet<String> {
        let files = self.locales.get(lang.code()).into_iter().flat_map(|f| f.values());
        files.flat_map(|text| message_ids(text)).collect()
    }
}

/// What the app needs from any content: the messages its code uses (every Spanish message of this build except
/// those its own guides and directory bring), plus those the given guides and directory name.
pub fn app_message_ids(guides: &Guides, directory: &Directory) -> BTreeSet<String> {
    let shipped: BTreeSet<String> =
        Guides::compiled().message_ids().into_iter().chain(Directory::compiled().message_ids()).collect();
    let embedded = crate::i18n::embedded_sources().iter().filter(|(lang, _, _)| *lang == Lang::ES.code());
    let mut needed: BTreeSet<String> =
        embedded.flat_map(|(_, _, text)| message_ids(text)).filter(|id| !shipped.contains(id)).collect();
    needed.extend(guides.message_ids());
    needed.extend(directory.message_ids());
    needed
}

/// The ids of the messages (not terms) in one Fluent source; what does not parse is left to the localizer's check.
fn message_ids(text: &str) -> Vec<String> {
    let resource = match parser::parse(crate::text::strip_bom(text)) {
        Ok(resource) => resource,
        Err((partial, _)) => partial,
    };
    let ids = resource.body.into_iter().filter_map(|entry| match entry {
        ast::Entry::Message(m) => Some(m.id.name.to_string()),
        _ => None,
    });
    ids.collect()
}
