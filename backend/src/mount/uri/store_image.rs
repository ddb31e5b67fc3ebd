//! A `uri` mount of an image of another server's store (`image` with `url`
//! the store's serve listener): the manifest is read from the store's
//! IMGAPI routes first, and only an active image with a complete file is
//! downloaded, from `/images/<uuid>/file`, checked against the manifest's
//! sha256 and size. What the client names is never trusted over what the
//! store says: a `sha256` given as well must be the manifest's.

use super::fetch;
use crate::error::{Error, Kind, Result};
use std::io::Read;

/// The largest manifest (or listing of one name and version) read.
const MAX_MANIFEST: u64 = 1 << 20;

/// How the client named the image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Name {
    Uuid(String),
    Label { name: String, version: String },
}

/// What the store's manifest says of the image to download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    /// Where its file is.
    pub file_url: String,
    pub sha256: String,
    pub size: u64,
}

/// Check the form of `image`: a uuid, or `name/version`.
pub fn parse(at: &str, image: &str) -> Result<Name> {
    if imageapi_store::manifest::check_uuid(image).is_ok() {
        return Ok(Name::Uuid(image.to_string()));
    }
    let refused = |why: String| Error::invalid(format!("{at}.image: \"{}\" {why}", image.escape_debug()));
    let Some((name, version)) = image.split_once('/') else {
        return Err(refused("is neither a uuid (lower-case, hyphenated) nor name/version".into()));
    };
    for (what, v) in [("name", name), ("version", version)] {
        imageapi_store::manifest::check_label(what, v).map_err(|e| refused(format!("is not name/version: {}", e.message)))?;
    }
    Ok(Name::Label { name: name.to_string(), version: version.to_string() })
}

/// The serve listener's base URL with no trailing '/'.
fn base(url: &str) -> &str {
    url.trim_end_matches('/')
}

/// Read the image's manifest from the store at `store` and check it can be
/// downloaded: it exists, is active and has a complete file.
pub fn resolve(store: &str, name: &Name) -> Result<Resolved> {
    let refused = |why: String| Error::new(Kind::Unprocessable, why);
    let (manifest, shown) = match name {
        Name::Uuid(uuid) => {
            let url = format!("{}/images/{uuid}", base(store));
            (get_json(&url, &format!("image {uuid}"), store)?, uuid.clone())
        }
        Name::Label { name, version } => {
            let url = format!("{}/images?state=all&name={}&version={}", base(store), query(name), query(version));
            let shown = format!("{name}/{version}");
            let listed = get_json(&url, &format!("image {shown}"), store)?;
            let mut found: Vec<serde_json::Value> = listed.as_array().cloned().unwrap_or_default();
            found.retain(|m| m["name"] == name.as_str() && m["version"] == version.as_str());
            match found.len() {
                0 => return Err(refused(format!("the store at {store} has no image {shown}"))),
                1 => (found.remove(0), shown),
                n => return Err(refused(format!("the store at {store} lists {n} images as {shown}; a name and version should name one"))),
            }
        }
    };
    let text = |k: &str| manifest[k].as_str().map(str::to_string);
    let uuid = text("uuid").filter(|u| imageapi_store::manifest::check_uuid(u).is_ok());
    let Some(uuid) = uuid else { return Err(refused(format!("the manifest of image {shown} from {store} has no valid uuid"))) };
    let state = text("state").unwrap_or_default();
    if state != "active" || manifest["disabled"] == true {
        let state = if state.is_empty() { "without a state".to_string() } else { state };
        return Err(refused(format!("image {shown} of the store at {store} is {state}, not active: it is not downloaded")));
    }
    let file = &manifest["files"][0];
    let sha256 = file["sha256"].as_str().filter(|h| h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit()));
    let (Some(sha256), Some(size)) = (sha256, file["size"].as_u64()) else {
        return Err(refused(format!("the manifest of image {shown} from {store} gives no sha256 and size of its file")));
    };
    Ok(Resolved { file_url: format!("{}/images/{uuid}/file", base(store)), sha256: sha256.to_ascii_lowercase(), size })
}

/// GET `url` and parse its JSON body; a 404 means the store has no `what`.
fn get_json(url: &str, what: &str, store: &str) -> Result<serde_json::Value> {
    let source = fetch::open(url).map_err(|e| match e.kind {
        Kind::Unprocessable if e.message.ends_with("HTTP 404") => Error::new(Kind::Unprocessable, format!("the store at {store} has no {what} (HTTP 404 from {url})")),
        _ => Error::new(e.kind, format!("reading the manifest of {what}: {}", e.message)),
    })?;
    let mut body = Vec::new();
    source.into_reader().take(MAX_MANIFEST + 1).read_to_end(&mut body).map_err(|e| Error::internal(format!("reading {url}: {e}")))?;
    if body.len() as u64 > MAX_MANIFEST {
        return Err(Error::new(Kind::Unprocessable, format!("{url} answers more than {MAX_MANIFEST} bytes; it is not a store's manifest")));
    }
    serde_json::from_slice(&body).map_err(|e| Error::new(Kind::Unprocessable, format!("{url} does not answer a store's JSON manifest: {e}")))
}

/// `s` as a query value (names and versions hold only `[A-Za-z0-9._+-]`;
/// `+` is the one that needs escaping).
fn query(s: &str) -> String {
    s.replace('+', "%2B")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        let u = "3f2c8b1e-4a5d-4e6f-8a9b-0c1d2e3f4a5b";
        assert_eq!(parse("m", u).unwrap(), Name::Uuid(u.into()));
        assert_eq!(parse("m", "busybox/1.36+x").unwrap(), Name::Label { name: "busybox".into(), version: "1.36+x".into() });
        for bad in ["busybox", "a/b/c", "/1", "busybox/", "../x", "3F2C8B1E-4A5D-4E6F-8A9B-0C1D2E3F4A5B"] {
            let e = parse("mount.uri", bad).unwrap_err();
            assert_eq!(e.kind.status(), 400, "{bad}");
            assert!(e.message.starts_with("mount.uri.image:"), "{bad}: {}", e.message);
        }
    }
}
