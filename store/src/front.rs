//! The serve listener's HTTP/1.1 front: it reads each request head itself
//! and answers the read-only requests (files, listings, an ISO's tree,
//! IMGAPI's `GET /images/<uuid>/file`), sending a file's bytes with
//! sendfile(2) from the page cache to the socket, without copying them
//! through userspace. The first request it does not answer itself (one
//! with a body, another method, the other IMGAPI routes, anything unusual)
//! hands the connection, with the bytes already read, to hyper for good.
//!
//! The answers are those of [`crate::serve`]; only their transport differs.
//! A response that carries a [`FileRange`] is sent by sendfile from a
//! blocking thread (a file not in the page cache is read from disk there,
//! not on an async worker); any other is written as its body comes.

use crate::http::{Body, FileRange};
use crate::serve::Config;
use crate::stats;
use crate::Store;
use bytes::{Buf, Bytes, BytesMut};
use http_body_util::BodyExt;
use hyper::body::Body as _;
use hyper::header::{HeaderValue, CONNECTION, CONTENT_LENGTH, DATE};
use hyper::{Method, Request, Response, Version};
use std::io;
use std::os::fd::AsRawFd;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::TcpStream;

/// The largest request head read here; a larger one goes to hyper, which refuses it.
const MAX_HEAD: usize = 16 << 10;
/// Headers of one request.
const MAX_HEADERS: usize = 64;
/// How long a client may take no byte of a file before it is dropped.
const SEND_TIMEOUT: Duration = Duration::from_secs(60);
/// Bytes handed to one sendfile call.
const SENDFILE_CHUNK: u64 = 1 << 30;

/// Serve one connection until it closes, or until hyper takes it over.
pub async fn connection(mut stream: TcpStream, store: Store, config: std::sync::Arc<Config>, peer: std::net::SocketAddr) {
    let mut buf = BytesMut::with_capacity(4096);
    loop {
        let (req, keep_alive) = match read_head(&mut stream, &mut buf, config.read_timeout).await {
            Next::Request(req, keep_alive) => (req, keep_alive),
            Next::Closed => return,
            Next::Handoff => break,
        };
        let resp = match answer(&store, &req).await {
            Some(resp) => resp,
            None => break,
        };
        buf.advance(req.extensions().get::<HeadLen>().map_or(0, |h| h.0));
        match respond(stream, resp, &req, keep_alive).await {
            Some(s) if keep_alive => stream = s,
            _ => return,
        }
    }
    crate::serve::hyper_connection(Rewind { pre: buf.freeze(), io: stream }, store, config, peer).await;
}

/// The request head's length, kept with the request built from it.
#[derive(Clone, Copy)]
struct HeadLen(usize);

/// What the next bytes of a connection are.
enum Next {
    /// The client closed, or idled past the read timeout, between requests.
    Closed,
    /// A request the front does not answer: hyper's from here on.
    Handoff,
    /// A request without body, and whether the connection may stay open after it.
    Request(Request<()>, bool),
}

/// Read until `buf` holds a whole request head.
async fn read_head(stream: &mut TcpStream, buf: &mut BytesMut, timeout: Option<Duration>) -> Next {
    let read = async {
        loop {
            if !buf.is_empty() {
                match parse(buf) {
                    Parsed::Request(req, keep_alive) => return Next::Request(req, keep_alive),
                    Parsed::Other => return Next::Handoff,
                    Parsed::Partial if buf.len() >= MAX_HEAD => return Next::Handoff,
                    Parsed::Partial => {}
                }
            }
            buf.reserve(4096);
            match stream.read_buf(buf).await {
                Ok(0) if buf.is_empty() => return Next::Closed,
                // Half a head and the end: hyper says what is wrong.
                Ok(0) => return Next::Handoff,
                Ok(_) => {}
                Err(_) => return Next::Closed,
            }
        }
    };
    match timeout {
        Some(t) => tokio::time::timeout(t, read).await.unwrap_or(Next::Closed),
        None => read.await,
    }
}

enum Parsed {
    Request(Request<()>, bool),
    /// A whole head, but not one the front answers.
    Other,
    Partial,
}

