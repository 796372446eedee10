//! What a share server answers for: folders mounted under URL prefixes, single files at fixed paths, and pages
//! made in memory, with the rules that keep every answer inside them (no traversal, no dotfiles, no listing).

use std::{
    collections::HashMap,
    fs,
    path::{Component, Path, PathBuf},
};

use hyper::{body::Bytes, StatusCode};
use percent_encoding::percent_decode_str;

use super::compress::Compressed;
use super::error::ShareError;

/// Picks a page's path from an `Accept-Language` header value.
pub type PickPage = fn(&str) -> String;

/// A page made in memory, compressed once when it is added.
pub struct Page {
    pub content_type: String,
    pub body: Bytes,
    pub compressed: Compressed,
}

#[derive(Default)]
pub struct Site {
    /// (URL prefix ending in `/`, folder), longest prefix first.
    mounts: Vec<(String, PathBuf)>,
    /// Exact URL path → a file (the one-file editions), read from disk on every request like any other.
    files: HashMap<String, PathBuf>,
    pages: HashMap<String, Page>,
    /// A path answered with the page its `Accept-Language` picks: (path, header value → page path).
    pub(crate) by_language: Option<(String, PickPage)>,
}

/// What a request path names.
pub enum Found<'a> {
    Page(&'a Page),
    /// A file, and the folder it was found in (for its caching rule), if any.
    File(PathBuf, Option<&'a Path>),
    /// A folder named without its final `/`: where to send the browser, so relative links work.
    Slash,
}

/// At most this many files are compressed ahead when the server starts (the rest when first asked for).
const AHEAD: usize = 10_000;

impl Site {
    pub fn new() -> Site {
        Site::default()
    }

    /// Serves the files under `root` at `prefix` (`/` or `/app/`).
    pub fn mount(mut self, prefix: &str, root: &Path) -> Result<Site, ShareError> {
        let root = root.canonicalize().map_err(|source| ShareError::Folder { path: root.to_path_buf(), source })?;
        self.mounts.push((prefix.to_string(), root));
        self.mounts.sort_by_key(|(prefix, _)| std::cmp::Reverse(prefix.len()));
        Ok(self)
    }

    /// Serves `file` at exactly `path`.
    pub fn file(mut self, path: &str, file: &Path) -> Site {
        self.files.insert(path.to_string(), file.to_path_buf());
        self
    }

    pub fn page(mut self, path: &str, content_type: &str, body: Vec<u8>) -> Site {
        let compressed = Compressed::of(&body);
        self.pages
            .insert(path.to_string(), Page { content_type: content_type.to_string(), body: body.into(), compressed });
        self
    }

    /// Answers `path` with the page that `pick` chooses from the request's `Accept-Language`.
    pub fn by_language(mut self, path: &str, pick: PickPage) -> Site {
        self.by_language = Some((path.to_string(), pick));
        self
    }

    /// What `path` (the request's path, without its query) names, or the status to answer with.
    pub fn find(&self, path: &str) -> Result<Found<'_>, StatusCode> {
        if let Some(page) = self.pages.get(path) {
            return Ok(Found::Page(page));
        }
        if let Some(file) = self.files.get(path) {
            return Ok(Found::File(file.clone(), None));
        }
        for (prefix, root) in &self.mounts {
            if let Some(rest) = path.strip_prefix(prefix.as_str()) {
                return match resolve(root, &format!("/{rest}")) {
                    Ok(file) => Ok(Found::File(file, Some(root))),
                    Err(StatusCode::MOVED_PERMANENTLY) => Ok(Found::Slash),
                    Err(status) => Err(status),
                };
            }
            if format!("{path}/") == *prefix {
                return Ok(Found::Slash);
            }
        }
        Err(StatusCode::NOT_FOUND)
    }

    /// Every file the site can serve, as far as a bounded walk finds them: compressed before anyone asks.
    pub fn files_ahead(&self) -> Vec<PathBuf> {
        let mut found: Vec<PathBuf> = self.files.values().cloned().collect();
        for (_, root) in &self.mounts {
            let mut folders = vec![root.clone()];
            while let Some(folder) = folders.pop() {
                let Ok(entries) = fs::read_dir(&folder) else { continue };
                for entry in entries.flatten() {
                    if found.len() >= AHEAD {
                        return found;
                    }
                    if entry.file_name().to_string_lossy().starts_with('.') {
                        continue;
                    }
                    let Ok(real) = entry.path().canonicalize() else { continue };
                    if !real.starts_with(root) {
                        continue;
                    }
                    match entry.file_type() {
                        Ok(t) if t.is_dir() => folders.push(entry.path()),
                        Ok(_) if real.is_file() => found.push(real),
                        _ => {}
                    }
                }
            }
        }
        found
    }
}

