//! How the command reaches the server: the unix socket (default), or
//! http(s) with TLS and a client certificate. Both feed the client the
//! generator emits from swagger.yaml, plus a raw request for the streamed
//! answers (`logs -f`), which that client would buffer whole.

use bytes::Bytes;
use http_body_util::{BodyExt, Empty};
use hyper::body::Incoming;
use hyper::{Request, Response, Uri};
use hyper_util::client::legacy::connect::{Connect, Connected, Connection};
use hyper_util::rt::TokioIo;
use imageapi_generated::client::Client;
use imageapi_generated::Api;
use std::future::Future;
use std::io;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use swagger::{AuthData, ContextBuilder, EmptyContext, Push, XSpanIdString};

/// The context every generated call carries (a span id for the server's log).
pub type Ctx = swagger::make_context_ty!(ContextBuilder, EmptyContext, Option<AuthData>, XSpanIdString);

/// Where and how to connect.
#[derive(Debug, Clone)]
pub enum Target {
    Unix(PathBuf),
    Http(String),
    Https { url: String, ca: Option<PathBuf>, identity: Option<(PathBuf, PathBuf)> },
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Target::Unix(p) => write!(f, "{}", p.display()),
            Target::Http(u) | Target::Https { url: u, .. } => f.write_str(u),
        }
    }
}

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

/// A request body: empty, or streamed (an upload).
pub type RawBody = http_body_util::combinators::BoxBody<Bytes, io::Error>;

/// A request whose body is streamed and whose answer is read as it arrives.
trait Raw: Send + Sync {
    fn send(&self, req: Request<RawBody>) -> BoxFuture<Result<Response<Incoming>, String>>;
}

impl<C: Connect + Clone + Send + Sync + 'static> Raw for hyper_util::client::legacy::Client<C, RawBody> {
    fn send(&self, req: Request<RawBody>) -> BoxFuture<Result<Response<Incoming>, String>> {
        let client = self.clone();
        Box::pin(async move { client.request(req).await.map_err(|e| error_chain(&e)) })
    }
}

/// A connection to the server: the generated API and the raw GET.
pub struct Conn {
    pub api: Box<dyn Api<Ctx> + Send + Sync>,
    raw: Box<dyn Raw>,
    pub ctx: Ctx,
    /// `scheme://host[:port]` the request URIs start with.
    origin: String,
    pub target: Target,
}

impl Conn {
    pub fn open(target: Target) -> Result<Conn, String> {
        match &target {
            Target::Unix(path) => {
                // The host is never looked at: the socket is the server.
                let connector = UnixConnector(Arc::new(path.clone()));
                Conn::with(connector, "http://localhost", Some("http"), target)
            }
            Target::Http(url) => {
                let origin = origin(url)?;
                Conn::with(hyper_util::client::legacy::connect::HttpConnector::new(), &origin, Some("http"), target)
            }
            Target::Https { url, ca, identity } => {
                let origin = origin(url)?;
                let mut b = swagger::Connector::builder().https();
                if let Some(ca) = ca {
                    b = b.pin_server_certificate(ca);
                }
                if let Some((cert, key)) = identity {
                    b = b.client_authentication(key, cert);
                }
                let connector = b.build().map_err(|e| format!("setting up TLS: {e}"))?;
                Conn::with(connector, &origin, Some("https"), target)
            }
        }
    }

    fn with<C: Connect + Clone + Send + Sync + 'static>(connector: C, origin: &str, scheme: Option<&'static str>, target: Target) -> Result<Conn, String> {
        let api = Client::try_new_with_connector(origin, scheme, connector.clone()).map_err(|e| format!("{target}: {e:?}"))?;
        let raw = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new()).build::<_, RawBody>(connector);
        let ctx: Ctx = swagger::make_context!(ContextBuilder, EmptyContext, None as Option<AuthData>, XSpanIdString::default());
        Ok(Conn { api: Box::new(api), raw: Box::new(raw), ctx, origin: origin.trim_end_matches('/').to_string(), target })
    }

    /// GET `path_and_query` (with the base path); the body is read by the caller.
    pub async fn get_stream(&self, path_and_query: &str) -> Result<Response<Incoming>, String> {
        let empty = Empty::new().map_err(|never| match never {}).boxed();
        self.send("GET", path_and_query, empty, None).await
    }

    /// `method path_and_query` with `body` (of `len` bytes, if known).
    pub async fn send(&self, method: &str, path_and_query: &str, body: RawBody, len: Option<u64>) -> Result<Response<Incoming>, String> {
        let uri: Uri = format!("{}{}", self.origin, path_and_query).parse().map_err(|e| format!("{path_and_query}: {e}"))?;
        let mut req = Request::builder().method(method).uri(uri);
        if let Some(len) = len {
            req = req.header(hyper::header::CONTENT_LENGTH, len).header(hyper::header::CONTENT_TYPE, "application/octet-stream");
        }
        let req = req.body(body).map_err(|e| e.to_string())?;
        self.raw.send(req).await.map_err(|e| format!("cannot reach the server at {}: {e}", self.target))
    }
}

/// Read a whole (small) answer body.
pub async fn body_text(resp: Response<Incoming>) -> Result<String, String> {
    let bytes = resp.into_body().collect().await.map_err(|e| e.to_string())?.to_bytes();
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// `scheme://host[:port]` of a URL given with --url (a path after it is ignored).
fn origin(url: &str) -> Result<String, String> {
    let uri: Uri = url.parse().map_err(|e| format!("--url {url}: {e}"))?;
    match (uri.scheme_str(), uri.authority()) {
        (Some(s), Some(a)) => Ok(format!("{s}://{a}")),
        _ => Err(format!("--url {url}: give scheme and host, e.g. https://node1:8443")),
    }
}

/// An error with its sources, which hyper keeps apart ("client error
/// (Connect)" alone says little).
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

/// Connects every request to one unix socket.
#[derive(Clone)]
struct UnixConnector(Arc<PathBuf>);

impl tower_service::Service<Uri> for UnixConnector {
    type Response = UnixConn;
    type Error = io::Error;
    type Future = BoxFuture<io::Result<UnixConn>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, _: Uri) -> Self::Future {
        let path = self.0.clone();
        Box::pin(async move {
            let stream = tokio::net::UnixStream::connect(&*path)
                .await
                .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
            Ok(UnixConn(TokioIo::new(stream)))
        })
    }
}

/// A unix stream as hyper's client wants a connection.
struct UnixConn(TokioIo<tokio::net::UnixStream>);

impl Connection for UnixConn {
    fn connected(&self) -> Connected {
        Connected::new()
    }
}

impl hyper::rt::Read for UnixConn {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: hyper::rt::ReadBufCursor<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().0).poll_read(cx, buf)
    }
}

impl hyper::rt::Write for UnixConn {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().0).poll_write(cx, buf)
    }
    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().0).poll_flush(cx)
    }
    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().0).poll_shutdown(cx)
    }
}
