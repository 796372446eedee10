//! The static file server for the web bundle (`rumbo-cli serve`) and for sharing Rumbo over local Wi-Fi
//! (`rumbo-cli share`, the desktop app's Settings): only GET and HEAD, only the site's files and pages (no
//! listing, no traversal, no writes, no request bodies), compressed where the client accepts it, within the
//! limits of `Limits`, and no log of who connects. hyper parses HTTP/1; Rumbo drives each connection itself so it
//! can time it out, close it to make room, or cut it off when its client stops reading.

use std::{
    convert::Infallible,
    io,
    net::{SocketAddr, ToSocketAddrs},
    sync::{mpsc, Arc},
    thread,
    time::Duration,
};

use hyper::{
    body::Incoming,
    header::{self, HeaderMap, HeaderValue},
    server::conn::http1,
    service::service_fn,
    Method, Request, Response, StatusCode, Version,
};
use hyper_util::rt::TokioIo;
use tokio::{
    io::AsyncWriteExt,
    net::{TcpListener, TcpSocket, TcpStream},
    sync::{Notify, Semaphore},
};

use super::{
    body::Body,
    compress::{Cache, Fingerprint},
    conns::{Admit, Conn, Registry, Tracked},
    encoding::{choose, Encoding},
    error::ShareError,
    limits::Limits,
    site::{cache_control, content_type, Found, Site},
};

/// Everything a connection needs, shared by all of them.
struct Server {
    site: Site,
    cache: Cache,
    limits: Limits,
    registry: Registry,
}

/// A running server: it answers until `stop` (or the end of the process; there is nothing to flush, so Ctrl-C
/// stops it cleanly).
pub struct Running {
    addr: SocketAddr,
    server: Arc<Server>,
    stop: Arc<Notify>,
    thread: thread::JoinHandle<()>,
}

/// Starts serving `site` on `addr` (`("0.0.0.0", 8080)`, `"127.0.0.1:0"`, `("::1", 0)`…) within `limits`, on its
/// own thread and runtime (the desktop app calls it from its UI). Every file is queued to be compressed.
pub fn start(site: Site, addr: impl ToSocketAddrs, limits: Limits) -> Result<Running, ShareError> {
    let addr = addr.to_socket_addrs().map_err(ShareError::Address)?.next().ok_or(ShareError::NoAddress)?;
    let cache = Cache::new(&limits);
    for file in site.files_ahead() {
        cache.queue(&file);
    }
    let server = Arc::new(Server { site, cache, limits, registry: Registry::default() });
    let stop = Arc::new(Notify::new());
    let (bound, bound_rx) = mpsc::channel();
    let thread = {
        let (server, stop) = (Arc::clone(&server), Arc::clone(&stop));
        thread::Builder::new()
            .name("rumbo-share".into())
            .spawn(move || {
                let runtime = tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(2)
                    .max_blocking_threads(16)
                    .thread_name("rumbo-share")
                    .enable_all()
                    .build();
                let runtime = match runtime {
                    Ok(runtime) => runtime,
                    Err(e) => return drop(bound.send(Err(e))),
                };
                runtime.block_on(async move {
                    let listener = match listen(addr) {
                        Ok(listener) => listener,
                        Err(e) => return drop(bound.send(Err(e))),
                    };
                    let _ = bound.send(listener.local_addr());
                    serve(listener, server, stop).await;
                });
                // Open connections end with the runtime.
                runtime.shutdown_timeout(Duration::from_secs(1));
            })
            .map_err(ShareError::Start)?
    };
    let addr =
        bound_rx.recv().map_err(|_| ShareError::Stopped)?.map_err(|source| ShareError::Listen { addr, source })?;
    Ok(Running { addr, server, stop, thread })
}

impl Running {
    /// The address it listens on (with the real port when started on port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// `http://ADDRESS:PORT/`, with IPv6 addresses in brackets.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// Waits until every file known at the start is compressed, or `timeout`; true if all are.
    pub fn wait_compressed(&self, timeout: Duration) -> bool {
        self.server.cache.wait(timeout)
    }

    /// Connections open now.
    pub fn connections(&self) -> usize {
        self.server.registry.len()
    }

    /// Blocks until the server stops.
    pub fn wait(self) {
        let _ = self.thread.join();
    }

    /// Stops listening and closes every connection.
    pub fn stop(self) {
        self.stop.notify_one();
        self.wait();
    }
}

/// A listening socket with a backlog deep enough for a shelter's phones arriving at once (the OS default of 128
/// drops connections during a burst, and a dropped SYN costs the phone a second).
fn listen(addr: SocketAddr) -> io::Result<TcpListener> {
    let socket = if addr.is_ipv4() { TcpSocket::new_v4()? } else { TcpSocket::new_v6()? };
    #[cfg(unix)]
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(1024)
}

