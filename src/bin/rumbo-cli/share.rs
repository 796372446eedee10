//! `rumbo-cli share` and `rumbo-cli serve`: the servers of `rumbo::share`, with what they print.

use std::{io::Write, path::Path, time::Duration};

use rumbo::share;

use crate::output::{fail, CliError, CliResult};

/// The server's limits, for both commands (defaults: `rumbo::share::Limits::default()`).
#[derive(clap::Args)]
pub struct LimitArgs {
    /// Connections open at once (default: 256, or fewer if the file-descriptor limit is low).
    #[arg(long, value_name = "N")]
    max_connections: Option<usize>,
    /// Largest request head, in bytes; larger heads get 431.
    #[arg(long, value_name = "BYTES", default_value_t = share::Limits::default().max_head)]
    max_head: usize,
    /// Seconds a client may take to send a request's head.
    #[arg(long, value_name = "SECONDS", default_value_t = share::Limits::default().header_timeout.as_secs_f64())]
    header_timeout: f64,
    /// Seconds a connection may wait idle between requests.
    #[arg(long, value_name = "SECONDS", default_value_t = share::Limits::default().idle_timeout.as_secs_f64())]
    idle_timeout: f64,
    /// Seconds a write may wait for a client that does not read before it is cut off.
    #[arg(long, value_name = "SECONDS", default_value_t = share::Limits::default().write_timeout.as_secs_f64())]
    write_timeout: f64,
    /// Bytes per second a client must take while there is more to send, or it is cut off.
    #[arg(long, value_name = "BYTES", default_value_t = share::Limits::default().min_send_rate)]
    min_send_rate: u64,
}

impl LimitArgs {
    fn limits(&self) -> Result<share::Limits, CliError> {
        let seconds = |name: &str, s: f64| {
            Duration::try_from_secs_f64(s)
                .ok()
                .filter(|d| !d.is_zero())
                .ok_or_else(|| fail!("--{name} must be a positive number of seconds"))
        };
        Ok(share::Limits {
            max_connections: self.max_connections,
            max_head: self.max_head,
            header_timeout: seconds("header-timeout", self.header_timeout)?,
            idle_timeout: seconds("idle-timeout", self.idle_timeout)?,
            write_timeout: seconds("write-timeout", self.write_timeout)?,
            min_send_rate: self.min_send_rate,
            ..share::Limits::default()
        })
    }
}

/// Files are compressed before the address is printed, so the first phones get them small; a slow machine
/// prints it anyway after this long (files are then sent as they are until compressed).
const COMPRESS_WAIT: Duration = Duration::from_secs(20);

/// The web bundle at the site's root (`make run`, the browser tests).
pub fn serve(out: &mut dyn Write, root: &Path, host: &str, port: u16, limits: &LimitArgs) -> CliResult {
    if !root.join("index.html").is_file() {
        return Err(fail!("{} has no index.html: build the web bundle first (make web)", root.display()));
    }
    let running = share::start(share::Site::new().mount("/", root)?, (host, port), limits.limits()?)?;
    running.wait_compressed(COMPRESS_WAIT);
    announce(out, &format!("Rumbo is served at {}  (Ctrl-C stops it)\n", running.url()));
    running.wait();
    Ok(())
}

/// `dist/` for the phones on this Wi-Fi, with the addresses to open and a QR code of the first.
pub fn run(
    out: &mut dyn Write,
    dist: &Path,
    pack: Option<&Path>,
    host: &str,
    port: u16,
    limits: &LimitArgs,
) -> CliResult {
    let offered = pack.map(offer).transpose()?;
    let running = share::start(share::site_offering(dist, offered.as_ref())?, (host, port), limits.limits()?)?;
    running.wait_compressed(COMPRESS_WAIT);
    // Every interface: the addresses phones can use. One: that one.
    let addresses = match running.local_addr().ip().is_unspecified() {
        true => share::addresses(running.port()),
        false => vec![running.url()],
    };
    let mut text = String::from("Share Rumbo on this network (Ctrl-C stops it). Phones on the same Wi-Fi open:\n");
    for address in &addresses {
        text += &format!("  {address}\n");
    }
    if share::only_loopback(&addresses) {
        text += "This computer has no network but itself: connect it to the phones' Wi-Fi and start again.\n";
    }
    if let Some(qr) = addresses.first().and_then(|a| share::qr_text(a)) {
        text += &format!("{qr}\n");
    }
    // Here, on the laptop's own screen, and not only on the page a hostile Wi-Fi could alter.
    if let Some(pack) = &offered {
        text += &format!(
            "Offering content pack version {} (compiled {}), signed by the key\n  {}\n\
             Phones see the same key on the page: it must match this one and the publisher's.\n",
            pack.version, pack.compiled, pack.fingerprint
        );
    }
    announce(out, &text);
    running.wait();
    Ok(())
}

/// A pack is offered only if the phones' Rumbo would take it: checked as they will check it.
fn offer(file: &Path) -> Result<share::OfferedPack, CliError> {
    let bytes = std::fs::read(file).map_err(|e| fail!("{}: {e}", file.display()))?;
    share::OfferedPack::check(file, &bytes, &rumbo::pack::Trust::built_in())
        .map_err(|e| fail!("{}: not offered, phones would refuse it: {e}", file.display()))
}

/// Prints the address now, not when the buffer fills. A closed or full standard output does not stop the
/// server: the phones it serves do not read the terminal.
fn announce(out: &mut dyn Write, text: &str) {
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}