/// The file a request path names, or the status to answer with (301: a folder named without its `/`). Never a
/// path outside `root`, never a dotfile.
pub fn resolve(root: &Path, url: &str) -> Result<PathBuf, StatusCode> {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    let decoded = percent_decode_str(path).decode_utf8().map_err(|_| StatusCode::BAD_REQUEST)?;
    if !decoded.starts_with('/') || decoded.contains(['\\', '\0']) {
        return Err(StatusCode::BAD_REQUEST);
    }
    let relative = Path::new(decoded.trim_start_matches('/'));
    if relative.components().any(|c| !matches!(c, Component::Normal(_))) {
        return Err(StatusCode::BAD_REQUEST);
    }
    // `.git`, `.env`, `.htpasswd`: a folder shared with `serve --dir` may hold them.
    if relative.components().any(|c| c.as_os_str().to_string_lossy().starts_with('.')) {
        return Err(StatusCode::NOT_FOUND);
    }
    let mut file = root.join(relative);
    if file.is_dir() {
        if !decoded.ends_with('/') {
            return Err(StatusCode::MOVED_PERMANENTLY);
        }
        file = file.join("index.html");
    }
    // Symbolic links must not lead out of the bundle either.
    let real = file.canonicalize().map_err(|_| StatusCode::NOT_FOUND)?;
    if !real.starts_with(root) || !real.is_file() {
        return Err(StatusCode::NOT_FOUND);
    }
    Ok(real)
}

pub fn content_type(file: &Path) -> String {
    let ext = file.extension().and_then(|e| e.to_str()).unwrap_or("");
    let mime = match ext {
        "webmanifest" => "application/manifest+json".to_string(),
        "wasm" => "application/wasm".to_string(),
        _ => mime_guess::from_ext(ext).first_or_octet_stream().to_string(),
    };
    if mime.starts_with("text/") || mime.ends_with("javascript") || mime.ends_with("json") {
        format!("{mime}; charset=utf-8")
    } else {
        mime
    }
}

/// dx names bundled assets by content hash, so they never change; everything else is checked each time
/// (the service worker and index.html above all, so a new version is found).
pub fn cache_control(root: Option<&Path>, file: &Path) -> &'static str {
    match root {
        Some(root) if file.starts_with(root.join("assets")) => "public, max-age=31536000, immutable",
        _ => "no-cache",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small web bundle, with the folder that holds it (removed when dropped).
    fn bundle() -> (tempfile::TempDir, PathBuf) {
        let folder = tempfile::tempdir().unwrap();
        let dir = folder.path();
        fs::create_dir_all(dir.join("assets")).unwrap();
        fs::create_dir_all(dir.join("sub")).unwrap();
        fs::write(dir.join("index.html"), "<html>").unwrap();
        fs::write(dir.join("sub/index.html"), "<html>").unwrap();
        fs::write(dir.join("assets/app.wasm"), "w").unwrap();
        fs::write(dir.join(".secret"), "s").unwrap();
        let root = dir.canonicalize().unwrap();
        (folder, root)
    }

    #[test]
    fn serves_files_under_the_root_and_index_for_folders() {
        let (_folder, root) = bundle();
        assert_eq!(resolve(&root, "/").unwrap(), root.join("index.html"));
        assert_eq!(resolve(&root, "/index.html?v=2").unwrap(), root.join("index.html"));
        assert_eq!(resolve(&root, "/assets/app%2Ewasm").unwrap(), root.join("assets/app.wasm"));
        assert_eq!(resolve(&root, "/sub/").unwrap(), root.join("sub/index.html"));
        assert_eq!(resolve(&root, "/sub"), Err(StatusCode::MOVED_PERMANENTLY), "so relative links work");
        assert_eq!(resolve(&root, "/missing.js"), Err(StatusCode::NOT_FOUND));
        assert_eq!(resolve(&root, "/assets/"), Err(StatusCode::NOT_FOUND), "no listing");
    }

    #[test]
    fn refuses_traversal_in_every_spelling() {
        let (_folder, root) = bundle();
        for url in [
            "/../etc/passwd",
            "/assets/../../x",
            "/%2e%2e/x",
            "/%2E%2E%2Fx",
            "/..%5cx",
            "/a%00b",
            "//etc/passwd",
            "/./index.html",
            "/%ff",
            "/%c0%ae%c0%ae/x",
            "/assets/%2e%2e/%2e%2e/x",
        ] {
            assert!(resolve(&root, url).is_err(), "{url} must be refused");
        }
    }

    #[test]
    fn dotfiles_are_not_served() {
        let (_folder, root) = bundle();
        assert_eq!(resolve(&root, "/.secret"), Err(StatusCode::NOT_FOUND), "the audit's D21: /.secret was 200");
        assert_eq!(resolve(&root, "/%2esecret"), Err(StatusCode::NOT_FOUND));
        assert_eq!(resolve(&root, "/assets/.git/config"), Err(StatusCode::NOT_FOUND));
    }

    #[test]
    fn content_types_suit_the_browser() {
        assert_eq!(content_type(Path::new("a.wasm")), "application/wasm");
        assert_eq!(content_type(Path::new("a.js")), "text/javascript; charset=utf-8");
        assert_eq!(content_type(Path::new("index.html")), "text/html; charset=utf-8");
        assert_eq!(content_type(Path::new("manifest.webmanifest")), "application/manifest+json; charset=utf-8");
    }

    #[test]
    fn a_walk_finds_what_can_be_served_and_nothing_else() {
        let (_folder, root) = bundle();
        let site = Site::new().mount("/", &root).unwrap();
        let mut found = site.files_ahead();
        found.sort();
        assert_eq!(found, [root.join("assets/app.wasm"), root.join("index.html"), root.join("sub/index.html")]);
        assert!(matches!(site.find("/sub"), Ok(Found::Slash)));
    }
}
