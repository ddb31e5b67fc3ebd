//! The HTTP service in front of the generated router: it serves the spec,
//! bounds request bodies, and makes sure every error leaves as the API's
//! JSON error model (the generated router answers some errors, such as a
//! body that does not parse, in plain text).

use bytes::Bytes;
use http_body_util::{combinators::BoxBody, BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::header::{HeaderValue, CONTENT_TYPE};
use hyper::{Request, Response, StatusCode};
use imageapi_backend::{api::Server, Backend};
use imageapi_generated::server::context::AddContext;
use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use swagger::{ContextBuilder, EmptyContext};

/// The spec, converted to JSON by build.rs.
const SPEC_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/swagger.json"));
/// The largest request body accepted; definitions are a few KiB.
const MAX_BODY: usize = 1 << 20;

type Generated = AddContext<imageapi_generated::server::Service<Server, Context>, EmptyContext>;
type Context = swagger::make_context_ty!(ContextBuilder, EmptyContext, Option<swagger::auth::AuthData>, swagger::XSpanIdString);
type Body = BoxBody<Bytes, Infallible>;

#[derive(Clone)]
pub struct Service {
    inner: Generated,
}

impl Service {
    pub fn new(backend: Backend) -> Service {
        let api = imageapi_generated::server::Service::new(Server::new(backend), false);
        Service { inner: AddContext::new(api) }
    }
}

impl hyper::service::Service<Request<Incoming>> for Service {
    type Response = Response<Body>;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Infallible>> + Send>>;

    fn call(&self, req: Request<Incoming>) -> Self::Future {
        let inner = self.inner.clone();
        Box::pin(async move {
            let (method, path) = (req.method().clone(), req.uri().path().to_string());
            if method == hyper::Method::GET && path == format!("{}/swagger.json", imageapi_generated::BASE_PATH) {
                return Ok(json(StatusCode::OK, Bytes::from_static(SPEC_JSON.as_bytes())));
            }
            let req = req.map(|b| Limited::new(b, MAX_BODY));
            let resp = match hyper::service::Service::call(&inner, req).await {
                Ok(r) => r,
                Err(e) => return Ok(error(StatusCode::INTERNAL_SERVER_ERROR, &format!("serving {method} {path}: {e}"))),
            };
            Ok(normalize(resp, &method, &path).await)
        })
    }
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
    error(status, &message)
}

fn error(status: StatusCode, message: &str) -> Response<Body> {
    let body = serde_json::json!({ "code": status.as_u16(), "message": message });
    json(status, Bytes::from(body.to_string()))
}

fn json(status: StatusCode, body: Bytes) -> Response<Body> {
    let mut resp = Response::new(BoxBody::new(Full::new(body)));
    *resp.status_mut() = status;
    resp.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    resp
}
