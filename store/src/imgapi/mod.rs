//! The IMGAPI subset that SmartOS `imgadm` and Triton's clients use, on the
//! serve listener: ping, list, get, get file, create, add file, activate /
//! enable / disable, delete; IMGAPI's manifest fields and its error form
//! (`{"code": "ResourceNotFound", "message": ...}`). Reads are public;
//! writes need HTTP basic credentials of the users file.

use crate::error::{Cause, Error, Kind};
use crate::http::{query, Body};
use crate::users::Verdict;
use crate::{Expect, Manifest, NewImage, State, Store, Users};
use http_body_util::BodyExt;
use hyper::body::Incoming;
use hyper::header::{HeaderValue, AUTHORIZATION, ORIGIN, RETRY_AFTER, WWW_AUTHENTICATE};
use hyper::{Method, Request, Response, StatusCode};
use serde_json::{json, Map, Value};
use std::time::Duration;

mod list;
mod update;

/// The largest manifest a client may send.
const MAX_MANIFEST: usize = 64 << 10;
/// The owner IMGAPI clients see: this store has no accounts.
pub(crate) const OWNER: &str = "00000000-0000-0000-0000-000000000000";

/// Serve an IMGAPI request; `rest` is the path after `/images` split on '/'.
pub async fn handle(store: &Store, users: Option<&Users>, req: Request<Incoming>, rest: &[&str], read_timeout: Option<Duration>) -> Response<Body> {
    let method = req.method().clone();
    let writes = !matches!(method, Method::GET | Method::HEAD);
    if writes {
        // IMGAPI clients are programs; a page a browser opened is not one,
        // even if the browser remembers a user's credentials for this site.
        if let Some(origin) = req.headers().get(ORIGIN) {
            let origin = String::from_utf8_lossy(origin.as_bytes()).into_owned();
            log::warn!("imgapi: 403 {method} {}: refusing a write from a web page of {origin}", req.uri().path());
            return error(403, "NotAuthorizedError", &format!("writes from web pages ({origin}) are refused: use an IMGAPI client"));
        }
        let auth = req.headers().get(AUTHORIZATION).and_then(|v| v.to_str().ok());
        let verdict = match users {
            Some(u) => u.check(auth).await,
            None => Verdict::Refused,
        };
        match verdict {
            Verdict::User(_) => {}
            Verdict::Refused => {
                let mut resp = error(401, "UnauthorizedError", "this request changes the store: it needs the credentials of a user of the users file");
                resp.headers_mut().insert(WWW_AUTHENTICATE, HeaderValue::from_static("Basic realm=\"imageapi\""));
                return resp;
            }
            Verdict::Busy => {
                log::warn!("imgapi: 503 {method} {}: too many password checks are waiting", req.uri().path());
                let mut resp = error(503, "ServiceUnavailableError", "too many requests are having their credentials checked: try again in a moment");
                resp.headers_mut().insert(RETRY_AFTER, HeaderValue::from_static("1"));
                return resp;
            }
        }
    }
    let q = query(req.uri().query());
    let param = |k: &str| q.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let result = match (&method, rest) {
        (&Method::GET, []) => list::list(store, &q).map(|images| (StatusCode::OK, Value::Array(images))),
        (&Method::POST, []) => match read_json(req.into_body(), read_timeout).await {
            Ok(body) => create(store, body),
            Err(e) => Err(e),
        },
        (&Method::GET, [uuid]) => find(store, uuid).map(|m| (StatusCode::OK, view(&m))),
        (&Method::POST, [uuid]) => match param("action").as_deref() {
            Some("update") => {
                let body = match read_json(req.into_body(), read_timeout).await {
                    Ok(body) => body,
                    Err(e) => return failure(&e),
                };
                match find(store, uuid).map(|m| update::update(store, &m.uuid, body)) {
                    Ok(Ok(m)) => Ok((StatusCode::OK, view(&m))),
                    Ok(Err(update::Rejection::Fields(refused))) => return validation_failed(&refused),
                    Ok(Err(update::Rejection::Store(e))) | Err(e) => Err(e),
                }
            }
            Some(action @ ("activate" | "enable" | "disable")) => {
                let m = find(store, uuid).and_then(|m| tokio::task::block_in_place(|| store.set_state(&m.uuid, action)));
                m.map(|m| (StatusCode::OK, view(&m)))
            }
            Some(other) => Err(Error::invalid(format!("action \"{other}\" is not supported here (activate, enable, disable, update)"))),
            None => Err(Error::invalid("the action query parameter is missing (activate, enable, disable, update)")),
        },
        (&Method::DELETE, [uuid]) => find(store, uuid)
            .and_then(|m| tokio::task::block_in_place(|| store.delete(&m.uuid)))
            .map(|_| (StatusCode::NO_CONTENT, Value::Null)),
        (&Method::GET | &Method::HEAD, [uuid, "file"]) => {
            let head = method == Method::HEAD;
            return match find(store, uuid).and_then(|m| store.open_file(&m.uuid)) {
                Ok(open) if open.manifest.state == State::Active || open.manifest.state == State::Disabled => {
                    crate::http::send_image(open, req.headers(), head)
                }
                Ok(open) => failure(&Error::not_found(format!("image {} is not active", open.manifest.uuid))),
                Err(e) => failure(&e),
            };
        }
        (&Method::PUT, [uuid, "file"]) => {
            let compression = param("compression").unwrap_or_else(|| "none".into());
            let expect = Expect { sha1: param("sha1"), sha256: None, size: param("size").and_then(|s| s.parse().ok()) };
            match find(store, uuid) {
                Ok(m) => match crate::http::upload(store, &m.uuid, expect, req.into_body(), read_timeout).await {
                    Ok(_) => store.annotate(&m.uuid, "compression", json!(compression)).map(|m| (StatusCode::OK, view(&m))),
                    Err(e) => Err(e),
                },
                Err(e) => Err(e),
            }
        }
        _ => return error(405, "BadMethod", &format!("{method} is not supported on this path")),
    };
    match result {
        Ok((status, Value::Null)) => crate::http::empty(status),
        Ok((status, v)) => crate::http::json(status, &v),
        Err(e) => failure(&e),
    }
}

