//! The streamed routes of the main API, served before the generated router
//! (which reads whole bodies): `PUT {base}/images/file` (upload, written to
//! disk as it arrives), `PUT {base}/images/oci` (an OCI image archive,
//! written to disk as it arrives, then imported) and `GET`/`HEAD
//! {base}/images/file` (download with Range and ETag). Both are described in swagger.yaml like every route.
//! Also the file responses shared with the serve listener.

use crate::error::{Cause, Error, Result};
use crate::range::{self, Plan};
use crate::{Expect, Manifest, Store};
use bytes::Bytes;
use http_body_util::{combinators::BoxBody, BodyExt, Full, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::header::{self, HeaderMap, HeaderValue};
use hyper::{Method, Request, Response, StatusCode};
use std::convert::Infallible;
use std::os::unix::fs::FileExt;
use std::sync::Arc;
use std::time::Duration;

pub type Body = BoxBody<Bytes, Infallible>;

/// Bytes read from disk per chunk of a download.
const CHUNK: usize = 256 << 10;
/// Chunks of an upload queued between the network and the disk.
const QUEUE: usize = 8;
/// An upload's frames are gathered into chunks of this size: large writes,
/// and few hand-offs to the writer and the digests.
const GATHER: usize = 1 << 20;

/// Serve `req` if it is one of the streamed routes under `base`; hand it
/// back untouched otherwise. `read_timeout` bounds each wait for the next
/// piece of an upload (a client may take as long as it needs in total).
pub async fn intercept(store: &Store, base: &str, req: Request<Incoming>, read_timeout: Option<Duration>) -> Result<Response<Body>, Request<Incoming>> {
    let path = req.uri().path().strip_prefix(base);
    let oci = *req.method() == Method::PUT && path == Some("/images/oci");
    let streamed = matches!(*req.method(), Method::GET | Method::HEAD | Method::PUT);
    if !oci && (!streamed || path != Some("/images/file")) {
        return Err(req);
    }
    let query = query(req.uri().query());
    let uuid = query.iter().find(|(k, _)| k == "uuid").map(|(_, v)| v.clone());
    let Some(uuid) = uuid else {
        return Ok(error(&Error::invalid("query parameter uuid is required")));
    };
    if let Err(e) = crate::manifest::check_uuid(&uuid) {
        return Ok(error(&e));
    }
    let method = req.method().clone();
    let param = |name: &str| query.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone());
    if oci {
        let limit = match param("size_limit").map(|v| v.parse::<u64>()) {
            None => None,
            Some(Ok(n)) if n >= 1 => Some(n),
            Some(_) => return Ok(error(&Error::invalid("query parameter size_limit is not a number of bytes (at least 1)"))),
        };
        return Ok(match upload_oci(store, &uuid, param("tag"), limit, req.into_body(), read_timeout).await {
            Ok(m) => json(StatusCode::OK, &api_view(&m)),
            Err(e) => closing(error(&e)),
        });
    }
    Ok(match method {
        Method::GET | Method::HEAD => {
            let opened = tokio::task::block_in_place(|| store.open_file(&uuid));
            match opened {
                Ok(open) => send_image(open, req.headers(), method == Method::HEAD),
                Err(e) => error(&e),
            }
        }
        Method::PUT => {
            let expect = Expect {
                sha256: query.iter().find(|(k, _)| k == "sha256").map(|(_, v)| v.clone()),
                sha1: query.iter().find(|(k, _)| k == "sha1").map(|(_, v)| v.clone()),
                size: match query.iter().find(|(k, _)| k == "size").map(|(_, v)| v.parse::<u64>()) {
                    None => None,
                    Some(Ok(n)) => Some(n),
                    Some(Err(_)) => return Ok(error(&Error::invalid("query parameter size is not a number of bytes"))),
                },
            };
            match upload(store, &uuid, expect, req.into_body(), read_timeout).await {
                Ok(m) => json(StatusCode::OK, &api_view(&m)),
                Err(e) => closing(error(&e)),
            }
        }
        _ => unreachable!("only GET, HEAD and PUT are intercepted"),
    })
}

