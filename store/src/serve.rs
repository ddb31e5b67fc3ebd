//! The serve listener (`--serve-host`/`--serve-port`): what the store gives
//! to the nodes of a cluster. Read-only for everyone: active images' files
//! at stable paths (`/by-name/<name>/<version>` and `/by-uuid/<uuid>`),
//! kernel and initrd images among them for PXE and iPXE, and listings as
//! HTML for a browser or JSON for programs (`Accept: application/json` or
//! `?format=json`); Range, ETag and If-None-Match on every file. The IMGAPI
//! routes (`/ping`, `/images...`) live here too; only their writes change
//! anything, and only with the credentials of the users file.
//!
//! Connections are read first by [`crate::front`], which answers the
//! read-only requests (files by sendfile) and hands the rest to hyper.

use crate::http::{empty, json, Body};
use crate::{Filter, Manifest, State, Store, Users};
use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::header::{HeaderValue, ACCEPT, ALLOW, CONTENT_TYPE, LOCATION};
use hyper::server::conn::http1;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use std::sync::Arc;
use std::time::Duration;

pub struct Config {
    /// Who may write through IMGAPI; without it every write is refused.
    pub users: Option<Users>,
    /// How long a client may take to send its headers, or each piece of an upload.
    pub read_timeout: Option<Duration>,
    /// Connections served at once; more wait in the backlog.
    pub max_connections: usize,
    /// `http://<address>`, for the log.
    pub name: String,
}

