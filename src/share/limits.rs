//! What one share server allows each client, so that no phone on the Wi-Fi can stop it answering the others.
//! The defaults follow production servers (nginx, Go's net/http), tightened for a laptop serving a few hundred
//! phones static files: requests carry no body, and heads are small.

use std::time::Duration;

/// Every limit of the share server; `Limits::default()` is what `serve`, `share` and the desktop app use.
#[derive(Clone, Debug, PartialEq)]
pub struct Limits {
    /// The request line and headers, in bytes; beyond it the answer is 431 and the connection closes.
    pub max_head: usize,
    /// Connections open at once. When full, the one that has idled or dawdled over its headers longest is
    /// closed for the new one; only when every one is being answered does the new one get 503. `None`: 256,
    /// lowered to what the process's file-descriptor limit allows (two per connection: the socket and a file).
    pub max_connections: Option<usize>,
    /// From a connection's start, or the first byte of a later request, to the end of its head.
    pub header_timeout: Duration,
    /// Between two requests on one connection (keep-alive).
    pub idle_timeout: Duration,
    /// How long one write may wait for a client that stops reading before it is cut off.
    pub write_timeout: Duration,
    /// Bytes per second a client must take, over each `write_timeout`, while there is more to send: a client
    /// that reads only a trickle to hold its connection is cut off too.
    pub min_send_rate: u64,
    /// The pause after a failed `accept` (out of file descriptors…) before trying again.
    pub accept_retry: Duration,
    /// Files larger than this are sent as they are, never compressed (and never held in memory).
    pub compress_max_file: u64,
    /// All compressed copies together, in bytes; past it, files are sent as they are.
    pub compress_budget: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_head: 16 * 1024,
            max_connections: None,
            header_timeout: Duration::from_secs(10),
            idle_timeout: Duration::from_secs(30),
            write_timeout: Duration::from_secs(20),
            // A twentieth of GPRS; no phone that really reads is that slow.
            min_send_rate: 256,
            accept_retry: Duration::from_millis(50),
            compress_max_file: 16 * 1024 * 1024,
            compress_budget: 48 * 1024 * 1024,
        }
    }
}

/// Descriptors kept for the listener, the runtime, standard streams and files being compressed.
const RESERVED_FDS: u64 = 32;
const DEFAULT_CONNECTIONS: usize = 256;

impl Limits {
    /// The connection cap in force: the one asked for, or the default within the descriptor limit.
    pub fn connections(&self) -> usize {
        self.max_connections.unwrap_or_else(|| match descriptor_limit() {
            Some(fds) => DEFAULT_CONNECTIONS.min((fds.saturating_sub(RESERVED_FDS) / 2).max(4) as usize),
            None => DEFAULT_CONNECTIONS,
        })
    }

    /// How often connections are checked against the timeouts: a quarter of the shortest.
    pub(crate) fn tick(&self) -> Duration {
        let shortest = self.header_timeout.min(self.idle_timeout).min(self.write_timeout);
        (shortest / 4).clamp(Duration::from_millis(5), Duration::from_millis(500))
    }
}

/// The soft limit on open file descriptors, where there is one.
#[cfg(unix)]
fn descriptor_limit() -> Option<u64> {
    rustix::process::getrlimit(rustix::process::Resource::Nofile).current
}

#[cfg(not(unix))]
fn descriptor_limit() -> Option<u64> {
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cap_fits_the_descriptor_limit() {
        let limits = Limits::default();
        let cap = limits.connections();
        assert!((4..=DEFAULT_CONNECTIONS).contains(&cap));
        if let Some(fds) = descriptor_limit() {
            assert!(cap as u64 * 2 + RESERVED_FDS <= fds.max(40), "{cap} connections within {fds} descriptors");
        }
        assert_eq!(Limits { max_connections: Some(3), ..Limits::default() }.connections(), 3);
    }

    #[test]
    fn timeouts_are_checked_often_enough() {
        let quick = Limits { write_timeout: Duration::from_millis(200), ..Limits::default() };
        assert_eq!(quick.tick(), Duration::from_millis(50));
        assert_eq!(Limits::default().tick(), Duration::from_millis(500));
    }
}