/// GET /ping.
pub fn ping() -> Response<Body> {
    crate::http::json(StatusCode::OK, &json!({"ping": "pong", "imgapi": true, "version": env!("CARGO_PKG_VERSION"), "pid": std::process::id()}))
}

fn find(store: &Store, uuid: &str) -> Result<Manifest, Error> {
    store.get(uuid).map_err(|e| match e.kind {
        Kind::Invalid => Error::not_found(format!("image \"{uuid}\" was not found (not a uuid)")),
        _ => e,
    })
}

fn create(store: &Store, body: Value) -> Result<(StatusCode, Value), Error> {
    let Value::Object(mut fields) = body else { return Err(Error::invalid("the manifest must be a JSON object")) };
    let text = |fields: &Map<String, Value>, k: &str| fields.get(k).and_then(Value::as_str).map(str::to_string);
    let name = text(&fields, "name").ok_or_else(|| Error::invalid("the manifest needs a name"))?;
    let version = text(&fields, "version").ok_or_else(|| Error::invalid("the manifest needs a version"))?;
    let given_type = text(&fields, "type").unwrap_or_else(|| "other".into());
    let kind = if crate::manifest::TYPES.contains(&given_type.as_str()) { given_type.clone() } else { "file".into() };
    let tags = fields
        .get("tags")
        .and_then(Value::as_object)
        .map(|t| t.iter().map(|(k, v)| (k.clone(), v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string()))).collect())
        .unwrap_or_default();
    let new = NewImage { name, version, kind, os: text(&fields, "os"), description: text(&fields, "description"), tags, imgapi: None };
    // What the store does not model is kept for IMGAPI clients.
    for k in ["uuid", "v", "name", "version", "os", "description", "tags", "state", "disabled", "files", "published_at", "owner"] {
        fields.remove(k);
    }
    fields.insert("type".into(), json!(given_type));
    let new = NewImage { imgapi: Some(fields), ..new };
    let m = tokio::task::block_in_place(|| store.create(new))?;
    Ok((StatusCode::OK, view(&m)))
}