/// Accept and serve connections until the task is dropped.
pub async fn serve(listener: tokio::net::TcpListener, store: Store, config: Arc<Config>) {
    let slots = Arc::new(tokio::sync::Semaphore::new(config.max_connections));
    let mut warned: Option<std::time::Instant> = None;
    loop {
        // A slot first: a listener at its limit accepts nothing, and
        // takes no descriptor the API's listeners need.
        let slot = match slots.clone().try_acquire_owned() {
            Ok(slot) => slot,
            Err(_) => {
                if warned.is_none_or(|t| t.elapsed() >= Duration::from_secs(60)) {
                    warned = Some(std::time::Instant::now());
                    log::warn!(
                        "serve listener {}: {} connections open, as many as it serves at once (--serve-listen-limit); more wait in the backlog until one closes",
                        config.name,
                        config.max_connections
                    );
                }
                slots.clone().acquire_owned().await.expect("the semaphore is never closed")
            }
        };
        let (stream, peer) = match listener.accept().await {
            Ok(c) => c,
            Err(e) => {
                log::warn!("serve listener: accepting a connection: {e}");
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        let _ = stream.set_nodelay(true);
        let connection = crate::front::connection(stream, store.clone(), config.clone(), peer);
        tokio::spawn(async move {
            connection.await;
            drop(slot);
        });
    }
}

/// Serve the rest of a connection with hyper, counting what it answers.
pub(crate) async fn hyper_connection<I>(io: I, store: Store, config: Arc<Config>, peer: std::net::SocketAddr)
where
    I: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let read_timeout = config.read_timeout;
    let service = hyper::service::service_fn(move |req| {
        let (store, config) = (store.clone(), config.clone());
        async move {
            let resp = route(&store, &config, req).await;
            crate::stats::request(resp.status().as_u16());
            Ok::<_, std::convert::Infallible>(resp.map(|body| Counted(body).boxed()))
        }
    });
    let mut builder = http1::Builder::new();
    builder.timer(TokioTimer::new()).header_read_timeout(read_timeout);
    if let Err(e) = builder.serve_connection(TokioIo::new(io), service).await {
        log::debug!("serve listener: connection from {peer}: {e}");
    }
}

/// A body whose bytes are counted in [`crate::stats`] as they leave; its
/// size is the body's, so a known length stays a Content-Length.
struct Counted(Body);

impl hyper::body::Body for Counted {
    type Data = Bytes;
    type Error = std::convert::Infallible;

    fn poll_frame(mut self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<Option<Result<hyper::body::Frame<Bytes>, Self::Error>>> {
        let polled = std::pin::Pin::new(&mut self.0).poll_frame(cx);
        if let std::task::Poll::Ready(Some(Ok(frame))) = &polled {
            if let Some(data) = frame.data_ref() {
                crate::stats::bytes(data.len() as u64);
            }
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        self.0.is_end_stream()
    }

    fn size_hint(&self) -> hyper::body::SizeHint {
        self.0.size_hint()
    }
}

async fn route(store: &Store, config: &Config, req: Request<Incoming>) -> Response<Body> {
    let path = req.uri().path().to_string();
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    let method = req.method().clone();
    log::debug!("serve: {method} {path}");
    match parts.as_slice() {
        ["ping"] => crate::imgapi::ping(),
        ["images", rest @ ..] => crate::imgapi::handle(store, config.users.as_ref(), req, rest, config.read_timeout).await,
        _ if !matches!(method, Method::GET | Method::HEAD) => {
            let mut resp = text(StatusCode::METHOD_NOT_ALLOWED, "this listener is read-only\n");
            resp.headers_mut().insert(ALLOW, HeaderValue::from_static("GET, HEAD"));
            resp
        }
        _ => read_only(store, &req).await,
    }
}

/// A GET or HEAD of the listings, files and ISO trees (every path but
/// IMGAPI's).
pub(crate) async fn read_only<B>(store: &Store, req: &Request<B>) -> Response<Body> {
    let path = req.uri().path().to_string();
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    match parts.as_slice() {
        [] | ["by-name"] | ["by-uuid"] => index(store, req, &parts),
        ["by-name", name] => {
            if !path.ends_with('/') {
                return redirect_to_dir(&parts);
            }
            versions(store, req, name)
        }
        ["by-name", name, version] if !path.ends_with('/') => match store.find_active(name, version) {
            Some(m) => file(store, &m, req),
            None => not_found(&format!("no active image {name} {version}")),
        },
        ["by-uuid", uuid] if !path.ends_with('/') => match store.get(uuid) {
            Ok(m) if m.state == State::Active => file(store, &m, req),
            _ => not_found(&format!("no active image {uuid}")),
        },
        // Inside an ISO: `/by-name/<name>/<version>/` is its root.
        ["by-name", name, version, rest @ ..] => match store.find_active(name, version) {
            Some(m) => inside(store, &m, rest, &parts, &path, req).await,
            None => not_found(&format!("no active image {name} {version}")),
        },
        ["by-uuid", uuid, rest @ ..] => match store.get(uuid) {
            Ok(m) if m.state == State::Active => inside(store, &m, rest, &parts, &path, req).await,
            _ => not_found(&format!("no active image {uuid}")),
        },
        _ => not_found(&format!("nothing is served at {path}")),
    }
}

/// IMGAPI's `GET /images/<uuid>/file` of an active or disabled image, as
/// [`crate::imgapi`] answers it; `None` for the answers that are IMGAPI
/// errors, which that module gives.
pub(crate) fn imgapi_file<B>(store: &Store, uuid: &str, req: &Request<B>) -> Option<Response<Body>> {
    let open = store.open_file(uuid).ok()?;
    matches!(open.manifest.state, State::Active | State::Disabled).then(|| crate::http::send_image(open, req.headers(), req.method() == Method::HEAD))
}

fn file<B>(store: &Store, m: &Manifest, req: &Request<B>) -> Response<Body> {
    match store.open_file(&m.uuid) {
        Ok(open) => crate::http::send_image(open, req.headers(), req.method() == Method::HEAD),
        Err(e) => not_found(&e.message),
    }
}

/// A path inside an ISO image: a listing for a directory (which must be
/// asked for with a trailing '/'), the bytes for a file. `rest` are the
/// segments inside the ISO as the request spelled them (percent-encoded),
/// `parts` all the segments of the request's `path`.
async fn inside<B>(store: &Store, m: &Manifest, rest: &[&str], parts: &[&str], path: &str, req: &Request<B>) -> Response<Body> {
    if m.kind != "iso" {
        return not_found(&format!("image {} is a {}, not an ISO: it has no tree", m.uuid, m.kind));
    }
    let Some(names) = rest.iter().map(|p| unpct(p)).collect::<Option<Vec<String>>>() else {
        return not_found(&format!("{path} is not a path inside the ISO"));
    };
    let inner = &names.join("/");
    let iso = store.file_path(&m.uuid);
    let (iso2, inner2) = (iso.clone(), inner.to_string());
    let node = match tokio::task::spawn_blocking(move || crate::iso::lookup(&iso2, &inner2)).await {
        Ok(Ok(n)) => n,
        Ok(Err(e)) => return not_found(&e.message),
        Err(e) => return text(StatusCode::INTERNAL_SERVER_ERROR, &format!("reading the ISO: {e}\n")),
    };
    match node {
        crate::iso::Node::Dir(_) if !path.ends_with('/') => redirect_to_dir(parts),
        crate::iso::Node::Dir(children) => {
            if wants_json(req) {
                return json(StatusCode::OK, &children);
            }
            let rows: String = children
                .iter()
                .map(|c| {
                    let slash = if c.dir { "/" } else { "" };
                    let size = if c.dir { String::new() } else { format!(" ({} bytes)", c.size) };
                    format!("<li><a href=\"{h}{slash}\">{n}{slash}</a>{size}</li>\n", h = href(&c.name), n = esc(&c.name))
                })
                .collect();
            html(&esc(path), &format!("<ul>\n<li><a href=\"../\">../</a></li>\n{rows}</ul>"))
        }
        crate::iso::Node::File { size, at } => {
            // The same path of the same ISO is the same bytes.
            let etag = format!("\"{}-{:016x}\"", m.sha256.as_deref().unwrap_or_default(), fnv1a(inner.as_bytes()));
            let (headers, head) = (req.headers(), req.method() == Method::HEAD);
            // One extent: a plain range of the ISO file, sent like a stored file.
            if let Some(at) = at {
                return match std::fs::File::open(&iso) {
                    Ok(f) => crate::http::send_file_at(f, at, size, &etag, None, "application/octet-stream", headers, head),
                    Err(e) => text(StatusCode::INTERNAL_SERVER_ERROR, &format!("opening the ISO: {e}\n")),
                };
            }
            let inner = inner.to_string();
            crate::http::send_with(size, &etag, None, "application/octet-stream", headers, head, move |start, end| crate::iso::body(iso, inner, start, end))
        }
    }
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325u64, |h, b| (h ^ *b as u64).wrapping_mul(0x100000001b3))
}

/// One entry of a listing, for programs.
fn entry(m: &Manifest) -> serde_json::Value {
    serde_json::json!({
        "uuid": m.uuid, "name": m.name, "version": m.version, "type": m.kind,
        "size": m.size, "sha256": m.sha256, "sha1": m.sha1,
        "path": format!("/by-name/{}/{}", m.name, m.version), "uuid_path": format!("/by-uuid/{}", m.uuid),
    })
}

fn active(store: &Store, name: Option<&str>) -> Vec<Manifest> {
    let filter = Filter { state: Some("active".into()), name: name.map(str::to_string), ..Filter::default() };
    store.list(&filter).unwrap_or_default()
}

fn wants_json<B>(req: &Request<B>) -> bool {
    req.uri().query().is_some_and(|q| q.split('&').any(|p| p == "format=json"))
        || req.headers().get(ACCEPT).and_then(|v| v.to_str().ok()).is_some_and(|a| a.contains("application/json"))
}

fn index<B>(store: &Store, req: &Request<B>, parts: &[&str]) -> Response<Body> {
    let images = active(store, None);
    if wants_json(req) {
        return json(StatusCode::OK, &images.iter().map(entry).collect::<Vec<_>>());
    }
    let title = match parts {
        ["by-uuid"] => "/by-uuid/",
        ["by-name"] => "/by-name/",
        _ => "/",
    };
    let rows: String = images
        .iter()
        .map(|m| {
            format!(
                "<tr><td><a href=\"/by-name/{hn}/\">{n}</a></td><td><a href=\"/by-name/{hn}/{hv}\">{v}</a></td><td>{t}</td><td>{s}</td><td><a href=\"/by-uuid/{hu}\">{u}</a></td></tr>\n",
                hn = pct(&m.name), hv = pct(&m.version), hu = pct(&m.uuid),
                n = esc(&m.name), v = esc(&m.version), t = esc(&m.kind), s = m.size.unwrap_or(0), u = esc(&m.uuid)
            )
        })
        .collect();
    html(title, &format!("<table>\n<tr><th>name</th><th>version</th><th>type</th><th>bytes</th><th>uuid</th></tr>\n{rows}</table>"))
}

fn versions<B>(store: &Store, req: &Request<B>, name: &str) -> Response<Body> {
    let images = active(store, Some(name));
    if images.is_empty() {
        return not_found(&format!("no active image is named {name}"));
    }
    if wants_json(req) {
        return json(StatusCode::OK, &images.iter().map(entry).collect::<Vec<_>>());
    }
    let rows: String = images
        .iter()
        .map(|m| format!("<li><a href=\"{h}\">{v}</a> ({t}, {s} bytes)</li>\n", h = href(&m.version), v = esc(&m.version), t = esc(&m.kind), s = m.size.unwrap_or(0)))
        .collect();
    html(&format!("/by-name/{}/", esc(name)), &format!("<ul>\n<li><a href=\"../\">../</a></li>\n{rows}</ul>"))
}

/// A relative link to the entry `name` of a listing: `./` and the name
/// percent-encoded, so no name can form a scheme (`javascript:`), a query,
/// a fragment or another path.
fn href(name: &str) -> String {
    format!("./{}", pct(name))
}

/// Every byte but the unreserved characters of RFC 3986, percent-encoded.
fn pct(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A percent-encoded path segment as the name it spells; `None` when it
/// is no name (a bad escape, or a `/`, NUL or invalid UTF-8 spelled out).
fn unpct(segment: &str) -> Option<String> {
    let (bytes, mut out, mut i) = (segment.as_bytes(), Vec::with_capacity(segment.len()), 0);
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3).filter(|h| h.iter().all(u8::is_ascii_hexdigit))?;
            out.push(u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    let name = String::from_utf8(out).ok()?;
    (!name.contains(['/', '\0'])).then_some(name)
}

/// Text for HTML, in element content and in quoted attributes alike.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

fn html(title: &str, body: &str) -> Response<Body> {
    let page = format!("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title></head>\n<body><h1>{title}</h1>\n{body}\n</body></html>\n");
    let mut resp = Response::new(Full::new(Bytes::from(page)).boxed());
    resp.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
    resp
}

fn text(status: StatusCode, message: &str) -> Response<Body> {
    let mut resp = Response::new(Full::new(Bytes::from(message.to_string())).boxed());
    *resp.status_mut() = status;
    resp.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    resp
}

fn not_found(message: &str) -> Response<Body> {
    text(StatusCode::NOT_FOUND, &format!("{message}\n"))
}

/// A redirect to the directory the segments `parts` name: one leading
/// slash whatever the request had, so that `//host/x` (which a client
/// would take for another host) is never sent back.
fn redirect_to_dir(parts: &[&str]) -> Response<Body> {
    redirect(&format!("/{}/", parts.join("/")))
}

fn redirect(to: &str) -> Response<Body> {
    let mut resp = empty(StatusCode::MOVED_PERMANENTLY);
    // A path, never a network-path reference (`//host`, or `/\host` to browsers).
    let to = format!("/{}", to.trim_start_matches(['/', '\\']));
    if let Ok(v) = HeaderValue::from_str(&to) {
        resp.headers_mut().insert(LOCATION, v);
    }
    resp
}
