//! Sharing Rumbo with the phones on this Wi-Fi: the web bundle under `/app/`, the one-file editions, and a page
//! in each phone's language at `/`. Used by `rumbo-cli share` and the desktop app. Native only.

mod body;
mod compress;
mod conns;
mod encoding;
mod error;
mod limits;
mod offer;
mod page;
mod server;
mod site;

use std::{fs, net::IpAddr, path::Path};

pub use encoding::{choose as choose_encoding, Encoding};
pub use error::ShareError;
pub use limits::Limits;
pub use offer::OfferedPack;
pub use page::{edition_name, language_of, page};
pub use server::{start, Running};
pub use site::{resolve, Site};

/// What `make dist` wrote in `dist`, as a site: `web/` under `/app/`, `rumbo-<lang>.html`, and the pages.
pub fn site(dist: &Path) -> Result<Site, ShareError> {
    site_offering(dist, None)
}

/// [`site`], also offering a checked content pack for download on every language's page.
pub fn site_offering(dist: &Path, pack: Option<&OfferedPack>) -> Result<Site, ShareError> {
    let web = dist.join("web");
    if !web.join("index.html").is_file() {
        return Err(ShareError::NoBundle(dist.to_path_buf()));
    }
    let mut site = Site::new().mount("/app/", &web)?;
    let mut editions = Vec::new();
    for lang in crate::i18n::Lang::all() {
        let name = edition_name(lang);
        let file = dist.join(&name);
        if let Some(meta) = fs::metadata(&file).ok().filter(|m| m.is_file()) {
            editions.push((lang, name.clone(), meta.len() as usize));
            site = site.file(&format!("/{name}"), &file);
        }
    }
    if let Some(pack) = pack {
        site = site.file(&pack.url_path(), &pack.file);
    }
    for lang in crate::i18n::Lang::all() {
        let html = page(lang, &editions, pack);
        site = site.page(&format!("/{}", lang.code()), "text/html; charset=utf-8", html.into_bytes());
    }
    // The bare address picks the phone's language; the page links to the others.
    Ok(site.by_language("/", |accept| format!("/{}", language_of(accept).code())))
}

/// `http://ADDRESS:PORT/` for every IPv4 address of this machine but loopback (or loopback alone).
pub fn addresses(port: u16) -> Vec<String> {
    let mut ips: Vec<IpAddr> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .filter(|i| !i.is_loopback())
        .map(|i| i.ip())
        .filter(IpAddr::is_ipv4)
        .collect();
    if ips.is_empty() {
        ips.push(IpAddr::from([127, 0, 0, 1]));
    }
    ips.iter().map(|ip| format!("http://{ip}:{port}/")).collect()
}

/// True when the only address is this machine's own (no network to share on yet).
pub fn only_loopback(addresses: &[String]) -> bool {
    addresses.iter().all(|a| a.starts_with("http://127."))
}

/// The QR code of `text` as rows of dark (true) and light modules, with no quiet zone.
pub fn qr_modules(text: &str) -> Option<Vec<Vec<bool>>> {
    let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    Some(colors.chunks(width).map(|row| row.iter().map(|c| *c == qrcode::Color::Dark).collect()).collect())
}

/// The QR code of `text` drawn with half blocks, for a terminal.
pub fn qr_text(text: &str) -> Option<String> {
    use qrcode::render::unicode::Dense1x2;
    let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
    Some(code.render::<Dense1x2>().dark_color(Dense1x2::Light).light_color(Dense1x2::Dark).build())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};
    use std::net::TcpStream;

    fn get(port: u16, path: &str, language: &str) -> String {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        write!(stream, "GET {path} HTTP/1.1\r\nHost: x\r\nAccept-Language: {language}\r\nConnection: close\r\n\r\n")
            .unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).unwrap();
        answer
    }

    #[test]
    fn shares_the_bundle_and_the_pages_then_stops() {
        let folder = tempfile::tempdir().unwrap();
        let dist = folder.path();
        fs::create_dir_all(dist.join("web")).unwrap();
        fs::write(dist.join("web/index.html"), "<html>app</html>").unwrap();
        fs::write(dist.join("rumbo-ht.html"), "<html>ht</html>").unwrap();
        let running = start(site(dist).unwrap(), "127.0.0.1:0", Limits::default()).unwrap();
        let port = running.port();

        assert!(get(port, "/", "ht-HT,fr;q=0.5").contains("<html lang=\"ht\">"));
        assert!(get(port, "/app/", "").ends_with("<html>app</html>"));
        assert!(get(port, "/rumbo-ht.html", "").ends_with("<html>ht</html>"));
        assert!(get(port, "/rumbo-es.html", "").starts_with("HTTP/1.1 404"), "only editions that exist");

        assert!(get(port, "/app", "").starts_with("HTTP/1.1 301"), "to /app/, so its relative links work");

        running.stop();
        assert!(TcpStream::connect(("127.0.0.1", port)).is_err(), "nothing listens after stop");
    }

    /// A phone on the Wi-Fi finds the update on its page and downloads exactly the checked file.
    #[test]
    fn an_offered_pack_is_served_and_named_on_the_page() {
        use crate::pack::{self, trust::test_key, Content, Trust};
        let folder = tempfile::tempdir().unwrap();
        let dist = folder.path();
        fs::create_dir_all(dist.join("web")).unwrap();
        fs::write(dist.join("web/index.html"), "<html>app</html>").unwrap();
        let unsigned =
            pack::build(&Content::embedded(), (&Content::embedded(), pack::EMBEDDED_VERSION), 2, pack::APP_VERSION)
                .unwrap();
        let bytes = test_key().sign_pack(unsigned, Vec::new()).to_bytes();
        let file = dist.join("received.pack");
        fs::write(&file, &bytes).unwrap();
        let offered = OfferedPack::check(&file, &bytes, &Trust::built_in()).unwrap();
        assert_eq!((offered.version, offered.fingerprint.clone()), (2, test_key().public().fingerprint()));

        let running = start(site_offering(dist, Some(&offered)).unwrap(), "127.0.0.1:0", Limits::default()).unwrap();
        let port = running.port();
        let page = get(port, "/", "es");
        assert!(page.contains("rumbo-content-2.pack") && page.contains(&offered.fingerprint), "{page}");
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        write!(stream, "GET /rumbo-content-2.pack HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer).unwrap();
        assert!(answer.starts_with(b"HTTP/1.1 200") && answer.ends_with(&bytes), "the same bytes");
        running.stop();

        // Unsigned, it is not offered: every phone would refuse it.
        let plain =
            pack::build(&Content::embedded(), (&Content::embedded(), pack::EMBEDDED_VERSION), 2, pack::APP_VERSION)
                .unwrap()
                .to_bytes();
        assert_eq!(OfferedPack::check(&file, &plain, &Trust::built_in()), Err(pack::PackError::Unsigned));
    }

    #[test]
    fn a_folder_without_a_bundle_is_refused_clearly() {
        let error = site(Path::new("/nonexistent/dist")).err().unwrap();
        assert!(error.to_string().contains("make dist"), "{error}");
    }

    #[test]
    fn loopback_alone_is_no_network() {
        assert!(only_loopback(&["http://127.0.0.1:8080/".into()]));
        assert!(!only_loopback(&["http://127.0.0.1:8080/".into(), "http://192.168.1.20:8080/".into()]));
    }

    #[test]
    fn the_qr_code_is_square() {
        let modules = qr_modules("http://192.168.1.20:8080/").unwrap();
        assert!(modules.len() >= 21 && modules.iter().all(|row| row.len() == modules.len()));
    }
}
