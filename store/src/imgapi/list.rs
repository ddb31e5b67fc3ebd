//! ListImages as IMGAPI defines it: the filters (`name`, `version` with
//! `~` for a substring, `type` with `!` to exclude, `os`, `state`, `public`,
//! `owner`, `tag.KEY`, `billing_tag`), the order (`sort=published_at[.asc|
//! .desc]`) and the pages (`limit`, at most 1000, and `marker`, an image's
//! uuid or a date: the page starts at that image, or at that time).
//!
//! Images are ordered by their publication time (their creation time
//! while unpublished), ties by uuid, so a page that starts at the last
//! image of the one before repeats exactly that image and skips none,
//! however many images share a second.

use super::{view, OWNER};
use crate::error::{Error, Result};
use crate::{Filter, Manifest, Store};
use serde_json::Value;
use std::cmp::Ordering;
use std::time::SystemTime;

/// The largest page, and the page when no `limit` is given.
const MAX_LIMIT: usize = 1000;

/// The images of one ListImages request, as IMGAPI clients see them.
pub fn list(store: &Store, params: &[(String, String)]) -> Result<Vec<Value>> {
    let query = Query::parse(params)?;
    let mut images: Vec<(Key, Value)> = store
        .list(&Filter::default())?
        .iter()
        .map(|m| (Key::of(m), view(m)))
        .filter(|(_, v)| query.matches(v))
        .collect();
    images.sort_by(|a, b| a.0.cmp(&b.0));
    if query.descending {
        images.reverse();
    }
    let start = match &query.marker {
        None => None,
        Some(Marker::Image(uuid)) => {
            let m = store.get(uuid).map_err(|_| Error::invalid(format!("marker \"{uuid}\" is not the uuid of an image of this store")))?;
            Some(Key::of(&m))
        }
        Some(Marker::Time(t)) => Some(Key { time: *t, uuid: String::new() }),
    };
    Ok(images
        .into_iter()
        .filter(|(k, _)| match &start {
            None => true,
            // A date marker has no uuid: every image of that second is on the page.
            Some(s) if query.descending && s.uuid.is_empty() => k.time <= s.time,
            Some(s) if query.descending => k.cmp(s) != Ordering::Greater,
            Some(s) => k.cmp(s) != Ordering::Less,
        })
        .take(query.limit)
        .map(|(_, v)| v)
        .collect())
}

/// Where an image stands in the listing.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Key {
    time: SystemTime,
    uuid: String,
}

impl Key {
    /// An image's place: its publication time, or its creation time while unpublished.
    fn of(m: &Manifest) -> Key {
        let time = m.published_at.as_deref().unwrap_or(&m.created);
        Key { time: humantime::parse_rfc3339_weak(time).unwrap_or(SystemTime::UNIX_EPOCH), uuid: m.uuid.clone() }
    }
}

enum Marker {
    Image(String),
    Time(SystemTime),
}

/// A text filter: the whole value, or (`~`) a part of it.
enum Text {
    Is(String),
    Has(String),
}

impl Text {
    fn new(v: String) -> Text {
        match v.strip_prefix('~') {
            Some(part) => Text::Has(part.to_string()),
            None => Text::Is(v),
        }
    }
    fn matches(&self, v: &Value) -> bool {
        let s = v.as_str().unwrap_or_default();
        match self {
            Text::Is(want) => s == want,
            Text::Has(part) => s.contains(part.as_str()),
        }
    }
}

struct Query {
    name: Option<Text>,
    version: Option<Text>,
    state: Option<String>,
    /// `(type, wanted)`: `!type` excludes it.
    kind: Option<(String, bool)>,
    os: Option<String>,
    public: Option<bool>,
    owner: Option<String>,
    tags: Vec<(String, String)>,
    billing_tags: Vec<String>,
    descending: bool,
    limit: usize,
    marker: Option<Marker>,
}

impl Query {
    fn parse(params: &[(String, String)]) -> Result<Query> {
        let param = |k: &str| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
        let invalid = |name: &str, v: &str, why: &str| Error::invalid(format!("query parameter {name} \"{v}\" {why}"));
        let state = param("state").unwrap_or_else(|| "active".into());
        if !["active", "disabled", "unactivated", "creating", "failed", "all"].contains(&state.as_str()) {
            return Err(invalid("state", &state, "is not one of active, disabled, unactivated, creating, failed, all"));
        }
        let public = match param("public").as_deref() {
            None => None,
            Some("true") => Some(true),
            Some("false") => Some(false),
            Some(v) => return Err(invalid("public", v, "is not true or false")),
        };
        let descending = match param("sort").as_deref() {
            None | Some("published_at") | Some("published_at.asc") => false,
            Some("published_at.desc") => true,
            Some(v) => return Err(invalid("sort", v, "is not published_at, published_at.asc or published_at.desc")),
        };
        let limit = match param("limit") {
            None => MAX_LIMIT,
            Some(v) => match v.parse::<usize>() {
                Ok(n) if (1..=MAX_LIMIT).contains(&n) => n,
                _ => return Err(invalid("limit", &v, &format!("is not a number from 1 to {MAX_LIMIT}"))),
            },
        };
        let marker = match param("marker") {
            None => None,
            Some(v) if uuid::Uuid::parse_str(&v).is_ok() => Some(Marker::Image(v.to_ascii_lowercase())),
            Some(v) => match humantime::parse_rfc3339_weak(&v) {
                Ok(t) => Some(Marker::Time(t)),
                Err(_) => return Err(invalid("marker", &v, "is neither an image's uuid nor a date (RFC 3339)")),
            },
        };
        Ok(Query {
            name: param("name").map(Text::new),
            version: param("version").map(Text::new),
            state: (state != "all").then_some(state),
            kind: param("type").map(|t| match t.strip_prefix('!') {
                Some(not) => (not.to_string(), false),
                None => (t, true),
            }),
            os: param("os"),
            public,
            owner: param("owner"),
            tags: params.iter().filter_map(|(k, v)| k.strip_prefix("tag.").map(|k| (k.to_string(), v.clone()))).collect(),
            billing_tags: params.iter().filter(|(k, _)| k == "billing_tag").map(|(_, v)| v.clone()).collect(),
            descending,
            limit,
            marker,
        })
    }

    fn matches(&self, v: &Value) -> bool {
        let tag_is = |k: &str, want: &str| match &v["tags"][k] {
            Value::String(s) => s == want,
            Value::Null => false,
            other => other.to_string() == want,
        };
        let billing = v["billing_tags"].as_array();
        self.name.as_ref().is_none_or(|t| t.matches(&v["name"]))
            && self.version.as_ref().is_none_or(|t| t.matches(&v["version"]))
            && self.state.as_ref().is_none_or(|s| v["state"] == s.as_str())
            && self.kind.as_ref().is_none_or(|(t, wanted)| (v["type"] == t.as_str()) == *wanted)
            && self.os.as_ref().is_none_or(|o| v["os"] == o.as_str())
            && self.public.is_none_or(|p| v["public"] == p)
            && self.owner.as_ref().is_none_or(|o| o == OWNER)
            && self.tags.iter().all(|(k, want)| tag_is(k, want))
            && self.billing_tags.iter().all(|b| billing.is_some_and(|a| a.iter().any(|x| x == b.as_str())))
    }
}