fn parse(buf: &[u8]) -> Parsed {
    let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
    let mut parsed = httparse::Request::new(&mut headers);
    let len = match parsed.parse(buf) {
        Ok(httparse::Status::Complete(n)) => n,
        Ok(httparse::Status::Partial) => return Parsed::Partial,
        Err(_) => return Parsed::Other,
    };
    let (Some(method), Some(path), Some(minor)) = (parsed.method, parsed.path, parsed.version) else { return Parsed::Other };
    let method = match method {
        "GET" => Method::GET,
        "HEAD" => Method::HEAD,
        _ => return Parsed::Other,
    };
    let version = if minor == 1 { Version::HTTP_11 } else { Version::HTTP_10 };
    let mut builder = Request::builder().method(method).uri(path).version(version);
    let mut keep_alive = version == Version::HTTP_11;
    for h in parsed.headers.iter() {
        let name = h.name.to_ascii_lowercase();
        match name.as_str() {
            // A body, or a protocol change: hyper's job.
            "content-length" if h.value != b"0" => return Parsed::Other,
            "transfer-encoding" | "expect" | "upgrade" => return Parsed::Other,
            "connection" => {
                let v = String::from_utf8_lossy(h.value).to_ascii_lowercase();
                if v.split(',').any(|t| t.trim() == "close") {
                    keep_alive = false;
                } else if v.split(',').any(|t| t.trim() == "keep-alive") {
                    keep_alive = true;
                }
            }
            _ => {}
        }
        builder = builder.header(h.name, h.value);
    }
    match builder.extension(HeadLen(len)).body(()) {
        Ok(req) if req.uri().path().starts_with('/') => Parsed::Request(req, keep_alive),
        _ => Parsed::Other,
    }
}

/// The answer of the serve listener, when the front gives it.
async fn answer(store: &Store, req: &Request<()>) -> Option<Response<Body>> {
    let path = req.uri().path();
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    match parts.as_slice() {
        ["ping", ..] => None,
        // IMGAPI's file of a readable image; its errors are IMGAPI's.
        ["images", uuid, "file"] => crate::serve::imgapi_file(store, uuid, req),
        ["images", ..] => None,
        _ => Some(crate::serve::read_only(store, req).await),
    }
}

/// Write `resp`; the stream back when the connection can go on.
async fn respond(mut stream: TcpStream, resp: Response<Body>, req: &Request<()>, keep_alive: bool) -> Option<TcpStream> {
    let head_only = req.method() == Method::HEAD;
    let (mut parts, body) = resp.into_parts();
    let range = parts.extensions.remove::<FileRange>();
    let status = parts.status.as_u16();
    let exact = body.size_hint().exact();
    // A body of unknown length ends with the connection.
    let keep_alive = keep_alive && (range.is_some() || exact.is_some() || parts.headers.contains_key(CONTENT_LENGTH))
        && parts.headers.get(CONNECTION).is_none_or(|v| v != "close");
    if !parts.headers.contains_key(CONTENT_LENGTH) {
        if let Some(n) = exact {
            parts.headers.insert(CONTENT_LENGTH, HeaderValue::from(n));
        }
    }
    parts.headers.insert(DATE, HeaderValue::from_str(&httpdate::fmt_http_date(std::time::SystemTime::now())).expect("a date is a header value"));
    match (keep_alive, req.version()) {
        (false, _) => parts.headers.insert(CONNECTION, HeaderValue::from_static("close")),
        (true, Version::HTTP_10) => parts.headers.insert(CONNECTION, HeaderValue::from_static("keep-alive")),
        _ => None,
    };
    let mut head = Vec::with_capacity(512);
    head.extend_from_slice(format!("HTTP/1.1 {} {}\r\n", status, parts.status.canonical_reason().unwrap_or("")).as_bytes());
    for (name, value) in &parts.headers {
        head.extend_from_slice(name.as_str().as_bytes());
        head.extend_from_slice(b": ");
        head.extend_from_slice(value.as_bytes());
        head.extend_from_slice(b"\r\n");
    }
    head.extend_from_slice(b"\r\n");
    stats::request(status);
    let mut sent = 0;
    let result = match range {
        Some(range) if !head_only => sendfile(stream, head, range, &mut sent).await,
        _ => write_body(&mut stream, &head, body, head_only, &mut sent).await.map(|()| stream),
    };
    stats::bytes(sent);
    match result {
        Ok(s) => keep_alive.then_some(s),
        Err(e) => {
            log::debug!("serve listener: sending {}: {e}", req.uri().path());
            None
        }
    }
}