/// Stream `body` into the image's file: the network side reads frames
/// here while a blocking thread hashes and writes them.
pub async fn upload(store: &Store, uuid: &str, expect: Expect, mut body: Incoming, read_timeout: Option<Duration>) -> Result<Manifest> {
    let ingest = match tokio::task::block_in_place(|| store.begin_ingest(uuid, expect)) {
        Ok(ingest) => ingest,
        Err(e) => {
            drain(&mut body, read_timeout).await;
            return Err(e);
        }
    };
    let what = format!("the upload of image {uuid}");
    pump(ingest, |i, data| i.write_bytes(data), |i| i.finish(), what, body, read_timeout).await
}

/// Stream `body`, an OCI image archive, into the image's directory, then
/// import it (see [`crate::oci`]) on the same blocking thread.
pub async fn upload_oci(store: &Store, uuid: &str, tag: Option<String>, limit: Option<u64>, mut body: Incoming, read_timeout: Option<Duration>) -> Result<Manifest> {
    let import = match tokio::task::block_in_place(|| store.begin_oci(uuid, limit)) {
        Ok(import) => import,
        Err(e) => {
            drain(&mut body, read_timeout).await;
            return Err(e);
        }
    };
    let what = format!("the upload of the OCI image of image {uuid}");
    pump(import, |i, data| i.spool(&data), move |i| i.import_spooled(tag.as_deref()), what, body, read_timeout).await
}

/// Hand the frames of `body` to `write` on a blocking thread that owns
/// `sink`, then `end` it there; a body that breaks or stalls ends it with
/// an error instead (and `sink` is dropped, removing what it wrote).
async fn pump<S: Send + 'static, T: Send + 'static>(
    mut sink: S,
    mut write: impl FnMut(&mut S, Bytes) -> Result<()> + Send + 'static,
    end: impl FnOnce(S) -> Result<T> + Send + 'static,
    what: String,
    mut body: Incoming,
    read_timeout: Option<Duration>,
) -> Result<T> {
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Option<Bytes>>(QUEUE);
    let cut = format!("{what} was cut short");
    let writer = tokio::task::spawn_blocking(move || -> Result<T> {
        while let Some(msg) = rx.blocking_recv() {
            match msg {
                Some(data) => write(&mut sink, data)?,
                None => return Err(Error::invalid(cut).because(Cause::BadFile)),
            }
        }
        end(sink)
    });
    let mut failure = None;
    let mut gathered = bytes::BytesMut::new();
    loop {
        let next = match read_timeout {
            Some(t) => match tokio::time::timeout(t, body.frame()).await {
                Ok(f) => f,
                Err(_) => {
                    failure = Some(Error::invalid(format!("the upload stalled for {}", humantime::format_duration(t))).because(Cause::BadFile));
                    break;
                }
            },
            None => body.frame().await,
        };
        match next {
            None => {
                if !gathered.is_empty() {
                    let _ = tx.send(Some(gathered.split().freeze())).await;
                }
                break;
            }
            Some(Err(e)) => {
                failure = Some(Error::invalid(format!("reading the upload: {e}")).because(Cause::BadFile));
                break;
            }
            Some(Ok(frame)) => {
                let Ok(data) = frame.into_data() else { continue };
                let chunk = if gathered.is_empty() && data.len() >= GATHER {
                    data
                } else {
                    if gathered.is_empty() {
                        gathered.reserve(GATHER);
                    }
                    gathered.extend_from_slice(&data);
                    if gathered.len() < GATHER {
                        continue;
                    }
                    gathered.split().freeze()
                };
                // The writer stopped (a write failed, or too many bytes):
                // its error is the answer.
                if tx.send(Some(chunk)).await.is_err() {
                    drain(&mut body, read_timeout).await;
                    break;
                }
            }
        }
    }
    if failure.is_some() {
        let _ = tx.send(None).await;
    }
    drop(tx);
    let written = writer.await.map_err(|e| Error::internal(format!("the writer of {what} failed: {e}")))?;
    match (written, failure) {
        (Err(e), _) => Err(e),
        (Ok(_), Some(f)) => Err(f),
        (Ok(m), None) => Ok(m),
    }
}

/// The most of a refused upload read and dropped before the answer.
const DRAIN_LIMIT: usize = 1 << 20;

