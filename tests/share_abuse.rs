//! The reliability audit's attacks on a real `rumbo-cli serve`/`share` child process on 127.0.0.1: during each,
//! a normal request is answered (within 5 s here; `make abuse` prints the real figures), the server's resident
//! memory stays under 100 MB, and it keeps running afterwards. Each defect this proves fixed is named: on
//! tiny_http (3f92d3b) these tests failed as the comments say.

mod share_support;

use std::{
    net::{SocketAddr, TcpListener},
    path::{Path, PathBuf},
    time::{Duration, Instant},
};

use share_support::*;

/// `RUMBO_ABUSE_CLI` runs them against another build (an old one, to see them fail).
fn cli() -> PathBuf {
    std::env::var_os("RUMBO_ABUSE_CLI").map_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_rumbo-cli")), PathBuf::from)
}
const MEMORY_KIB: u64 = 100 * 1024;

fn free_port() -> String {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port().to_string()
}

fn serve(dir: &Path, nofile: Option<u32>, extra: &[&str]) -> Server {
    let port = free_port();
    let mut args = vec!["serve", "--dir", dir.to_str().unwrap(), "--host", "127.0.0.1", "--port", &port];
    args.extend_from_slice(extra);
    Server::start(&cli(), &args, nofile)
}

/// While `held` is held: a normal request answered within 5 s, memory within bounds; then, once it is
/// dropped, the server still runs and answers.
fn survives<T>(server: &mut Server, what: &str, held: T) {
    let answered = probe(server.addr);
    let (rss, _) = server.memory();
    drop(held);
    assert!(answered.is_some_and(|t| t < Duration::from_secs(5)), "{what}: answered in {answered:?}");
    assert!(rss < MEMORY_KIB, "{what}: {rss} KiB resident");
    assert!(server.running(), "{what}: the server died");
    assert!(probe(server.addr).is_some(), "{what}: answers afterwards");
    let (_, peak) = server.memory();
    assert!(peak < MEMORY_KIB, "{what}: peak {peak} KiB");
}

#[test]
fn a_declared_93_gb_body_does_not_kill_the_server() {
    // D1: tiny_http aborted with "memory allocation of 99999999999 bytes failed" (exit 134).
    let dir = bundle("abuse-length");
    let mut server = serve(&dir, None, &[]);
    for _ in 0..3 {
        assert_eq!(attacks::huge_length(server.addr), Some(413));
    }
    survives(&mut server, "Content-Length: 99999999999", ());
}

#[test]
fn a_16_mb_header_costs_no_memory() {
    // D5: a 16 MB header line was read whole (+16 MB each; 256 MB raised the peak to 573 MB).
    let dir = bundle("abuse-header");
    let mut server = serve(&dir, None, &[]);
    assert!(matches!(attacks::huge_header(server.addr), Some(431) | None));
    // Four, held open while the phone asks: what they sent must not be in memory.
    let (before, _) = server.memory();
    let held = attacks::huge_headers_held(server.addr, 4);
    let (during, _) = server.memory();
    assert!(during < before + 12 * 1024, "{before} KiB before, {during} KiB while 4 × 16 MB heads are pending");
    survives(&mut server, "4 × 16 MB header", held);
}

#[test]
fn a_thousand_idle_and_a_thousand_half_sent_connections_leave_room_for_a_phone() {
    let dir = bundle("abuse-idle");
    let mut server = serve(&dir, None, &[]);
    let idle = attacks::idle(server.addr, 1000);
    assert!(idle.len() >= 900, "the client opened {}", idle.len());
    survives(&mut server, "1000 idle", idle);
    let half = attacks::half_sent(server.addr, 1000);
    std::thread::sleep(Duration::from_millis(300));
    // tiny_http held 2 descriptors and a thread for each, without limit (D3).
    let held = server.descriptors();
    survives(&mut server, "1000 half-sent", half);
    assert!(held < 600, "connections are capped: {held} descriptors");
}

#[test]
fn twenty_clients_that_stop_reading_a_large_file_block_no_one() {
    // D4: 8 of them held every worker (others waited more than 10 s), and each held the whole file in memory.
    let dir = bundle("abuse-slow");
    let mut server = serve(&dir, None, &[]);
    let stalled = attacks::stop_reading(server.addr, 20);
    std::thread::sleep(Duration::from_millis(500));
    survives(&mut server, "20 clients that stop reading", stalled);
}

#[test]
fn at_128_file_descriptors_the_server_stays_reachable() {
    // D3: out of descriptors, tiny_http's accept thread ended (deaf for good) or its try_clone().unwrap() aborted.
    let dir = bundle("abuse-fds");
    let mut server = serve(&dir, Some(128), &[]);
    let idle = attacks::idle(server.addr, 1000);
    survives(&mut server, "1000 connections at 128 descriptors", idle);
    // A cap set above what the descriptors allow: accept fails with EMFILE, and the server frees one and goes on.
    let mut server = serve(&dir, Some(128), &["--max-connections", "1000"]);
    let idle = attacks::idle(server.addr, 400);
    std::thread::sleep(Duration::from_millis(300));
    survives(&mut server, "EMFILE on accept", idle);
}

#[test]
fn a_flood_of_unique_query_strings_does_not_grow_the_share_server() {
    // D6: each unique `/rumbo-ru.html?n=N` kept its own gzip copy forever (1,000 added 25.5 MB, 3,000 added 150 MB).
    let dist = dist("abuse-queries");
    let port = free_port();
    let args = ["share", "--dir", dist.to_str().unwrap(), "--host", "127.0.0.1", "--port", &port];
    let mut server = Server::start(&cli(), &args, None);
    // Warm up (the pages and the edition compressed), then measure the growth.
    attacks::unique_queries(server.addr, "/rumbo-ru.html", 20);
    let (before, _) = server.memory();
    let start = Instant::now();
    let mut answered = 0;
    for path in ["/rumbo-ru.html", "/", "/ru"] {
        answered += attacks::unique_queries(server.addr, path, 1000);
    }
    assert_eq!(answered, 3000, "every request answered ({:?})", start.elapsed());
    let (after, _) = server.memory();
    assert!(after < before + 10 * 1024, "{before} KiB before, {after} KiB after 3,000 unique query strings");
    survives(&mut server, "unique query strings", ());
}

#[test]
fn the_printed_address_is_the_real_one() {
    // D23: `--port 0` printed http://127.0.0.1:0/.
    let dir = bundle("abuse-port");
    let server = Server::start(&cli(), &["serve", "--dir", dir.to_str().unwrap(), "--port", "0"], None);
    assert_ne!(server.addr.port(), 0);
    assert!(probe(server.addr).is_some());
    let v6 = std::net::TcpListener::bind("[::1]:0").is_ok();
    if v6 {
        let args = ["serve", "--dir", dir.to_str().unwrap(), "--host", "::1", "--port", "0"];
        let server = Server::start(&cli(), &args, None);
        assert!(server.url.starts_with("http://[::1]:"), "{}", server.url);
        let addr: SocketAddr = server.addr;
        assert!(probe(addr).is_some());
    }
}

#[test]
fn limits_come_from_the_command_line_and_nonsense_is_refused() {
    let dir = bundle("abuse-flags");
    let out = std::process::Command::new(cli())
        .args(["serve", "--dir", dir.to_str().unwrap(), "--port", "0", "--write-timeout", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--write-timeout"), "{out:?}");
    let server = serve(&dir, None, &["--header-timeout", "0.3", "--max-connections", "2"]);
    let half = attacks::half_sent(server.addr, 1);
    assert!(closed_within(&half[0], Duration::from_secs(3)), "--header-timeout 0.3");
}