async fn serve(listener: TcpListener, server: Arc<Server>, stop: Arc<Notify>) {
    let cap = server.limits.connections();
    let reaper = {
        let server = Arc::clone(&server);
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(server.limits.tick());
            loop {
                tick.tick().await;
                server.registry.close_expired(&server.limits);
            }
        })
    };
    // 503s being written: bounded, so a flood of refused connections cannot hold descriptors either.
    let refusals = Arc::new(Semaphore::new(32));
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = stop.notified() => break,
        };
        let stream = match accepted {
            Ok((stream, _)) => stream,
            Err(e) => {
                // Never fatal (Go's net/http and nginx do the same). Out of descriptors: free the one held longest
                // by a connection that is only waiting, then try again after a pause.
                // A freed descriptor is back as soon as its connection's task ends: retry almost at once then.
                let freed = out_of_descriptors(&e) && server.registry.close_one_waiting();
                tokio::time::sleep(if freed { Duration::from_millis(1) } else { server.limits.accept_retry }).await;
                continue;
            }
        };
        // Small answers go out at once instead of waiting for the client's delayed ACK (Nagle).
        let _ = stream.set_nodelay(true);
        match server.registry.admit(cap) {
            Admit::Serve(id, conn) => {
                tokio::spawn(connection(Arc::clone(&server), stream, id, conn));
            }
            Admit::Full => {
                if let Ok(permit) = Arc::clone(&refusals).try_acquire_owned() {
                    tokio::spawn(async move {
                        let _ = tokio::time::timeout(Duration::from_secs(1), refuse(stream)).await;
                        drop(permit);
                    });
                }
            }
        }
    }
    reaper.abort();
}

fn out_of_descriptors(e: &io::Error) -> bool {
    #[cfg(unix)]
    {
        use rustix::io::Errno;
        matches!(Errno::from_io_error(e), Some(Errno::MFILE | Errno::NFILE | Errno::NOBUFS | Errno::NOMEM))
    }
    #[cfg(not(unix))]
    {
        let _ = e;
        false
    }
}

async fn refuse(mut stream: TcpStream) {
    let answer = "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
    let _ = stream.write_all(answer.as_bytes()).await;
    let _ = stream.shutdown().await;
}

async fn connection(server: Arc<Server>, stream: TcpStream, id: u64, conn: Arc<Conn>) {
    let io = TokioIo::new(Tracked { stream, conn: Arc::clone(&conn) });
    let service = {
        let (server, conn) = (Arc::clone(&server), Arc::clone(&conn));
        service_fn(move |request| {
            let (server, conn) = (Arc::clone(&server), Arc::clone(&conn));
            async move {
                conn.begin();
                let response = answer(&server, &request).await;
                Ok::<_, Infallible>(response.map(|body| body.on(&conn)))
            }
        })
    };
    let mut http = http1::Builder::new();
    http.max_header_size(server.limits.max_head)
        .max_buf_size(server.limits.max_head.max(8192))
        // The registry times out heads, idle connections and stalled writes.
        .header_read_timeout(None)
        .half_close(false);
    tokio::select! {
        _ = http.serve_connection(io, service) => {}
        () = conn.closed.notified() => {}
    }
    server.registry.remove(id);
}