/// Write the head and the body as it comes, counting the body's bytes in `sent`.
async fn write_body(stream: &mut TcpStream, head: &[u8], mut body: Body, head_only: bool, sent: &mut u64) -> io::Result<()> {
    if head_only {
        return stream.write_all(head).await;
    }
    // A small body goes out with its head.
    let first = body.frame().await.and_then(|f| f.ok()).and_then(|f| f.into_data().ok()).unwrap_or_default();
    let mut out = Vec::with_capacity(head.len() + first.len());
    out.extend_from_slice(head);
    out.extend_from_slice(&first);
    stream.write_all(&out).await?;
    *sent += first.len() as u64;
    while let Some(Ok(frame)) = body.frame().await {
        if let Ok(data) = frame.into_data() {
            stream.write_all(&data).await?;
            *sent += data.len() as u64;
        }
    }
    Ok(())
}

/// The head, then the file's range by sendfile(2), on a blocking thread
/// with the socket in blocking mode; the file's bytes sent go in `sent`.
async fn sendfile(stream: TcpStream, head: Vec<u8>, range: FileRange, sent: &mut u64) -> io::Result<TcpStream> {
    let sock = stream.into_std()?;
    sock.set_nonblocking(false)?;
    sock.set_write_timeout(Some(SEND_TIMEOUT))?;
    let (sock, bytes, result) = tokio::task::spawn_blocking(move || {
        let mut bytes = 0;
        let result = send_blocking(&sock, &head, &range, &mut bytes);
        (sock, bytes, result)
    })
    .await
    .map_err(|e| io::Error::other(format!("the sending thread failed: {e}")))?;
    *sent += bytes;
    result?;
    sock.set_nonblocking(true)?;
    TcpStream::from_std(sock)
}

fn send_blocking(sock: &std::net::TcpStream, head: &[u8], range: &FileRange, sent: &mut u64) -> io::Result<()> {
    let fd = sock.as_raw_fd();
    // The head leaves with the first bytes of the file (MSG_MORE).
    let mut at = 0;
    while at < head.len() {
        // SAFETY: `head[at..]` is valid for reads of its length; `fd` is an open socket.
        let n = unsafe { libc::send(fd, head[at..].as_ptr().cast(), head.len() - at, libc::MSG_MORE | libc::MSG_NOSIGNAL) };
        if n < 0 {
            let e = io::Error::last_os_error();
            if e.kind() == io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        at += n as usize;
    }
    let mut offset = range.start as libc::off_t;
    let end = range.end as libc::off_t;
    while offset < end {
        let count = ((end - offset) as u64).min(SENDFILE_CHUNK) as usize;
        // SAFETY: both descriptors are open for the call; the kernel advances `offset`.
        let n = unsafe { libc::sendfile(fd, range.file.as_raw_fd(), &mut offset, count) };
        *sent = offset as u64 - range.start;
        if n < 0 {
            let e = io::Error::last_os_error();
            if e.kind() == io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        if n == 0 {
            return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "the file is shorter than its manifest says"));
        }
    }
    Ok(())
}

/// A stream with bytes already read from it put back in front, for hyper.
pub struct Rewind {
    pre: Bytes,
    io: TcpStream,
}

impl AsyncRead for Rewind {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        if !self.pre.is_empty() {
            let n = self.pre.len().min(buf.remaining());
            buf.put_slice(&self.pre[..n]);
            self.pre.advance(n);
            return Poll::Ready(Ok(()));
        }
        Pin::new(&mut self.io).poll_read(cx, buf)
    }
}

impl AsyncWrite for Rewind {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.io).poll_write(cx, buf)
    }
    fn poll_write_vectored(mut self: Pin<&mut Self>, cx: &mut Context<'_>, bufs: &[io::IoSlice<'_>]) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.io).poll_write_vectored(cx, bufs)
    }
    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.io).poll_flush(cx)
    }
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.io).poll_shutdown(cx)
    }
}
