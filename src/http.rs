//! The HTTP service in front of the generated router: it answers the hot
//! reads the fast way (`fast`), serves the spec,
//! serves Swagger UI (`docs`) and `/metrics`, hands the streamed
//! operations to their own modules (`logs`),
//! reads request bodies within a size and time limit before the router
//! sees them, and makes sure every error leaves as the API's JSON error
//! model (the generated router answers some errors, such as a body that
//! does not parse, in plain text).

use bytes::Bytes;
use http_body_util::{combinators::BoxBody, BodyExt, Full, LengthLimitError, Limited};
use hyper::body::Incoming;
use hyper::header::{HeaderValue, ALLOW, CONNECTION, CONTENT_LENGTH, CONTENT_TYPE};
use hyper::{Request, Response, StatusCode};
use imageapi_backend::{api::Server, metrics, Backend};
use imageapi_generated::server::context::AddContext;
use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;
use swagger::{ContextBuilder, EmptyContext};

/// The spec, converted to JSON by build.rs.
pub const SPEC_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/swagger.json"));
/// The largest request body accepted; definitions are a few KiB.
pub const MAX_BODY: usize = 1 << 20;

type Generated = AddContext<imageapi_generated::server::Service<Server, Context>, EmptyContext>;
type Context = swagger::make_context_ty!(ContextBuilder, EmptyContext, Option<swagger::auth::AuthData>, swagger::XSpanIdString);
pub type Body = BoxBody<Bytes, Infallible>;

#[derive(Clone)]
pub struct Service {
    inner: Generated,
    backend: Backend,
    /// How long a client may take to send a request body.
    read_timeout: Option<Duration>,
    /// Set for a peer the listener refused: every request gets a 403 with
    /// this sentence, and the connection closes.
    refused: Option<std::sync::Arc<str>>,
    /// Whether the hot reads take the fast way (see [`crate::fast`]).
    fast_reads: bool,
    /// What a browser may not send (see [`crate::guard`]), and the
    /// listener the requests come from.
    guard: std::sync::Arc<crate::guard::Policy>,
    transport: crate::guard::Transport,
}

impl Service {
    pub fn new(backend: Backend) -> Service {
        let api = imageapi_generated::server::Service::new(Server::new(backend.clone()), false);
        Service {
            inner: AddContext::new(api),
            backend,
            read_timeout: None,
            refused: None,
            fast_reads: true,
            guard: Default::default(),
            transport: crate::guard::Transport::Unix,
        }
    }

    /// The names and origins the server answers to.
    pub fn with_guard(mut self, guard: std::sync::Arc<crate::guard::Policy>) -> Service {
        self.guard = guard;
        self
    }

    /// The listener this service answers on.
    pub fn on(mut self, transport: crate::guard::Transport) -> Service {
        self.transport = transport;
        self
    }

    /// Without the fast way: every request goes through the generated router.
    pub fn with_fast_reads(mut self, fast_reads: bool) -> Service {
        self.fast_reads = fast_reads;
        self
    }

    pub fn with_read_timeout(mut self, read_timeout: Option<Duration>) -> Service {
        self.read_timeout = read_timeout;
        self
    }

    /// This service for a refused peer: 403 to everything.
    pub fn refusing(mut self, why: String) -> Service {
        self.refused = Some(why.into());
        self
    }
}

impl hyper::service::Service<Request<Incoming>> for Service {
    type Response = Response<Body>;
    type Error = Infallible;
    type Future = Answer;