/// Read and drop what is left of a refused upload, up to [`DRAIN_LIMIT`]
/// bytes and the read timeout: closing a socket with unread data resets
/// it, and the client would lose the answer while it is still sending. A
/// larger body is cut off with the connection.
async fn drain(body: &mut Incoming, read_timeout: Option<Duration>) {
    let read = async {
        let mut seen = 0;
        while seen <= DRAIN_LIMIT {
            match body.frame().await {
                Some(Ok(frame)) => seen += frame.data_ref().map_or(0, |d| d.len()),
                _ => break,
            }
        }
    };
    let _ = tokio::time::timeout(read_timeout.unwrap_or(Duration::from_secs(5)), read).await;
}

/// A response carrying `file` (of `size` bytes): whole, one range, 304 or
/// 416 as the request's headers ask; no body for HEAD.
pub fn send_file(file: std::fs::File, size: u64, etag: &str, content_type: &str, req: &HeaderMap, head: bool) -> Response<Body> {
    send_file_at(file, 0, size, etag, None, content_type, req, head)
}

/// [`send_file`] of a stored image, with its Content-MD5 on a whole file.
pub fn send_image(open: crate::OpenFile, req: &HeaderMap, head: bool) -> Response<Body> {
    let m = &open.manifest;
    let etag = range::etag(m.sha256.as_deref().unwrap_or_default());
    let (size, md5) = (m.size.unwrap_or(0), m.content_md5.clone());
    send_file_at(open.file, 0, size, &etag, md5.as_deref(), "application/octet-stream", req, head)
}

/// The bytes of a response that are a range of an open file (offsets in
/// the file, `end` exclusive), carried in the response's extensions for a
/// transport that can send them itself (the serve listener's sendfile);
/// the body has the same bytes for any other.
#[derive(Clone)]
pub struct FileRange {
    pub file: Arc<std::fs::File>,
    pub start: u64,
    pub end: u64,
}

/// A response whose `size` bytes are those of `file` from offset `at` on
/// (a stored file: 0; a file inside an ISO: its extent).
#[allow(clippy::too_many_arguments)]
pub fn send_file_at(file: std::fs::File, at: u64, size: u64, etag: &str, md5: Option<&str>, content_type: &str, req: &HeaderMap, head: bool) -> Response<Body> {
    let file = Arc::new(file);
    let mut range = None;
    let mut resp = send_with(size, etag, md5, content_type, req, head, |start, end| {
        range = Some(FileRange { file: file.clone(), start: at + start, end: at + end });
        file_body(file.clone(), at + start, at + end)
    });
    if let Some(range) = range {
        resp.extensions_mut().insert(range);
    }
    resp
}

/// A response for `size` bytes whose body `body(start, end)` makes: whole,
/// one range, 304 or 416 as the request's headers ask; no body for HEAD.
pub fn send_with(
    size: u64,
    etag: &str,
    md5: Option<&str>,
    content_type: &str,
    req: &HeaderMap,
    head: bool,
    body: impl FnOnce(u64, u64) -> Body,
) -> Response<Body> {
    let h = |name: header::HeaderName| req.get(name).and_then(|v| v.to_str().ok());
    let plan = range::plan(size, etag, h(header::RANGE), h(header::IF_RANGE), h(header::IF_NONE_MATCH));
    let (status, start, end) = match plan {
        Plan::Whole => (StatusCode::OK, 0, size),
        Plan::Part { start, end } => (StatusCode::PARTIAL_CONTENT, start, end),
        Plan::NotModified => {
            let mut resp = empty(StatusCode::NOT_MODIFIED);
            set(&mut resp, header::ETAG, etag);
            return resp;
        }
        Plan::Unsatisfiable => {
            let mut resp = error(&Error::new(crate::Kind::Range, format!("the range lies outside the file of {size} bytes")));
            set(&mut resp, header::CONTENT_RANGE, &format!("bytes */{size}"));
            return resp;
        }
    };
    let body = if head { Full::new(Bytes::new()).boxed() } else { body(start, end) };
    let mut resp = Response::new(body);
    *resp.status_mut() = status;
    set(&mut resp, header::CONTENT_TYPE, content_type);
    set(&mut resp, header::CONTENT_LENGTH, &(end - start).to_string());
    set(&mut resp, header::ETAG, etag);
    set(&mut resp, header::ACCEPT_RANGES, "bytes");
    if status == StatusCode::PARTIAL_CONTENT {
        set(&mut resp, header::CONTENT_RANGE, &format!("bytes {start}-{}/{size}", end - 1));
    } else if let Some(md5) = md5 {
        set(&mut resp, header::HeaderName::from_static("content-md5"), md5);
    }
    resp
}

