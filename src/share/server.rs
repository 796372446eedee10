//! A static file server for the web bundle (`rumbo-cli serve`) and for sharing Rumbo over local Wi-Fi
//! (`rumbo-cli share`, the desktop app's Settings): only GET and HEAD, only the bundle's files and pages made in
//! memory (no listing, no traversal, no writes), gzip where the client accepts it, and no log of who connects.

use std::{
    collections::HashMap,
    fs,
    io::Write,
    path::{Component, Path, PathBuf},
    sync::{Arc, Mutex},
    thread,
};

use flate2::{write::GzEncoder, Compression};
use percent_encoding::percent_decode_str;
use tiny_http::{Header, Method, Request, Response, Server, StatusCode};

/// Picks a page's path from an `Accept-Language` header value.
type PickPage = fn(&str) -> String;

/// What a server answers for: folders mounted under URL prefixes, and pages made in memory.
pub struct Site {
    /// (URL prefix ending in `/`, folder), longest prefix first.
    mounts: Vec<(String, PathBuf)>,
    /// Exact URL path → (content type, body).
    pages: HashMap<String, (String, Vec<u8>)>,
    /// A path answered with the page its `Accept-Language` picks: (path, header value → page path).
    by_language: Option<(String, PickPage)>,
    /// Files already compressed, by path: each is compressed once, however many phones ask.
    gzipped: Mutex<HashMap<PathBuf, Arc<Vec<u8>>>>,
}

impl Site {
    #[allow(clippy::new_without_default)]
    pub fn new() -> Site {
        Site { mounts: Vec::new(), pages: HashMap::new(), by_language: None, gzipped: Mutex::new(HashMap::new()) }
    }

    /// Serves the files under `root` at `prefix` (`/` or `/app/`).
    pub fn mount(mut self, prefix: &str, root: &Path) -> Result<Site, String> {
        let root = root.canonicalize().map_err(|e| format!("{}: {e}", root.display()))?;
        self.mounts.push((prefix.to_string(), root));
        self.mounts.sort_by_key(|(prefix, _)| std::cmp::Reverse(prefix.len()));
        Ok(self)
    }

    pub fn page(mut self, path: &str, content_type: &str, body: Vec<u8>) -> Site {
        self.pages.insert(path.to_string(), (content_type.to_string(), body));
        self
    }

    /// Answers `path` with the page that `pick` chooses from the request's `Accept-Language`.
    pub fn by_language(mut self, path: &str, pick: PickPage) -> Site {
        self.by_language = Some((path.to_string(), pick));
        self
    }

    /// What `url` names: a page, or a file under a mount.
    fn find(&self, url: &str) -> Result<Found<'_>, StatusCode> {
        let path = url.split(['?', '#']).next().unwrap_or("/");
        if let Some((content_type, body)) = self.pages.get(path) {
            return Ok(Found::Page(content_type, body));
        }
        for (prefix, root) in &self.mounts {
            if let Some(rest) = path.strip_prefix(prefix.as_str()) {
                return resolve(root, &format!("/{rest}")).map(|file| Found::File(root, file));
            }
        }
        Err(StatusCode(404))
    }

    fn gzip(&self, file: &Path, body: &[u8]) -> Arc<Vec<u8>> {
        if let Some(done) = self.gzipped.lock().expect("not poisoned").get(file) {
            return Arc::clone(done);
        }
        let mut encoder = GzEncoder::new(Vec::new(), Compression::default());
        let _ = encoder.write_all(body);
        let gz = Arc::new(encoder.finish().unwrap_or_default());
        self.gzipped.lock().expect("not poisoned").insert(file.to_path_buf(), Arc::clone(&gz));
        gz
    }
}

enum Found<'a> {
    Page(&'a str, &'a [u8]),
    File(&'a Path, PathBuf),
}

/// A running server: its worker threads answer until `stop` (or the end of the process; there is nothing to
/// flush, so Ctrl-C stops it cleanly).
pub struct Running {
    server: Arc<Server>,
    workers: Vec<thread::JoinHandle<()>>,
}

/// Starts serving `site` on `addr` (`0.0.0.0:8080`, `127.0.0.1:0`…).
pub fn start(site: Site, addr: &str) -> Result<Running, String> {
    let server = Arc::new(Server::http(addr).map_err(|e| format!("cannot listen on {addr}: {e}"))?);
    let site = Arc::new(site);
    // Enough threads that a shelter's worth of phones loading at once wait little.
    let workers = (0..8)
        .map(|_| {
            let (server, site) = (Arc::clone(&server), Arc::clone(&site));
            thread::spawn(move || {
                for request in server.incoming_requests() {
                    respond(&site, request);
                }
            })
        })
        .collect();
    Ok(Running { server, workers })
}

impl Running {
    /// The port it listens on (useful when started on port 0).
    pub fn port(&self) -> Option<u16> {
        self.server.server_addr().to_ip().map(|a| a.port())
    }

    /// Blocks until the server stops.
    pub fn wait(self) {
        for worker in self.workers {
            let _ = worker.join();
        }
    }

