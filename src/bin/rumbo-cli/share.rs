//! `rumbo-cli share` and `rumbo-cli serve`: the servers of `rumbo::share`, with what they print.

use std::path::Path;

use rumbo::share;

/// The web bundle at the site's root (`make run`, the browser tests).
pub fn serve(root: &Path, addr: &str) -> Result<(), String> {
    if !root.join("index.html").is_file() {
        return Err(format!("{} has no index.html: build the web bundle first (make web)", root.display()));
    }
    let running = share::start(share::Site::new().mount("/", root)?, addr)?;
    println!("Rumbo is served at http://{addr}/  (Ctrl-C stops it)");
    running.wait();
    Ok(())
}

/// `dist/` for the phones on this Wi-Fi, with the addresses to open and a QR code of the first.
pub fn run(dist: &Path, port: u16) -> Result<(), String> {
    let running = share::start(share::site(dist)?, &format!("0.0.0.0:{port}"))?;
    let addresses = share::addresses(port);
    println!("Share Rumbo on this network (Ctrl-C stops it). Phones on the same Wi-Fi open:");
    for address in &addresses {
        println!("  {address}");
    }
    if share::only_loopback(&addresses) {
        println!("This computer has no network but itself: connect it to the phones' Wi-Fi and start again.");
    }
    if let Some(qr) = addresses.first().and_then(|a| share::qr_text(a)) {
        println!("{qr}");
    }
    running.wait();
    Ok(())
}
