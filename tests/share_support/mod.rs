//! Shared by the share server's tests and `make abuse` (examples/share_abuse.rs): a bundle-shaped folder, a raw
//! HTTP/1.1 client on loopback with a timeout on every socket, a child `rumbo-cli` server, and its memory.
#![allow(dead_code)]

use std::{
    collections::HashMap,
    fs,
    io::{BufRead, BufReader, Read, Write},
    net::{SocketAddr, TcpStream},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

/// A folder shaped like the web bundle: a small index.html, a compressible script, a dotfile, and a 32 MB file
/// (sparse, so it costs nothing to make) too large to compress, for clients that stop reading.
pub fn bundle(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rumbo-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("assets")).unwrap();
    fs::write(dir.join("index.html"), format!("<!DOCTYPE html><html>{}</html>", "<p>Rumbo</p>".repeat(250))).unwrap();
    fs::write(dir.join("assets/app.js"), script(200_000)).unwrap();
    fs::write(dir.join(".secret"), "not for phones").unwrap();
    fs::File::create(dir.join("assets/big.bin")).unwrap().set_len(BIG).unwrap();
    dir
}

pub const BIG: u64 = 32 * 1024 * 1024;

pub fn script(len: usize) -> Vec<u8> {
    (0..len).map(|i| b"function rumbo(){return 42}\n"[i % 28]).collect()
}

/// A `make dist`-shaped folder for `share`: web/ and one one-file edition.
pub fn dist(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("rumbo-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("web")).unwrap();
    fs::write(dir.join("web/index.html"), "<!DOCTYPE html><html>app</html>").unwrap();
    fs::write(dir.join("rumbo-ru.html"), format!("<html>{}</html>", "Румбо ".repeat(40_000))).unwrap();
    dir
}

#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub headers: HashMap<String, String>,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(&name.to_ascii_lowercase()).map(String::as_str)
    }
}

pub fn connect(addr: SocketAddr) -> TcpStream {
    let stream = TcpStream::connect_timeout(&addr, Duration::from_secs(5)).expect("connects");
    stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    stream.set_write_timeout(Some(Duration::from_secs(5))).unwrap();
    stream
}

/// Reads one answer (to a GET unless `head`), by its Content-Length; `None` if the connection ends first.
pub fn read_answer(reader: &mut BufReader<&TcpStream>, head: bool) -> Option<Answer> {
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let status = line.split(' ').nth(1)?.parse().ok()?;
    let mut headers = HashMap::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).ok()?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        let (name, value) = line.split_once(':')?;
        headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_string());
    }
    let length: usize = headers.get("content-length").and_then(|l| l.parse().ok()).unwrap_or(0);
    let mut body = vec![0; if head { 0 } else { length }];
    reader.read_exact(&mut body).ok()?;
    Some(Answer { status, headers, body })
}

/// Sends `request` as it is on a new connection and reads one answer.
pub fn send(addr: SocketAddr, request: &[u8]) -> Option<Answer> {
    let stream = connect(addr);
    (&stream).write_all(request).ok()?;
    read_answer(&mut BufReader::new(&stream), request.starts_with(b"HEAD"))
}

/// GET `path` with these extra header lines.
pub fn get(addr: SocketAddr, path: &str, headers: &str) -> Option<Answer> {
    send(addr, format!("GET {path} HTTP/1.1\r\nHost: rumbo.test\r\n{headers}Connection: close\r\n\r\n").as_bytes())
}

/// How long a normal request for `/` takes, if it is answered 200 within 5 s.
pub fn probe(addr: SocketAddr) -> Option<Duration> {
    let start = Instant::now();
    let answer = get(addr, "/", "")?;
    (answer.status == 200).then(|| start.elapsed())
}

/// True once the server closes `stream` (a read gets the end, or a reset), within `within`.
pub fn closed_within(stream: &TcpStream, within: Duration) -> bool {
    let deadline = Instant::now() + within;
    stream.set_read_timeout(Some(Duration::from_millis(50))).unwrap();
    let mut buf = [0; 65536];
    while Instant::now() < deadline {
        match (&*stream).read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => {}
            Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {}
            Err(_) => return true,
        }
    }
    false
}

/// A `rumbo-cli serve` (or `share`) child on 127.0.0.1, port 0, and the address it printed.
pub struct Server {
    pub child: Child,
    pub addr: SocketAddr,
    pub url: String,
}