/// The bytes `start..end` of `file`, read by a blocking thread ahead of
/// the network once the body is first polled (a transport that sends the
/// [`FileRange`] itself never starts it). A read error ends the body
/// early; the declared length then tells the client the transfer broke.
fn file_body(file: Arc<std::fs::File>, start: u64, end: u64) -> Body {
    enum Reading {
        NotYet(Arc<std::fs::File>, u64, u64),
        Running(tokio::sync::mpsc::Receiver<Bytes>),
    }
    let stream = futures_util::stream::unfold(Reading::NotYet(file, start, end), |state| async move {
        let mut rx = match state {
            Reading::NotYet(file, start, end) => read_ahead(file, start, end),
            Reading::Running(rx) => rx,
        };
        rx.recv().await.map(|b| (Ok(Frame::data(b)), Reading::Running(rx)))
    });
    StreamBody::new(stream).boxed()
}

fn read_ahead(file: Arc<std::fs::File>, start: u64, end: u64) -> tokio::sync::mpsc::Receiver<Bytes> {
    let (tx, rx) = tokio::sync::mpsc::channel::<Bytes>(4);
    tokio::task::spawn_blocking(move || {
        let mut at = start;
        while at < end {
            let n = ((end - at) as usize).min(CHUNK);
            let mut buf = vec![0u8; n];
            match file.read_at(&mut buf, at) {
                Ok(0) => break,
                Ok(got) => {
                    buf.truncate(got);
                    at += got as u64;
                    if tx.blocking_send(Bytes::from(buf)).is_err() {
                        break;
                    }
                }
                Err(e) => {
                    log::warn!("reading a file being sent: {e}");
                    break;
                }
            }
        }
    });
    rx
}

/// A manifest as the main API's `image` model shows it.
fn api_view(m: &Manifest) -> serde_json::Value {
    let mut v = serde_json::to_value(m).unwrap_or_default();
    if let Some(o) = v.as_object_mut() {
        o.remove("imgapi");
            o.remove("content_md5");
    }
    v
}

pub fn query(q: Option<&str>) -> Vec<(String, String)> {
    url::form_urlencoded::parse(q.unwrap_or("").as_bytes()).into_owned().collect()
}

fn set(resp: &mut Response<Body>, name: header::HeaderName, value: &str) {
    if let Ok(v) = HeaderValue::from_str(value) {
        resp.headers_mut().insert(name, v);
    }
}

pub fn empty(status: StatusCode) -> Response<Body> {
    let mut resp = Response::new(Full::new(Bytes::new()).boxed());
    *resp.status_mut() = status;
    resp
}

pub fn json(status: StatusCode, value: &impl serde::Serialize) -> Response<Body> {
    let body = serde_json::to_vec(value).unwrap_or_default();
    let mut resp = Response::new(Full::new(Bytes::from(body)).boxed());
    *resp.status_mut() = status;
    set(&mut resp, header::CONTENT_TYPE, "application/json");
    resp
}

/// The API's error model: `{"code": <status>, "message": "..."}`.
pub fn error(e: &Error) -> Response<Body> {
    let status = StatusCode::from_u16(e.kind.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    if e.kind == crate::Kind::Internal {
        log::error!("store: {}", e.message);
    } else {
        log::info!("store: {} {}", status.as_u16(), e.message);
    }
    json(status, &serde_json::json!({ "code": status.as_u16(), "message": e.message }))
}

/// The rest of the request body was not read: no keep-alive after it.
fn closing(mut resp: Response<Body>) -> Response<Body> {
    resp.headers_mut().insert(header::CONNECTION, HeaderValue::from_static("close"));
    resp
}
