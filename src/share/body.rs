//! A response's body: bytes already in memory (a page, a compressed copy), or a file streamed from disk in
//! chunks, so no request ever holds a whole file. Its length is always known, so every answer carries
//! `Content-Length`. When it is dropped (sent, or the connection closed), its connection waits for the next request.

use std::{
    io,
    pin::Pin,
    sync::Arc,
    task::{ready, Context, Poll},
};

use hyper::body::{Bytes, Frame, SizeHint};
use tokio::io::{AsyncRead, ReadBuf};

use super::conns::Conn;

const CHUNK: usize = 64 * 1024;

pub struct Body {
    content: Content,
    /// The connection this answers on, told when the answer is done.
    conn: Option<Arc<Conn>>,
}

enum Content {
    Bytes(Option<Bytes>),
    File { file: tokio::fs::File, remaining: u64, buf: Box<[u8]> },
}

impl Body {
    pub fn empty() -> Body {
        Body { content: Content::Bytes(None), conn: None }
    }

    pub fn bytes(bytes: Bytes) -> Body {
        Body { content: Content::Bytes((!bytes.is_empty()).then_some(bytes)), conn: None }
    }

    /// `length` bytes of `file` from where it stands.
    pub fn file(file: tokio::fs::File, length: u64) -> Body {
        let buf = vec![0; CHUNK.min(length as usize).max(1)].into_boxed_slice();
        Body { content: Content::File { file, remaining: length, buf }, conn: None }
    }

    pub fn on(mut self, conn: &Arc<Conn>) -> Body {
        self.conn = Some(Arc::clone(conn));
        self
    }
}

impl Drop for Body {
    fn drop(&mut self) {
        if let Some(conn) = &self.conn {
            conn.end();
        }
    }
}

impl hyper::body::Body for Body {
    type Data = Bytes;
    type Error = io::Error;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<io::Result<Frame<Bytes>>>> {
        match &mut self.content {
            Content::Bytes(bytes) => Poll::Ready(bytes.take().map(|b| Ok(Frame::data(b)))),
            Content::File { remaining: 0, .. } => Poll::Ready(None),
            Content::File { file, remaining, buf } => {
                let want = (*remaining).min(buf.len() as u64) as usize;
                let mut read = ReadBuf::new(&mut buf[..want]);
                ready!(Pin::new(file).poll_read(cx, &mut read))?;
                let got = read.filled();
                if got.is_empty() {
                    // Shorter than when it was opened (rewritten meanwhile): end the connection rather than
                    // send a body that is not the file.
                    return Poll::Ready(Some(Err(io::ErrorKind::UnexpectedEof.into())));
                }
                *remaining -= got.len() as u64;
                Poll::Ready(Some(Ok(Frame::data(Bytes::copy_from_slice(got)))))
            }
        }
    }

    fn is_end_stream(&self) -> bool {
        match &self.content {
            Content::Bytes(bytes) => bytes.is_none(),
            Content::File { remaining, .. } => *remaining == 0,
        }
    }

    fn size_hint(&self) -> SizeHint {
        SizeHint::with_exact(match &self.content {
            Content::Bytes(bytes) => bytes.as_ref().map_or(0, |b| b.len() as u64),
            Content::File { remaining, .. } => *remaining,
        })
    }
}