    fn call(&self, req: Request<Incoming>) -> Self::Future {
        if let Some(why) = self.refused.clone() {
            return Answer::Later(Box::pin(async move { Ok(closing(error(StatusCode::FORBIDDEN, &why))) }));
        }
        // Counted by operation and status: a clock read and a few atomic adds.
        let started = std::time::Instant::now();
        // Before anything else: what a web page could have sent.
        if let Err(refusal) = self.guard.check(self.transport, imageapi_generated::BASE_PATH, &req) {
            let (method, path) = (req.method().clone(), req.uri().path().to_string());
            log::warn!("{method} {path}: {} {}", refusal.status.as_u16(), refusal.message);
            metrics::request(metrics::operation(method.as_str(), &path), refusal.status.as_u16(), started.elapsed());
            return Answer::Now(std::future::ready(Ok(error(refusal.status, &refusal.message))));
        }
        if self.fast_reads {
            if let Some((op, resp)) = crate::fast::answer(&self.backend, &req) {
                metrics::request(op, resp.status().as_u16(), started.elapsed());
                return Answer::Now(std::future::ready(Ok(resp)));
            }
        }
        let (inner, read_timeout) = (self.inner.clone(), self.read_timeout);
        let backend = self.backend.clone();
        let op = metrics::operation(req.method().as_str(), req.uri().path());
        let respond = async move {
            let (method, path) = (req.method().clone(), req.uri().path().to_string());
            if method == hyper::Method::GET && path == "/metrics" {
                return Ok(metrics_text(&backend));
            }
            if method == hyper::Method::GET && path == format!("{}/swagger.json", imageapi_generated::BASE_PATH) {
                return Ok(json(StatusCode::OK, Bytes::from_static(SPEC_JSON.as_bytes())));
            }
            if method == hyper::Method::GET {
                if let Some(rest) = path.strip_prefix(imageapi_generated::BASE_PATH).and_then(|p| p.strip_prefix(crate::docs::PATH)) {
                    if rest.is_empty() || rest.starts_with('/') {
                        return Ok(crate::docs::serve(rest));
                    }
                }
            }
            // Streamed answers, which the generated router would buffer.
            if method == hyper::Method::GET && path.strip_prefix(imageapi_generated::BASE_PATH) == Some(crate::logs::PATH) {
                return Ok(crate::logs::serve(backend, &path, req.uri().query()).await);
            }
            // Image files stream in and out; the store serves them.
            let req = match imageapi_store::http::intercept(backend.store(), imageapi_generated::BASE_PATH, req, read_timeout).await { Ok(resp) => return Ok(resp), Err(req) => req };
            let (mut parts, body) = req.into_parts();
            let mut body = match read_body(&parts.headers, body, read_timeout).await {
                Ok(b) => b,
                Err(resp) => {
                    log::info!("{method} {path}: {}", resp.status().as_u16());
                    return Ok(resp);
                }
            };
            // Clients of v0.1: no base path, a shared POST /container, bare ids.
            let mut path = path;
            if let Some((p, b)) = crate::v01::rewrite(method.as_str(), &path, &body) {
                let query = parts.uri.query().map(|q| format!("?{q}")).unwrap_or_default();
                match format!("{p}{query}").parse() {
                    Ok(uri) => parts.uri = uri,
                    Err(e) => return Ok(error(StatusCode::BAD_REQUEST, &format!("the path {p}: {e}"))),
                }
                (path, body) = (p, b);
            }
            // A literal path of the spec, with a method it does not declare
            // there: 405 now, before the router tries a templated path of the
            // same shape (DELETE /container/logs would reach DELETE
            // /container/{id}). One map lookup: this runs on every request.
            if literal_path_lacks(&path, &method) {
                return Ok(normalize(error_status(StatusCode::METHOD_NOT_ALLOWED), &method, &path).await);
            }
            if let Err(problem) = crate::schema::check(method.as_str(), &path, parts.uri.query(), &body) {
                log::info!("{method} {path}: 400 {problem}");
                return Ok(error(StatusCode::BAD_REQUEST, &problem));
            }
            let req = Request::from_parts(parts, Full::new(body));
            let resp = match hyper::service::Service::call(&inner, req).await {
                Ok(r) => r,
                Err(e) => return Ok(error(StatusCode::INTERNAL_SERVER_ERROR, &format!("serving {method} {path}: {e}"))),
            };
            Ok(normalize(resp, &method, &path).await)
        };
        Answer::Later(Box::pin(async move {
            let resp: Result<Response<Body>, Infallible> = respond.await;
            if let Ok(r) = &resp {
                metrics::request(op, r.status().as_u16(), started.elapsed());
            }
            resp
        }))
    }
}

/// A response: made already (the fast way, no allocation for the future),
/// or to come.
pub enum Answer {
    Now(std::future::Ready<Result<Response<Body>, Infallible>>),
    Later(Pin<Box<dyn Future<Output = Result<Response<Body>, Infallible>> + Send>>),
}

impl Future for Answer {
    type Output = Result<Response<Body>, Infallible>;