/// A manifest as IMGAPI clients know it.
pub fn view(m: &Manifest) -> Value {
    let extra = m.imgapi.clone().unwrap_or_default();
    let state = match m.state {
        State::Unactivated | State::Uploading => "unactivated",
        State::Downloading => "creating",
        State::Active => "active",
        State::Disabled => "disabled",
        State::Failed => "failed",
    };
    let mut v = json!({
        "v": 2,
        "uuid": m.uuid,
        "owner": OWNER,
        "name": m.name,
        "version": m.version,
        "state": state,
        "disabled": m.state == State::Disabled,
        "public": true,
        "type": extra.get("type").cloned().unwrap_or_else(|| json!(m.kind)),
        "os": m.os.clone().unwrap_or_else(|| "other".into()),
    });
    let o = v.as_object_mut().expect("an object");
    for (k, val) in extra.iter().filter(|(k, _)| *k != "compression" && *k != "type") {
        o.insert(k.clone(), val.clone());
    }
    if let Some(d) = &m.description {
        o.insert("description".into(), json!(d));
    }
    if !m.tags.is_empty() {
        o.insert("tags".into(), json!(m.tags));
    }
    if let Some(p) = &m.published_at {
        o.insert("published_at".into(), json!(p));
    }
    if let (Some(sha1), Some(size)) = (&m.sha1, m.size) {
        let compression = extra.get("compression").cloned().unwrap_or_else(|| json!("none"));
        o.insert("files".into(), json!([{"sha1": sha1, "size": size, "compression": compression, "sha256": m.sha256}]));
    }
    if let Some(e) = &m.error {
        o.insert("error".into(), json!({"message": e}));
    }
    v
}

async fn read_json(body: Incoming, read_timeout: Option<Duration>) -> Result<Value, Error> {
    let collect = http_body_util::Limited::new(body, MAX_MANIFEST).collect();
    let collected = match read_timeout {
        Some(t) => tokio::time::timeout(t, collect).await.map_err(|_| Error::invalid("the manifest did not arrive in time"))?,
        None => collect.await,
    };
    let bytes = collected.map_err(|e| Error::invalid(format!("reading the manifest (at most {MAX_MANIFEST} bytes): {e}")))?.to_bytes();
    serde_json::from_slice(&bytes).map_err(|e| Error::invalid(format!("the manifest is not JSON: {e}")))
}

/// IMGAPI's name and status for one of our failures.
fn failure(e: &Error) -> Response<Body> {
    let (status, code) = match (e.kind, e.cause) {
        (Kind::NotFound, _) => (404, "ResourceNotFound"),
        (Kind::Invalid, Cause::BadFile) => (400, "Upload"),
        (Kind::Invalid, _) => (422, "InvalidParameter"),
        (Kind::Busy, Cause::NoFile) => (422, "NoActivationNoFile"),
        (Kind::Busy, Cause::FileImmutable) => (422, "ImageFilesImmutable"),
        (Kind::Busy, _) => (409, "ConflictError"),
        (Kind::Range, _) => (416, "RequestedRangeNotSatisfiable"),
        (Kind::Internal, _) => (500, "InternalError"),
        (Kind::Unavailable, _) => (503, "ServiceUnavailableError"),
        (Kind::InsufficientStorage, _) => (507, "InsufficientStorageError"),
    };
    if e.kind == Kind::Internal {
        log::error!("imgapi: {}", e.message);
    } else {
        log::info!("imgapi: {status} {code}: {}", e.message);
    }
    error(status, code, &e.message)
}

/// IMGAPI's answer to a body with fields it may not carry.
fn validation_failed(refused: &[update::Refused]) -> Response<Body> {
    let errors: Vec<Value> = refused.iter().map(|r| json!({"field": r.field, "code": r.code, "message": r.message})).collect();
    let message = refused.iter().map(|r| r.message.as_str()).collect::<Vec<_>>().join("; ");
    log::info!("imgapi: 422 ValidationFailed: {message}");
    crate::http::json(StatusCode::UNPROCESSABLE_ENTITY, &json!({"code": "ValidationFailed", "message": message, "errors": errors}))
}

fn error(status: u16, code: &str, message: &str) -> Response<Body> {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    crate::http::json(status, &json!({"code": code, "message": message}))
}
