//! The share server's open connections: what each is doing (waiting for a request, or being answered), so the
//! server can time out the ones that dawdle, close the longest-waiting one when it is full, and cut off a
//! client that stops reading.

use std::{
    collections::HashMap,
    io,
    pin::Pin,
    sync::{Arc, Mutex, MutexGuard},
    task::{Context, Poll},
    time::Instant,
};

use tokio::{
    io::{AsyncRead, AsyncWrite, ReadBuf},
    net::TcpStream,
    sync::Notify,
};

use super::limits::Limits;

/// One connection, shared by its task, its I/O and the response being sent on it.
pub struct Conn {
    state: Mutex<State>,
    /// Told when the server closes this connection (timed out, or closed to make room).
    pub closed: Notify,
}

#[derive(Debug)]
struct State {
    /// A request is being answered (from its head to the last byte of its body handed to the socket).
    live: bool,
    /// When it last started waiting for a request (accepted, or the last answer sent).
    waiting_since: Instant,
    /// When the head of the next request began (a new connection's counts from the accept).
    head_since: Option<Instant>,
    /// When a write started waiting for the client to read.
    blocked_since: Option<Instant>,
    /// Bytes handed to the socket since the start of the current measuring window.
    window: (Instant, u64),
}

impl Conn {
    fn new(now: Instant) -> Conn {
        let state =
            State { live: false, waiting_since: now, head_since: Some(now), blocked_since: None, window: (now, 0) };
        Conn { state: Mutex::new(state), closed: Notify::new() }
    }

    fn state(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// A request's head has arrived: it is being answered.
    pub fn begin(&self) {
        let mut state = self.state();
        state.live = true;
        state.head_since = None;
        state.window = (Instant::now(), 0);
    }

    /// Its answer has been handed to the socket: the connection waits for the next request.
    pub fn end(&self) {
        let mut state = self.state();
        state.live = false;
        state.waiting_since = Instant::now();
        state.head_since = None;
    }

    /// Whether a limit has run out for this connection at `now`.
    fn expired(&self, limits: &Limits, now: Instant) -> bool {
        let mut state = self.state();
        let over = |since: Option<Instant>, limit| since.is_some_and(|t| now.duration_since(t) > limit);
        if over(state.blocked_since, limits.write_timeout) {
            return true;
        }
        // A client that reads, but a trickle (a byte now and then, to hold its slot): judged over each
        // write_timeout while the server has more to send than it takes.
        let (start, bytes) = state.window;
        let window = now.duration_since(start);
        if window >= limits.write_timeout {
            state.window = (now, 0);
            let least = (limits.min_send_rate as f64 * window.as_secs_f64()) as u64;
            if state.live && state.blocked_since.is_some() && bytes < least {
                return true;
            }
        }
        !state.live
            && match state.head_since {
                Some(since) => over(Some(since), limits.header_timeout),
                None => over(Some(state.waiting_since), limits.idle_timeout),
            }
    }
}

/// Every open connection, by number.
#[derive(Default)]
pub struct Registry {
    conns: Mutex<(u64, HashMap<u64, Arc<Conn>>)>,
}

/// What to do with a newly accepted connection.
pub enum Admit {
    /// Serve it (as number `id`).
    Serve(u64, Arc<Conn>),
    /// Every slot holds a request being answered: tell it 503.
    Full,
}

impl Registry {
    fn conns(&self) -> MutexGuard<'_, (u64, HashMap<u64, Arc<Conn>>)> {
        self.conns.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Makes room for a new connection within `cap`, closing the one that has waited longest for a request.
    pub fn admit(&self, cap: usize) -> Admit {
        let mut guard = self.conns();
        let (next, conns) = &mut *guard;
        while conns.len() >= cap.max(1) {
            if !close_longest_waiting(conns) {
                return Admit::Full;
            }
        }
        let id = *next;
        *next += 1;
        let conn = Arc::new(Conn::new(Instant::now()));
        conns.insert(id, Arc::clone(&conn));
        Admit::Serve(id, conn)
    }

    /// Closes the connection that has waited longest for a request, if any does (to free a descriptor).
    pub fn close_one_waiting(&self) -> bool {
        close_longest_waiting(&mut self.conns().1)
    }

    pub fn remove(&self, id: u64) {
        self.conns().1.remove(&id);
    }

    pub fn len(&self) -> usize {
        self.conns().1.len()
    }

