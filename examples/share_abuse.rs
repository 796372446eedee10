//! `make abuse`: the reliability audit's attacks on a `rumbo-cli serve`/`share` child on 127.0.0.1, with the
//! figures: how many connections the server held, the latency of a normal request during each attack, resident
//! memory during it and at the server's peak (VmHWM), and whether the server answered afterwards.
//!
//! `cargo run --profile bench --no-default-features --example share_abuse -- PATH/TO/rumbo-cli`

#[path = "../tests/share_support/mod.rs"]
mod share_support;

use std::{
    net::{SocketAddr, TcpListener},
    path::{Path, PathBuf},
    time::{Duration, Instant},
};

use share_support::*;

const MEMORY_KIB: u64 = 100 * 1024;
const WITHIN: Duration = Duration::from_secs(1);

struct Row {
    attack: &'static str,
    held: usize,
    latency: Option<Duration>,
    rss: u64,
    after: bool,
}

fn free_port() -> String {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port().to_string()
}

/// The median of five normal requests, if all were answered.
fn latency(addr: SocketAddr) -> Option<Duration> {
    let mut times: Option<Vec<Duration>> = (0..5).map(|_| probe(addr)).collect();
    times.as_mut().map(|t| {
        t.sort();
        t[2]
    })
}

fn attack<T>(server: &mut Server, attack: &'static str, hold: impl FnOnce(SocketAddr) -> T) -> Row {
    let held = hold(server.addr);
    std::thread::sleep(Duration::from_millis(300));
    let connections = server.descriptors();
    let latency = latency(server.addr);
    let (rss, _) = server.memory();
    drop(held);
    let after = server.running() && probe(server.addr).is_some();
    Row { attack, held: connections, latency, rss, after }
}

/// 50 phones fetching the bundle's files at once, 20 rounds each: how many answers were intact, and how fast.
fn load(addr: SocketAddr, dir: &Path) -> (usize, usize, Duration) {
    let files = [("/", dir.join("index.html")), ("/assets/app.js", dir.join("assets/app.js"))];
    let start = Instant::now();
    let phones: Vec<_> = (0..50)
        .map(|phone| {
            let files = files.clone();
            std::thread::spawn(move || {
                let mut intact = 0;
                for round in 0..20 {
                    let (path, file) = &files[(phone + round) % files.len()];
                    let accept = ["gzip, br", "gzip", "identity"][round % 3];
                    let answer = get(addr, path, &format!("Accept-Encoding: {accept}\r\n"));
                    let expected = std::fs::read(file).unwrap();
                    intact += usize::from(answer.is_some_and(|a| decoded(&a) == expected));
                }
                intact
            })
        })
        .collect();
    let intact = phones.into_iter().map(|p| p.join().unwrap_or(0)).sum();
    (intact, 50 * 20, start.elapsed())
}

fn decoded(answer: &Answer) -> Vec<u8> {
    use std::io::Read;
    let mut out = Vec::new();
    match answer.header("content-encoding") {
        Some("br") => drop(brotli::Decompressor::new(&answer.body[..], 4096).read_to_end(&mut out)),
        Some("gzip") => drop(flate2::read::GzDecoder::new(&answer.body[..]).read_to_end(&mut out)),
        _ => out = answer.body.clone(),
    }
    out
}

fn main() {
    let cli = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "target/release/rumbo-cli".into()));
    let dir = bundle("abuse");
    let port = free_port();
    let serve = |nofile, port: &str| {
        let args = ["serve", "--dir", dir.to_str().unwrap(), "--host", "127.0.0.1", "--port", port];
        Server::start(&cli, &args, nofile)
    };
    let mut rows = Vec::new();
    let mut server = serve(None, &port);
    let (intact, total, took) = load(server.addr, &dir);
    rows.push(attack(&mut server, "Content-Length: 99999999999 (x10)", |a| {
        (0..10).map(|_| attacks::huge_length(a)).collect::<Vec<_>>()
    }));
    rows.push(attack(&mut server, "16 MB header (4 held)", |a| attacks::huge_headers_held(a, 4)));
    rows.push(attack(&mut server, "1,000 idle connections", |a| attacks::idle(a, 1000)));
    rows.push(attack(&mut server, "1,000 half-sent heads", |a| attacks::half_sent(a, 1000)));
    rows.push(attack(&mut server, "20 clients stop reading 32 MB", |a| attacks::stop_reading(a, 20)));
    let (_, serve_peak) = server.memory();
    let serve_alive = server.running();
    drop(server);

    let dist = dist("abuse-dist");
    let port = free_port();
    let args = ["share", "--dir", dist.to_str().unwrap(), "--host", "127.0.0.1", "--port", &port];
    let mut share = Server::start(&cli, &args, None);
    rows.push(attack(&mut share, "3,000 unique query strings (share)", |a| {
        ["/rumbo-ru.html", "/", "/ru"].map(|p| attacks::unique_queries(a, p, 1000))
    }));
    let (_, share_peak) = share.memory();
    drop(share);

    let mut limited = serve(Some(128), &free_port());
    rows.push(attack(&mut limited, "1,000 connections at 128 fds", |a| attacks::idle(a, 1000)));
    let (_, limited_peak) = limited.memory();
    drop(limited);

    println!("Share server under attack ({}), on 127.0.0.1", cli.display());
    println!(
        "Load: {intact}/{total} answers intact from 50 clients at once, {:.0} req/s",
        total as f64 / took.as_secs_f64()
    );
    println!("{:<38} {:>10} {:>14} {:>10} {:>10}", "attack", "fds held", "normal req.", "RSS MB", "after");
    let mut survived = 0;
    for row in &rows {
        let ok = row.after && row.latency.is_some_and(|l| l < WITHIN) && row.rss < MEMORY_KIB;
        survived += usize::from(ok);
        let latency = row.latency.map_or("no answer".into(), |l| format!("{:.1} ms", l.as_secs_f64() * 1000.0));
        println!(
            "{:<38} {:>10} {:>14} {:>10.1} {:>10}",
            row.attack,
            row.held,
            latency,
            row.rss as f64 / 1024.0,
            if row.after { "answers" } else { "DOWN" }
        );
    }
    let mb = |k: u64| k as f64 / 1024.0;
    println!("Attacks survived: {survived}/{} (answered in under 1 s, under 100 MB, answering afterwards)", rows.len());
    println!(
        "Peak memory (VmHWM): serve {:.1} MB{}, share {:.1} MB, serve at 128 fds {:.1} MB",
        mb(serve_peak),
        if serve_alive { "" } else { " (died)" },
        mb(share_peak),
        mb(limited_peak)
    );
    if survived < rows.len() {
        std::process::exit(1);
    }
}