    /// Stops answering and waits for the workers to finish what they were sending.
    pub fn stop(self) {
        for _ in &self.workers {
            self.server.unblock();
        }
        self.wait();
    }
}

fn respond(site: &Site, request: Request) {
    let head = *request.method() == Method::Head;
    if !matches!(request.method(), Method::Get | Method::Head) {
        let allow = Header::from_bytes("Allow", "GET, HEAD").expect("valid header");
        let _ = request.respond(Response::empty(405).with_header(allow));
        return;
    }
    let header_value = |name: &'static str| {
        request.headers().iter().find(|h| h.field.equiv(name)).map(|h| h.value.as_str().to_string()).unwrap_or_default()
    };
    let mut url = request.url().to_string();
    if let Some((path, pick)) = &site.by_language {
        if url.split(['?', '#']).next() == Some(path.as_str()) {
            url = pick(&header_value("Accept-Language"));
        }
    }
    let (content_type, cache, body, file) = match site.find(&url) {
        Ok(Found::Page(content_type, body)) => (content_type.to_string(), "no-cache", body.to_vec(), None),
        Ok(Found::File(root, file)) => match fs::read(&file) {
            Ok(body) => (content_type(&file), cache_control(root, &file), body, Some(file)),
            Err(_) => return drop(request.respond(Response::empty(404))),
        },
        Err(status) => return drop(request.respond(Response::empty(status))),
    };
    let accepts_gzip = header_value("Accept-Encoding").split(',').any(|e| e.trim().starts_with("gzip"));
    // PNG icons are compressed already; small files are not worth it.
    let gzipped = accepts_gzip && !content_type.starts_with("image/png") && body.len() > 1024;
    let body: Vec<u8> = match (&file, gzipped) {
        (Some(file), true) => site.gzip(file, &body).to_vec(),
        (None, true) => site.gzip(Path::new(&url), &body).to_vec(),
        (_, false) => body,
    };
    let length = body.len();
    let mut response = Response::from_data(if head { Vec::new() } else { body })
        .with_header(header("Content-Type", &content_type))
        .with_header(header("Cache-Control", cache))
        .with_header(header("Vary", "Accept-Encoding"))
        .with_header(header("X-Content-Type-Options", "nosniff"));
    if gzipped {
        response = response.with_header(header("Content-Encoding", "gzip"));
    }
    if head {
        response = response.with_header(header("Content-Length", &length.to_string()));
    }
    let _ = request.respond(response);
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name, value).expect("valid header")
}

/// The file a request path names, or the status to answer with. Never a path outside `root`.
pub fn resolve(root: &Path, url: &str) -> Result<PathBuf, StatusCode> {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    let decoded = percent_decode_str(path).decode_utf8().map_err(|_| StatusCode(400))?;
    if !decoded.starts_with('/') || decoded.contains(['\\', '\0']) {
        return Err(StatusCode(400));
    }
    let relative = Path::new(decoded.trim_start_matches('/'));
    if relative.components().any(|c| !matches!(c, Component::Normal(_))) {
        return Err(StatusCode(400));
    }
    let mut file = root.join(relative);
    if file.is_dir() {
        file = file.join("index.html");
    }
    // Symbolic links must not lead out of the bundle either.
    let real = file.canonicalize().map_err(|_| StatusCode(404))?;
    if !real.starts_with(root) || !real.is_file() {
        return Err(StatusCode(404));
    }
    Ok(real)
}

fn content_type(file: &Path) -> String {
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
fn cache_control(root: &Path, file: &Path) -> &'static str {
    if file.starts_with(root.join("assets")) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundle() -> PathBuf {
        let dir = std::env::temp_dir().join(format!("rumbo-serve-{}", std::process::id()));
        fs::create_dir_all(dir.join("assets")).unwrap();
        fs::write(dir.join("index.html"), "<html>").unwrap();
        fs::write(dir.join("assets/app.wasm"), "w").unwrap();
        dir.canonicalize().unwrap()
    }

    #[test]
    fn serves_files_under_the_root_and_index_for_folders() {
        let root = bundle();
        assert_eq!(resolve(&root, "/").unwrap(), root.join("index.html"));
        assert_eq!(resolve(&root, "/index.html?v=2").unwrap(), root.join("index.html"));
        assert_eq!(resolve(&root, "/assets/app%2Ewasm").unwrap(), root.join("assets/app.wasm"));
        assert_eq!(resolve(&root, "/missing.js"), Err(StatusCode(404)));
        assert_eq!(resolve(&root, "/assets/"), Err(StatusCode(404)), "no listing");
    }

    #[test]
    fn refuses_traversal_in_every_spelling() {
        let root = bundle();
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
        ] {
            assert!(resolve(&root, url).is_err(), "{url} must be refused");
        }
    }

    #[test]
    fn content_types_suit_the_browser() {
        assert_eq!(content_type(Path::new("a.wasm")), "application/wasm");
        assert_eq!(content_type(Path::new("a.js")), "text/javascript; charset=utf-8");
        assert_eq!(content_type(Path::new("index.html")), "text/html; charset=utf-8");
        assert_eq!(content_type(Path::new("manifest.webmanifest")), "application/manifest+json; charset=utf-8");
    }
}