    fn poll(self: Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<Self::Output> {
        match self.get_mut() {
            Answer::Now(ready) => Pin::new(ready).poll(cx),
            Answer::Later(later) => later.as_mut().poll(cx),
        }
    }
}

/// `GET /metrics`, where Prometheus looks by default (the spec's
/// `<base>/metrics` is the same text through the router).
fn metrics_text(backend: &Backend) -> Response<Body> {
    let text = tokio::task::block_in_place(|| metrics::render(backend));
    let mut resp = Response::new(BoxBody::new(Full::new(Bytes::from(text))));
    resp.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/openmetrics-text; version=1.0.0; charset=utf-8"));
    resp
}

/// Read the whole body, at most [`MAX_BODY`] bytes within `timeout`. A body
/// declared larger is refused before a byte of it is read; one that grows
/// larger is refused as soon as it does, so nothing big is ever buffered.
async fn read_body(headers: &hyper::HeaderMap, body: Incoming, timeout: Option<Duration>) -> Result<Bytes, Response<Body>> {
    let too_large = || closing(error(StatusCode::PAYLOAD_TOO_LARGE, &format!("the request body is larger than {MAX_BODY} bytes")));
    let declared = headers.get(CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_BODY as u64) {
        return Err(too_large());
    }
    let collect = Limited::new(body, MAX_BODY).collect();
    let collected = match timeout {
        Some(t) => tokio::time::timeout(t, collect).await.map_err(|_| {
            closing(error(StatusCode::REQUEST_TIMEOUT, &format!("the request body did not arrive within {}", humantime::format_duration(t))))
        })?,
        None => collect.await,
    };
    match collected {
        Ok(c) => Ok(c.to_bytes()),
        Err(e) if e.downcast_ref::<LengthLimitError>().is_some() => Err(too_large()),
        Err(e) => Err(closing(error(StatusCode::BAD_REQUEST, &format!("reading the request body: {e}")))),
    }
}

/// The rest of the request was not read: the connection cannot carry another.
fn closing(mut resp: Response<Body>) -> Response<Body> {
    resp.headers_mut().insert(CONNECTION, HeaderValue::from_static("close"));
    resp
}

/// Turn a plain-text or empty error of the generated router into the JSON
/// error model; JSON responses pass through untouched.
async fn normalize(resp: Response<Body>, method: &hyper::Method, path: &str) -> Response<Body> {
    let status = resp.status();
    let is_json = resp
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return resp;
    }
    let body = resp.into_body().collect().await.map(|c| c.to_bytes()).unwrap_or_default();
    let text = String::from_utf8_lossy(&body).trim().to_string();
    let message = match status {
        StatusCode::NOT_FOUND => format!("there is no {method} {path} in this API (see {}/swagger.json)", imageapi_generated::BASE_PATH),
        StatusCode::METHOD_NOT_ALLOWED => format!("{path} does not support {method}"),
        _ if text.is_empty() => status.canonical_reason().unwrap_or("request failed").to_string(),
        _ => text,
    };
    log::info!("{method} {path}: {} {message}", status.as_u16());
    let mut resp = error(status, &message);
    if status == StatusCode::METHOD_NOT_ALLOWED {
        if let Some(allowed) = allowed_methods(path) {
            resp.headers_mut().insert(ALLOW, allowed);
        }
    }
    resp
}

/// Whether `path` is one of the spec's paths as written (no template) and
/// does not declare `method`.
fn literal_path_lacks(path: &str, method: &hyper::Method) -> bool {
    let ops = path.strip_prefix(imageapi_generated::BASE_PATH).and_then(|r| crate::schema::spec().get("paths")?.get(r)?.as_object());
    ops.is_some_and(|ops| !ops.contains_key(&method.as_str().to_ascii_lowercase()))
}

/// An empty answer of `status`, for [`normalize`] to fill in.
fn error_status(status: StatusCode) -> Response<Body> {
    let mut resp = Response::new(BoxBody::new(Full::new(Bytes::new())));
    *resp.status_mut() = status;
    resp
}

/// The methods the spec declares for `path`, for the Allow header of a 405.
fn allowed_methods(path: &str) -> Option<HeaderValue> {
    let relative = path.strip_prefix(imageapi_generated::BASE_PATH)?;
    let ops = crate::schema::spec().get("paths")?.get(crate::schema::path_template(relative)?)?.as_object()?;
    // Path-level `parameters` sits beside the methods; it is not one.
    let methods: Vec<String> = ops.keys().filter(|k| *k != "parameters").map(|m| m.to_ascii_uppercase()).collect();
    HeaderValue::from_str(&methods.join(", ")).ok()
}

pub fn error(status: StatusCode, message: &str) -> Response<Body> {
    let body = serde_json::json!({ "code": status.as_u16(), "message": message });
    json(status, Bytes::from(body.to_string()))
}

fn json(status: StatusCode, body: Bytes) -> Response<Body> {
    let mut resp = Response::new(BoxBody::new(Full::new(body)));
    *resp.status_mut() = status;
    resp.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    resp
}