    /// Closes every connection whose time is up.
    pub fn close_expired(&self, limits: &Limits) {
        let now = Instant::now();
        self.conns().1.retain(|_, conn| {
            let expired = conn.expired(limits, now);
            if expired {
                conn.closed.notify_one();
            }
            !expired
        });
    }
}

fn close_longest_waiting(conns: &mut HashMap<u64, Arc<Conn>>) -> bool {
    let longest = conns
        .iter()
        .filter_map(|(id, conn)| {
            let state = conn.state();
            (!state.live).then_some((state.waiting_since, *id))
        })
        .min();
    match longest.and_then(|(_, id)| conns.remove(&id)) {
        Some(conn) => {
            conn.closed.notify_one();
            true
        }
        None => false,
    }
}

/// A client's socket that tells its connection when bytes arrive and when a write has to wait.
pub struct Tracked {
    pub stream: TcpStream,
    pub conn: Arc<Conn>,
}

impl AsyncRead for Tracked {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        let before = buf.filled().len();
        let polled = Pin::new(&mut self.stream).poll_read(cx, buf);
        if buf.filled().len() > before {
            let mut state = self.conn.state();
            if !state.live && state.head_since.is_none() {
                state.head_since = Some(Instant::now());
            }
        }
        polled
    }
}

impl AsyncWrite for Tracked {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, data: &[u8]) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.stream).poll_write(cx, data);
        self.blocked(&polled);
        polled
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        data: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let polled = Pin::new(&mut self.stream).poll_write_vectored(cx, data);
        self.blocked(&polled);
        polled
    }

    fn is_write_vectored(&self) -> bool {
        self.stream.is_write_vectored()
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.stream).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let polled = Pin::new(&mut self.stream).poll_shutdown(cx);
        self.blocked(&if polled.is_pending() { Poll::Pending } else { Poll::Ready(Ok(0)) });
        polled
    }
}

impl Tracked {
    fn blocked(&self, polled: &Poll<io::Result<usize>>) {
        let pending = polled.is_pending();
        let mut state = self.conn.state();
        if let Poll::Ready(Ok(n)) = polled {
            state.window.1 += *n as u64;
        }
        match (pending, state.blocked_since) {
            (true, None) => state.blocked_since = Some(Instant::now()),
            (false, Some(_)) => state.blocked_since = None,
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn limits() -> Limits {
        Limits {
            header_timeout: Duration::from_millis(100),
            idle_timeout: Duration::from_millis(300),
            write_timeout: Duration::from_millis(200),
            min_send_rate: 10_000,
            ..Limits::default()
        }
    }

    #[test]
    fn a_full_server_closes_the_longest_waiting_and_refuses_only_when_all_are_answered() {
        let registry = Registry::default();
        let Admit::Serve(first, a) = registry.admit(2) else { panic!("room") };
        let Admit::Serve(_, b) = registry.admit(2) else { panic!("room") };
        b.begin();
        let Admit::Serve(_, c) = registry.admit(2) else { panic!("the waiting one makes room") };
        assert_eq!(registry.len(), 2);
        assert!(!registry.conns().1.contains_key(&first), "the waiting one was closed");
        drop(a);
        c.begin();
        assert!(matches!(registry.admit(2), Admit::Full), "both are being answered");
        c.end();
        assert!(matches!(registry.admit(2), Admit::Serve(..)));
    }

    #[test]
    fn each_timeout_applies_to_its_own_wait() {
        let limits = limits();
        let start = Instant::now();
        let conn = Conn::new(start);
        assert!(!conn.expired(&limits, start + Duration::from_millis(50)));
        assert!(conn.expired(&limits, start + Duration::from_millis(150)), "a new connection must send its head");
        conn.begin();
        assert!(!conn.expired(&limits, start + Duration::from_secs(60)), "an answer takes what it takes");
        conn.state().blocked_since = Some(start);
        assert!(conn.expired(&limits, start + Duration::from_millis(250)), "a client that stops reading");
        conn.state().blocked_since = None;
        conn.state().window = (start, 100);
        conn.state().blocked_since = Some(start + Duration::from_millis(100));
        assert!(conn.expired(&limits, start + Duration::from_millis(250)), "100 bytes in 250 ms is a trickle");
        conn.state().blocked_since = None;
        conn.end();
        let idle = conn.state().waiting_since;
        assert!(!conn.expired(&limits, idle + Duration::from_millis(150)), "idle is allowed longer than a head");
        assert!(conn.expired(&limits, idle + Duration::from_millis(350)));
    }
}
