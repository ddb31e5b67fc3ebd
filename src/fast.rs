//! The fast way of the hot reads: `GET /mount`, `/attach` and `/container`
//! with at most their own query parameters, answered from the backend's
//! kept answers (see `imageapi_backend::answers`) without the generated
//! router, its per-request context and the full query check.
//!
//! The generated router remains the source of these routes: an answer
//! here is the one it gives, byte for byte (status, `x-span-id` taken from
//! the request or a new UUID, `content-type`, body; `tests/fast_reads.rs`
//! compares the two for every GET route and many queries). Whatever is
//! not plainly such a read goes the general way instead: a request with a
//! body, a query with anything but its route's parameters (once each, in
//! plain characters: no escapes to decode), a value the spec refuses, or
//! a read that fails (its error comes from the router, as always).

use crate::http::Body;
use bytes::Bytes;
use http_body_util::{combinators::BoxBody, Full};
use hyper::body::Body as _;
use hyper::header::{HeaderName, HeaderValue, CONTENT_TYPE};
use hyper::{Method, Request, Response};
use imageapi_backend::answers::Read;
use imageapi_backend::{metrics, Backend};
use serde_json::Value;
use std::str::FromStr;
use std::sync::OnceLock;

const X_SPAN_ID: HeaderName = HeaderName::from_static("x-span-id");

/// One route of the fast way, its query parameters as the spec declares them.
struct Route {
    /// The path without the base path.
    path: &'static str,
    /// (name, definition, required), in the spec's order.
    params: Vec<(&'static str, &'static Value, bool)>,
    /// Its operation, for the request metrics.
    op: usize,
}

/// The parameters the fast way turns into a [`Read`], per route: a route
/// whose parameters in the spec are not exactly these is left to the router.
const KNOWN: [(&str, &[&str]); 3] = [("/mount", &["id", "kind"]), ("/attach", &["id", "kind"]), ("/container", &["id", "name", "state"])];

fn routes() -> &'static [Route] {
    static ROUTES: OnceLock<Vec<Route>> = OnceLock::new();
    ROUTES.get_or_init(|| {
        KNOWN
            .iter()
            .filter_map(|(path, names)| {
                let full = format!("{}{path}", imageapi_generated::BASE_PATH);
                let params = crate::schema::query_parameters("GET", &full);
                let mut declared: Vec<&str> = params.iter().map(|p| p.0).collect();
                declared.sort_unstable();
                let mut known = names.to_vec();
                known.sort_unstable();
                (declared == known).then(|| Route { path, params, op: metrics::operation("GET", &full) })
            })
            .collect()
    })
}

/// The answer of `req` if it is a plain hot read that succeeds, with the
/// operation to count it under.
pub fn answer(backend: &Backend, req: &Request<hyper::body::Incoming>) -> Option<(usize, Response<Body>)> {
    if req.method() != Method::GET || !req.body().is_end_stream() {
        return None;
    }
    let path = req.uri().path().strip_prefix(imageapi_generated::BASE_PATH)?;
    let route = routes().iter().find(|r| r.path == path)?;
    let mut values: [Option<&str>; 3] = [None; 3];
    if let Some(query) = req.uri().query() {
        for pair in query.split('&') {
            // Nothing the router would decode (`%`, `+`) or split on.
            if !pair.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~=".contains(&b)) {
                return None;
            }
            let (name, value) = pair.split_once('=')?;
            let i = route.params.iter().position(|p| p.0 == name)?;
            if values[i].replace(value).is_some() {
                return None;
            }
        }
    }
    for (&(name, def, required), value) in route.params.iter().zip(values) {
        match value {
            Some(v) => crate::schema::query_value(name, v, def).ok()?,
            None if required => return None,
            None => {}
        }
    }
    let get = |name: &str| route.params.iter().position(|p| p.0 == name).and_then(|i| values[i]);
    let read = match route.path {
        "/mount" => Read::Mounts { id: parsed(get("id"))?, kind: parsed(get("kind"))? },
        "/attach" => Read::Attachments { id: parsed(get("id"))?, kind: parsed(get("kind"))? },
        _ => Read::Containers { id: parsed(get("id"))?, name: parsed(get("name"))?, state: parsed(get("state"))? },
    };
    // A panic or an error is the router's to answer (with a 500 or the error).
    let body = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| backend.answer(&read))).ok()?.ok()?;
    let span = span_id(req);
    // The router's line for the same read, saying which way it went.
    let op = match read {
        Read::Mounts { .. } => "list_mounts",
        Read::Attachments { .. } => "list_attachments",
        Read::Containers { .. } => "list_containers",
    };
    log::debug!("[{}] {op}: ok, in place", span.to_str().unwrap_or_default());
    Some((route.op, ok(span, body)))
}

/// An optional parameter's text as the router parses it; None if it does not parse.
fn parsed<T: FromStr>(text: Option<&str>) -> Option<Option<T>> {
    match text {
        None => Some(None),
        Some(t) => t.parse().ok().map(Some),
    }
}

/// The request's X-Span-ID if it is plain text, else a new UUID (v4), as
/// the generated router's context has it.
fn span_id<B>(req: &Request<B>) -> HeaderValue {
    match req.headers().get(X_SPAN_ID) {
        Some(v) if v.to_str().is_ok() => v.clone(),
        _ => {
            let mut text = uuid::Uuid::encode_buffer();
            HeaderValue::from_str(uuid::Uuid::new_v4().hyphenated().encode_lower(&mut text)).expect("a UUID is a header value")
        }
    }
}

/// A 200 with the headers of the router's, in its order.
fn ok(span: HeaderValue, body: Bytes) -> Response<Body> {
    let mut resp = Response::new(BoxBody::new(Full::new(body)));
    resp.headers_mut().insert(X_SPAN_ID, span);
    resp.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fast_route_has_the_parameters_the_spec_declares() {
        let paths: Vec<&str> = routes().iter().map(|r| r.path).collect();
        assert_eq!(paths, ["/mount", "/attach", "/container"], "a route whose spec parameters changed is left to the router");
    }

    #[test]
    fn span_ids_are_the_requests_or_new_uuids() {
        let req = |v: Option<&[u8]>| {
            let mut b = Request::builder();
            if let Some(v) = v {
                b = b.header("X-Span-ID", HeaderValue::from_bytes(v).unwrap());
            }
            b.body(()).unwrap()
        };
        assert_eq!(span_id(&req(Some(b"abc-1"))), "abc-1");
        for generated in [span_id(&req(None)), span_id(&req(Some(b"caf\xc3\xa9")))] {
            let text = generated.to_str().unwrap();
            let uuid = uuid::Uuid::parse_str(text).unwrap();
            assert_eq!((uuid.get_version_num(), text.len(), text.to_lowercase()), (4, 36, text.to_string()));
        }
    }

    #[test]
    fn parameters_parse_as_the_router_parses_them() {
        assert_eq!(parsed::<i64>(Some("12")), Some(Some(12)));
        assert_eq!(parsed::<i64>(Some("x")), None);
        assert_eq!(parsed::<i64>(None), Some(None));
        assert_eq!(parsed::<imageapi_generated::models::ListMountsKindParameter>(Some("bind")).map(|k| k.map(|k| k.to_string())), Some(Some("bind".into())));
    }
}