/// The security headers every answer carries: no sniffing of types, and no page of another site may frame Rumbo
/// (a `<meta>` CSP cannot say `frame-ancestors`).
fn secured(mut response: Response<Body>) -> Response<Body> {
    let headers = response.headers_mut();
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static("frame-ancestors 'none'"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    response
}

fn status(code: StatusCode) -> Response<Body> {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = code;
    response.headers_mut().insert(header::CONTENT_LENGTH, HeaderValue::from_static("0"));
    secured(response)
}

/// An error answer after which the connection closes (a body that is not read must not be taken for a request).
fn closing(code: StatusCode) -> Response<Body> {
    let mut response = status(code);
    response.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
    response
}

/// All values of a header, joined by commas; `None` if there is none (or none is text).
fn joined(headers: &HeaderMap, name: header::HeaderName) -> Option<String> {
    let values: Vec<&str> = headers.get_all(name).iter().filter_map(|v| v.to_str().ok()).collect();
    (!values.is_empty()).then(|| values.join(","))
}

async fn answer(server: &Server, request: &Request<Incoming>) -> Response<Body> {
    let headers = request.headers();
    let has_body = headers.contains_key(header::TRANSFER_ENCODING)
        || headers.get(header::CONTENT_LENGTH).is_some_and(|v| v.as_bytes() != b"0");
    let head = request.method() == Method::HEAD;
    if !head && request.method() != Method::GET {
        let mut response =
            if has_body { closing(StatusCode::METHOD_NOT_ALLOWED) } else { status(StatusCode::METHOD_NOT_ALLOWED) };
        response.headers_mut().insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }
    // Never read, never stored: nothing Rumbo serves takes a body.
    if has_body {
        return closing(StatusCode::PAYLOAD_TOO_LARGE);
    }
    // RFC 9112 §3.2: exactly one Host on HTTP/1.1, at most one before.
    let hosts = headers.get_all(header::HOST).iter().count();
    if hosts > 1 || (hosts == 0 && request.version() == Version::HTTP_11) {
        return closing(StatusCode::BAD_REQUEST);
    }
    let mut path = request.uri().path().to_string();
    let mut vary = "Accept-Encoding";
    if let Some((by_language, pick)) = &server.site.by_language {
        if path == *by_language {
            path = pick(&joined(headers, header::ACCEPT_LANGUAGE).unwrap_or_default());
            vary = "Accept-Encoding, Accept-Language";
        }
    }
    let accept = joined(headers, header::ACCEPT_ENCODING);
    let (content_type, cache, identity, copies) = match server.site.find(&path) {
        Ok(Found::Page(page)) => {
            let body = Body::bytes(page.body.clone());
            (page.content_type.clone(), "no-cache", (body, page.body.len() as u64), Some(&page.compressed))
        }
        Ok(Found::File(file, root)) => {
            let opened = match open(server, &file).await {
                Ok(opened) => opened,
                Err(code) => return status(code),
            };
            let (handle, meta) = opened;
            let copies = server.cache.lookup(&file, &Fingerprint::of(&meta));
            let identity = (Body::file(handle, meta.len()), meta.len());
            let (kind, cache) = (content_type(&file), cache_control(root, &file));
            return respond(&kind, cache, vary, identity, copies.as_deref(), accept.as_deref(), head);
        }
        Ok(Found::Slash) => {
            let query = request.uri().query().map(|q| format!("?{q}")).unwrap_or_default();
            let mut response = status(StatusCode::MOVED_PERMANENTLY);
            match HeaderValue::from_str(&format!("{}/{query}", request.uri().path())) {
                Ok(location) => response.headers_mut().insert(header::LOCATION, location),
                Err(_) => return status(StatusCode::BAD_REQUEST),
            };
            return response;
        }
        Err(code) => return status(code),
    };
    respond(&content_type, cache, vary, identity, copies, accept.as_deref(), head)
}

/// Opens a file to send: 404 if it is gone, 503 if the server stays out of descriptors (the phone tries again).
/// Out of descriptors, a request being answered matters more than a connection that only waits: one of those
/// is closed to free one.
async fn open(server: &Server, file: &std::path::Path) -> Result<(tokio::fs::File, std::fs::Metadata), StatusCode> {
    let gone = |e: &io::Error| matches!(e.kind(), io::ErrorKind::NotFound | io::ErrorKind::PermissionDenied);
    let mut tries = 0;
    let handle = loop {
        match tokio::fs::File::open(file).await {
            Ok(handle) => break handle,
            Err(e) if gone(&e) => return Err(StatusCode::NOT_FOUND),
            Err(e) if out_of_descriptors(&e) && tries < 3 && server.registry.close_one_waiting() => {
                tries += 1;
                tokio::time::sleep(Duration::from_millis(2)).await;
            }
            Err(_) => return Err(StatusCode::SERVICE_UNAVAILABLE),
        }
    };
    let meta = handle.metadata().await.map_err(|_| StatusCode::SERVICE_UNAVAILABLE)?;
    if !meta.is_file() {
        return Err(StatusCode::NOT_FOUND);
    }
    Ok((handle, meta))
}

/// The answer with the body in the coding the client prefers among those there are, its exact length, and
/// nothing sent for HEAD.
fn respond(
    content_type: &str,
    cache: &'static str,
    vary: &'static str,
    (identity, length): (Body, u64),
    copies: Option<&super::compress::Compressed>,
    accept: Option<&str>,
    head: bool,
) -> Response<Body> {
    let gzip = copies.and_then(|c| c.gzip.as_ref());
    let brotli = copies.and_then(|c| c.brotli.as_ref());
    let chosen = choose(accept, brotli.is_some(), gzip.is_some());
    let (body, length) = match (chosen, brotli, gzip) {
        (Encoding::Brotli, Some(bytes), _) | (Encoding::Gzip, _, Some(bytes)) => {
            (Body::bytes(bytes.clone()), bytes.len() as u64)
        }
        _ => (identity, length),
    };
    let mut response = Response::new(if head { Body::empty() } else { body });
    let headers = response.headers_mut();
    let text =
        |s: &str| HeaderValue::from_str(s).unwrap_or_else(|_| HeaderValue::from_static("application/octet-stream"));
    headers.insert(header::CONTENT_TYPE, text(content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    headers.insert(header::VARY, HeaderValue::from_static(vary));
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    // `choose` picks only a coding there is a copy in.
    if let Some(coding) = chosen.header() {
        headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
    }
    secured(response)
}