impl Server {
    /// `cli ARGS…`, optionally under `prlimit --nofile=N`; waits for the printed address.
    pub fn start(cli: &Path, args: &[&str], nofile: Option<u32>) -> Server {
        let mut command = match nofile {
            Some(n) => {
                let mut c = Command::new("prlimit");
                c.arg(format!("--nofile={n}")).arg(cli);
                c
            }
            None => Command::new(cli),
        };
        let mut child = command.args(args).stdout(Stdio::piped()).stderr(Stdio::inherit()).spawn().expect("starts");
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut url = String::new();
        for _ in 0..20 {
            let mut line = String::new();
            if out.read_line(&mut line).unwrap_or(0) == 0 {
                break;
            }
            if let Some(start) = line.find("http://") {
                url = line[start..].split_whitespace().next().unwrap().to_string();
                break;
            }
        }
        // Keep reading what it prints (the QR code) so it never blocks on a full pipe.
        std::thread::spawn(move || std::io::copy(&mut out, &mut std::io::sink()));
        assert!(url.starts_with("http://"), "the server printed its address");
        let host = url.trim_start_matches("http://").trim_end_matches('/').replace("0.0.0.0", "127.0.0.1");
        Server { child, addr: host.parse().expect("an address with its port"), url }
    }

    pub fn running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Resident memory now and at its peak (VmRSS, VmHWM), in KiB.
    pub fn memory(&self) -> (u64, u64) {
        memory(self.child.id())
    }

    /// Sockets and files it has open.
    pub fn descriptors(&self) -> usize {
        fs::read_dir(format!("/proc/{}/fd", self.child.id())).map(|d| d.count()).unwrap_or(0)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn memory(pid: u32) -> (u64, u64) {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

/// The attacks of the reliability audit, each holding its connections until dropped.
pub mod attacks {
    use super::*;

    /// Connections that send nothing.
    pub fn idle(addr: SocketAddr, n: usize) -> Vec<TcpStream> {
        (0..n).filter_map(|_| TcpStream::connect_timeout(&addr, Duration::from_secs(2)).ok()).collect()
    }

    /// Connections that send half a head and then nothing.
    pub fn half_sent(addr: SocketAddr, n: usize) -> Vec<TcpStream> {
        idle(addr, n)
            .into_iter()
            .filter(|s| (&*s).write_all(b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ").is_ok())
            .collect()
    }

    /// Clients that ask for the 32 MB file and never read.
    pub fn stop_reading(addr: SocketAddr, n: usize) -> Vec<TcpStream> {
        idle(addr, n)
            .into_iter()
            .filter(|s| (&*s).write_all(b"GET /assets/big.bin HTTP/1.1\r\nHost: x\r\n\r\n").is_ok())
            .collect()
    }

    /// The audit's one-request kill (D1): a GET declaring a 93 GB body it never sends. The status, if answered.
    pub fn huge_length(addr: SocketAddr) -> Option<u16> {
        send(addr, b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\n").map(|a| a.status)
    }

    /// A 16 MB header line, sent until the server stops taking it. The status, if answered.
    pub fn huge_header(addr: SocketAddr) -> Option<u16> {
        let stream = connect(addr);
        let _ = (&stream).write_all(b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: ");
        let chunk = vec![b'a'; 64 * 1024];
        for _ in 0..256 {
            if (&stream).write_all(&chunk).is_err() {
                break;
            }
        }
        read_answer(&mut BufReader::new(&stream), false).map(|a| a.status)
    }

    /// `n` connections, each sending 16 MB of one header line (as far as the server takes it), held until dropped.
    pub fn huge_headers_held(addr: SocketAddr, n: usize) -> Vec<TcpStream> {
        let chunk = vec![b'a'; 64 * 1024];
        (0..n)
            .map(|_| {
                let stream = connect(addr);
                let _ = (&stream).write_all(b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: ");
                for _ in 0..256 {
                    if (&stream).write_all(&chunk).is_err() {
                        break;
                    }
                }
                stream
            })
            .collect()
    }

    /// `n` unique query strings on one keep-alive connection, for `path`; how many were answered 200.
    pub fn unique_queries(addr: SocketAddr, path: &str, n: usize) -> usize {
        let stream = connect(addr);
        let mut reader = BufReader::new(&stream);
        let mut ok = 0;
        for i in 0..n {
            let request = format!("GET {path}?n={i} HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip, br\r\n\r\n");
            if (&stream).write_all(request.as_bytes()).is_err() {
                break;
            }
            match read_answer(&mut reader, false) {
                Some(a) if a.status == 200 => ok += 1,
                _ => break,
            }
        }
        ok
    }
}
