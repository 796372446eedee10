//! A static file server for the web bundle: only GET and HEAD, only files under its folder (no listing,
//! no traversal, no writes), and no log of who connects.

use std::{
    fs,
    path::{Component, Path, PathBuf},
    sync::Arc,
    thread,
};

use percent_encoding::percent_decode_str;
use tiny_http::{Header, Method, Request, Response, Server, StatusCode};

/// Serves `root` on `addr` until the process is stopped (Ctrl-C ends it; there is nothing to flush).
pub fn run(root: &Path, addr: &str) -> Result<(), String> {
    if !root.join("index.html").is_file() {
        return Err(format!("{} has no index.html: build the web bundle first (make web)", root.display()));
    }
    let root = Arc::new(root.canonicalize().map_err(|e| format!("{}: {e}", root.display()))?);
    let server = Arc::new(Server::http(addr).map_err(|e| format!("cannot listen on {addr}: {e}"))?);
    println!("Rumbo is served at http://{addr}/  (Ctrl-C stops it)");

    let workers: Vec<_> = (0..4)
        .map(|_| {
            let (server, root) = (Arc::clone(&server), Arc::clone(&root));
            thread::spawn(move || {
                for request in server.incoming_requests() {
                    respond(&root, request);
                }
            })
        })
        .collect();
    for worker in workers {
        let _ = worker.join();
    }
    Ok(())
}

fn respond(root: &Path, request: Request) {
    let head = *request.method() == Method::Head;
    if !matches!(request.method(), Method::Get | Method::Head) {
        let allow = Header::from_bytes("Allow", "GET, HEAD").expect("valid header");
        let _ = request.respond(Response::empty(405).with_header(allow));
        return;
    }
    let file = match resolve(root, request.url()) {
        Ok(path) => path,
        Err(status) => {
            let _ = request.respond(Response::empty(status));
            return;
        }
    };
    let Ok(body) = fs::read(&file) else {
        let _ = request.respond(Response::empty(404));
        return;
    };
    let mut response = Response::from_data(if head { Vec::new() } else { body.clone() })
        .with_header(header("Content-Type", &content_type(&file)))
        .with_header(header("Cache-Control", cache_control(root, &file)))
        .with_header(header("X-Content-Type-Options", "nosniff"));
    if head {
        response = response.with_header(header("Content-Length", &body.len().to_string()));
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
