//! Requests checked against swagger.yaml before the generated router sees
//! them: every query parameter and the JSON body must satisfy what the
//! spec declares (types, required fields, enums, patterns, lengths,
//! bounds, array sizes, IPv4 formats). The generated router only checks
//! types and enums; the rest would otherwise reach the backend unchecked.
//!
//! The spec stays the single source of truth: this reads the same JSON the
//! server serves at `/imageapi/v1/swagger.json`. Only the subset of JSON
//! Schema that Swagger 2.0 (and our spec) uses is understood. Unknown
//! properties are left alone (the router ignores them with a warning).
//!
//! Swagger 2.0 has no `null`, and clients of the v0.2.0 interface send it
//! for every unset list, map and object: an optional property whose value
//! is `null` is taken as not given (the generated models read it as
//! `None`), and a required one is refused, named by its path.

use serde_json::{Map, Value};
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

/// The parsed spec.
pub fn spec() -> &'static Value {
    static SPEC: OnceLock<Value> = OnceLock::new();
    SPEC.get_or_init(|| serde_json::from_str(crate::http::SPEC_JSON).expect("build.rs wrote valid JSON"))
}

/// Check the query string and body of a request to `path` (with the base
/// path) against its operation. Unknown operations pass: the router
/// answers them with 404 or 405.
pub fn check(method: &str, path: &str, query: Option<&str>, body: &[u8]) -> Result<(), String> {
    let Some(op) = operation(method, path) else { return Ok(()) };
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(query.unwrap_or("").as_bytes()).into_owned().collect();
    for param in op.get("parameters").and_then(Value::as_array).into_iter().flatten() {
        let param = resolve(param);
        let name = param.get("name").and_then(Value::as_str).unwrap_or_default();
        let required = param.get("required").and_then(Value::as_bool).unwrap_or(false);
        match param.get("in").and_then(Value::as_str) {
            Some("query") => match pairs.iter().find(|(k, _)| k == name) {
                Some((_, v)) => query_value(name, v, param)?,
                None if required => return Err(format!("query parameter {name} is required")),
                None => {}
            },
            Some("body") => {
                if body.iter().all(u8::is_ascii_whitespace) {
                    if required {
                        return Err(format!("the request needs a JSON body: a {name} object"));
                    }
                    continue;
                }
                let value: Value = serde_json::from_slice(body).map_err(|e| format!("the body is not valid JSON: {e}"))?;
                let schema = param.get("schema").cloned().unwrap_or(Value::Null);
                value_matches(name, &value, &schema)?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// Every operation of the spec: (method, path with the base path,
/// operationId), for the request metrics. Called once at startup.
pub fn operations() -> Vec<(&'static str, &'static str, &'static str)> {
    let mut ops = Vec::new();
    for (path, methods) in spec().get("paths").and_then(Value::as_object).into_iter().flatten() {
        let full: &'static str = Box::leak(format!("{}{path}", imageapi_generated::BASE_PATH).into_boxed_str());
        for (method, op) in methods.as_object().into_iter().flatten() {
            if let Some(id) = op.get("operationId").and_then(Value::as_str) {
                ops.push((method.as_str(), full, id));
            }
        }
    }
    ops
}

/// The spec's path that `relative` (without the base path) is an instance
/// of: a `{param}` segment matches any one segment, and of several matches
/// the one with most literal segments wins (`/container/byname/{name}`
/// over `/container/{id}/{state}`), as the router chooses.
pub fn path_template(relative: &str) -> Option<&'static str> {
    let segments: Vec<&str> = relative.split('/').collect();
    let paths = spec().get("paths")?.as_object()?;
    paths
        .keys()
        .filter_map(|t| {
            let ts: Vec<&str> = t.split('/').collect();
            let fits = ts.len() == segments.len()
                && ts.iter().zip(&segments).all(|(t, s)| (t.starts_with('{') && !s.is_empty()) || t == s);
            fits.then(|| (ts.iter().filter(|t| !t.starts_with('{')).count(), t.as_str()))
        })
        .max_by_key(|(literal, _)| *literal)
        .map(|(_, t)| t)
}

/// Whether the spec has an operation for `method` on `path` (with or
/// without the base path): what the router does not refuse with 405 or 404.
pub fn has_operation(method: &str, path: &str) -> bool {
    let relative = path.strip_prefix(imageapi_generated::BASE_PATH).unwrap_or(path);
    path_template(relative).and_then(|t| spec().get("paths")?.get(t)?.get(method.to_ascii_lowercase())).is_some()
}

fn operation(method: &str, path: &str) -> Option<&'static Map<String, Value>> {
    let relative = path.strip_prefix(imageapi_generated::BASE_PATH)?;
    spec().get("paths")?.get(relative)?.get(method.to_ascii_lowercase())?.as_object()
}

/// Follow a `$ref` into the spec (`#/definitions/x`, `#/parameters/x`).
fn resolve(v: &Value) -> &Value {
    let mut v = v;
    while let Some(r) = v.get("$ref").and_then(Value::as_str) {
        let Some(target) = r.strip_prefix("#/").and_then(|p| spec().pointer(&format!("/{p}"))) else { break };
        v = target;
    }
    v
}

/// The query parameters `method path` declares: (name, definition with
/// `$ref`s followed, required), in the spec's order.
pub fn query_parameters(method: &str, path: &str) -> Vec<(&'static str, &'static Value, bool)> {
    let Some(op) = operation(method, path) else { return Vec::new() };
    op.get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(resolve)
        .filter(|p| p.get("in").and_then(Value::as_str) == Some("query"))
        .map(|p| (p.get("name").and_then(Value::as_str).unwrap_or_default(), p, p.get("required").and_then(Value::as_bool).unwrap_or(false)))
        .collect()
}

/// A query parameter's text, read as its declared type: what [`check`]
/// asks of each parameter given.
pub fn query_value(name: &str, text: &str, param: &Value) -> Result<(), String> {
    let value = match param.get("type").and_then(Value::as_str) {
        Some("integer") => Value::from(
            text.parse::<i64>().map_err(|_| format!("query parameter {name}: \"{text}\" is not a 64-bit integer"))?,
        ),
        Some("boolean") => match text {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => return Err(format!("query parameter {name}: \"{text}\" is not true or false")),
        },
        _ => Value::String(text.to_string()),
    };
    value_matches(&format!("query parameter {name}"), &value, param)
}

/// Whether `v` satisfies `schema`; the error names the field by its path.
fn value_matches(at: &str, v: &Value, schema: &Value) -> Result<(), String> {
    let schema = resolve(schema);
    if schema.get("x-writeOnly").and_then(Value::as_bool) == Some(true) {
        // A secret: say what is wrong with it, never what it is.
        let mut plain = schema.clone();
        if let Some(o) = plain.as_object_mut() {
            o.remove("x-writeOnly");
        }
        return value_matches(at, v, &plain).map_err(|_| format!("{at}: not a valid value (it is write-only, so it is not repeated here)"));
    }
    let fail = |what: String| Err(format!("{at}: {what}"));
    match schema.get("type").and_then(Value::as_str) {
        Some("object") if !v.is_object() => return fail(format!("{} is not an object", short(v))),
        Some("array") if !v.is_array() => return fail(format!("{} is not an array", short(v))),
        Some("string") if !v.is_string() => return fail(format!("{} is not a string", short(v))),
        Some("boolean") if !v.is_boolean() => return fail(format!("{} is not true or false", short(v))),
        Some("integer") if !(v.is_i64() || v.is_u64()) => return fail(format!("{} is not an integer", short(v))),
        Some("number") if !v.is_number() => return fail(format!("{} is not a number", short(v))),
        _ => {}
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
        if !allowed.contains(v) {
            let names: Vec<String> = allowed.iter().map(|a| a.to_string()).collect();
            return fail(format!("{} is not one of {}", short(v), names.join(", ")));
        }
    }
    match v {
        Value::String(s) => string_matches(s, schema).or_else(|e| fail(e))?,
        Value::Number(n) => {
            // Integers outside i64 are refused by the type check above.
            let n = n.as_f64().unwrap_or(0.0);
            if schema.get("minimum").and_then(Value::as_f64).is_some_and(|m| n < m) {
                return fail(format!("{n} is below the minimum {}", schema["minimum"]));
            }
            if schema.get("maximum").and_then(Value::as_f64).is_some_and(|m| n > m) {
                return fail(format!("{n} is above the maximum {}", schema["maximum"]));
            }
            if schema.get("format").and_then(Value::as_str) == Some("int32") && i32::try_from(v.as_i64().unwrap_or(i64::MAX)).is_err() {
                return fail(format!("{n} does not fit in 32 bits"));
            }
        }
        Value::Array(items) => {
            if schema.get("minItems").and_then(Value::as_u64).is_some_and(|m| (items.len() as u64) < m) {
                return fail(format!("needs at least {} items", schema["minItems"]));
            }
            if schema.get("maxItems").and_then(Value::as_u64).is_some_and(|m| items.len() as u64 > m) {
                return fail(format!("takes at most {} items", schema["maxItems"]));
            }
            if let Some(item) = schema.get("items") {
                for (i, x) in items.iter().enumerate() {
                    value_matches(&format!("{at}[{i}]"), x, item)?;
                }
            }
        }
        Value::Object(fields) => {
            for req in schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
                match fields.get(req) {
                    None => return fail(format!("\"{req}\" is required")),
                    Some(Value::Null) => return fail(format!("\"{req}\" is required and cannot be null")),
                    Some(_) => {}
                }
            }
            if let Some(props) = schema.get("properties").and_then(Value::as_object) {
                for (name, x) in fields {
                    // An optional property sent as null is not given.
                    if x.is_null() {
                        continue;
                    }
                    if let Some(p) = props.get(name) {
                        value_matches(&format!("{at}.{name}"), x, p)?;
                    }
                }
            }
        }
        _ => {}
    }
    Ok(())
}

fn string_matches(s: &str, schema: &Value) -> Result<(), String> {
    let len = s.chars().count() as u64;
    if schema.get("minLength").and_then(Value::as_u64).is_some_and(|m| len < m) {
        return Err(format!("must be at least {} characters long", schema["minLength"]));
    }
    if schema.get("maxLength").and_then(Value::as_u64).is_some_and(|m| len > m) {
        return Err(format!("must be at most {} characters long", schema["maxLength"]));
    }
    if let Some(p) = schema.get("pattern").and_then(Value::as_str) {
        if !pattern(p).is_some_and(|re| re.is_match(s)) {
            return Err(format!("{} does not match {p}", short(&Value::String(s.to_string()))));
        }
    }
    if schema.get("format").and_then(Value::as_str) == Some("ipv4") && s.parse::<std::net::Ipv4Addr>().is_err() {
        return Err(format!("{} is not an IPv4 address", short(&Value::String(s.to_string()))));
    }
    Ok(())
}

/// A compiled pattern of the spec (there are a handful; each is compiled once).
fn pattern(p: &str) -> Option<regex::Regex> {
    static CACHE: OnceLock<Mutex<HashMap<String, Option<regex::Regex>>>> = OnceLock::new();
    let mut cache = CACHE.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    cache.entry(p.to_string()).or_insert_with(|| regex::Regex::new(p).ok()).clone()
}

/// A value for a message: short, so a client's megabyte does not come back.
fn short(v: &Value) -> String {
    let s = v.to_string();
    match s.char_indices().nth(40) {
        Some((cut, _)) => format!("{}...", &s[..cut]),
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn post(path: &str, body: &str) -> Result<(), String> {
        check("POST", &format!("/imageapi/v1{path}"), None, body.as_bytes())
    }

    fn get(path: &str, query: &str) -> Result<(), String> {
        check("GET", &format!("/imageapi/v1{path}"), Some(query), b"")
    }

    #[test]
    fn bodies_follow_the_spec() {
        assert!(post("/mount", r#"{"kind":"bind","bind":{"path":"/x","base":"root"}}"#).is_ok());
        let cases = [
            (r#"{"kind":"bind","bind":{"path":"","base":"root"}}"#, "mount.bind.path: must be at least 1"),
            (r#"{"kind":"bind","bind":{"base":"root"}}"#, "mount.bind: \"path\" is required"),
            (r#"{"kind":"tmpfs"}"#, "mount.kind: \"tmpfs\" is not one of"),
            (r#"{"kind":"overlay","overlay":{"lower":[]}}"#, "mount.overlay.lower: needs at least 1"),
            (r#"{"kind":"bind","bind":{"path":"/x","base":"root","ro":"yes"}}"#, "mount.bind.ro: \"yes\" is not true or false"),
            (r#"{"kind":"uri","uri":{"url":"http://x","sha256":"abc"}}"#, "mount.uri.sha256: \"abc\" does not match"),
            (r#"[1]"#, "mount: [1] is not an object"),
            (r#"{"kind":"bind""#, "not valid JSON"),
        ];
        for (body, want) in cases {
            let err = post("/mount", body).unwrap_err();
            assert!(err.contains(want), "{body}: {err}");
        }
        let rbd = r#"{"kind":"rbd","rbd":{"monitors":["10.0.0.300"],"pool":"p","image":"i"}}"#;
        assert!(post("/attach", rbd).unwrap_err().contains("attach.rbd.monitors[0]: \"10.0.0.300\" is not an IPv4 address"));
        assert!(post("/attach", "").unwrap_err().contains("needs a JSON body"));
        let secret = r#"{"kind":"rbd","rbd":{"monitors":["1.2.3.4"],"pool":"p","image":"i","options":{"secret":987654321}}}"#;
        let err = post("/attach", secret).unwrap_err();
        assert!(err.contains("attach.rbd.options.secret: not a valid value") && !err.contains("987654321"), "{err}");
    }

    #[test]
    fn null_is_absent_for_optional_and_refused_for_required() {
        let container = r#"{"command":"/bin/sleep 100","mount":{"id":3,"kind":"overlay"},"name":"kn","namespaces":null,"state":"running"}"#;
        assert!(post("/container", container).is_ok());
        let attach = r#"{"attach":{"attach":{"id":1},"fs_type":"squashfs","mount_options":null},"kind":"attach"}"#;
        assert!(post("/mount", attach).is_ok());
        let err = post("/mount", r#"{"kind":"attach","attach":{"attach":{"id":1},"fs_type":null}}"#).unwrap_err();
        assert!(err.contains("mount.attach: \"fs_type\" is required and cannot be null"), "{err}");
        let err = post("/container", r#"{"command":"/bin/sh","mount":null}"#).unwrap_err();
        assert!(err.contains("container: \"mount\" is required and cannot be null"), "{err}");
        let err = post("/mount", r#"{"kind":"overlay","overlay":{"lower":[null]}}"#).unwrap_err();
        assert!(err.contains("mount.overlay.lower[0]: null is not an object"), "{err}");
    }

    /// A value satisfying `schema` with only its required properties.
    fn minimal(schema: &Value) -> Value {
        let schema = resolve(schema);
        if let Some(first) = schema.get("enum").and_then(Value::as_array).and_then(|e| e.first()) {
            return first.clone();
        }
        match schema.get("type").and_then(Value::as_str) {
            Some("array") => {
                let n = schema.get("minItems").and_then(Value::as_u64).unwrap_or(0);
                Value::Array((0..n).map(|_| minimal(&schema["items"])).collect())
            }
            Some("string") if schema.get("format").and_then(Value::as_str) == Some("ipv4") => Value::from("10.0.0.1"),
            Some("string") => {
                let fits = |c: &String| schema.get("pattern").and_then(Value::as_str).is_none_or(|p| pattern(p).unwrap().is_match(c));
                let candidates = ["a".to_string(), "0".repeat(64)];
                Value::from(candidates.into_iter().find(fits).expect("a sample string for the pattern"))
            }
            Some("integer") | Some("number") => Value::from(schema.get("minimum").and_then(Value::as_i64).unwrap_or(1)),
            Some("boolean") => Value::Bool(false),
            _ => {
                let mut o = Map::new();
                for req in schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
                    o.insert(req.to_string(), minimal(&schema["properties"][req]));
                }
                Value::Object(o)
            }
        }
    }

    /// The definition a schema names, if it is a `$ref` (or an array of one).
    fn definition_of(schema: &Value) -> Option<&str> {
        let r = schema.get("$ref").or_else(|| schema.get("items").and_then(|i| i.get("$ref")))?;
        r.as_str()?.strip_prefix("#/definitions/")
    }

    /// Every way of setting one property to null somewhere below `schema`
    /// (at most `depth` objects down), each inside a minimal instance: (the
    /// field's path, whether it is required, the instance).
    fn null_variants(at: &str, schema: &Value, depth: usize, seen: &mut std::collections::BTreeSet<String>) -> Vec<(String, bool, Value)> {
        let schema = resolve(schema);
        let base = minimal(schema);
        let required: Vec<&str> = schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
        let mut out = Vec::new();
        for (name, prop) in schema.get("properties").and_then(Value::as_object).into_iter().flatten() {
            let with = |v: Value| {
                let mut b = base.clone();
                b.as_object_mut().unwrap().insert(name.clone(), v);
                b
            };
            out.push((format!("{at}.{name}"), required.contains(&name.as_str()), with(Value::Null)));
            let Some(def) = definition_of(prop) else { continue };
            seen.insert(def.to_string());
            if depth == 0 {
                continue;
            }
            let is_array = prop.get("items").is_some();
            let child_at = if is_array { format!("{at}.{name}[0]") } else { format!("{at}.{name}") };
            for (path, req, child) in null_variants(&child_at, prop.get("items").unwrap_or(prop), depth - 1, seen) {
                out.push((path, req, with(if is_array { Value::Array(vec![child]) } else { child })));
            }
        }
        out
    }

    /// Property: any optional property of any model, at any depth, may be
    /// null (the check and the generated models both read it as absent);
    /// a required one sent as null is refused, named by its path.
    #[test]
    fn any_optional_property_may_be_null_at_any_depth() {
        use imageapi_generated::models;
        let mut seen = std::collections::BTreeSet::new();
        let mut checked = 0;
        for (path, ops) in spec()["paths"].as_object().unwrap() {
            let Some(post_op) = ops.get("post") else { continue };
            let Some(body) = post_op["parameters"].as_array().unwrap().iter().find(|p| p["in"] == "body") else { continue };
            let def = definition_of(&body["schema"]).unwrap().to_string();
            seen.insert(def.clone());
            let decodes = |v: &Value| -> Result<(), serde_json::Error> {
                match def.as_str() {
                    "attach" => serde_json::from_value::<models::Attach>(v.clone()).map(drop),
                    "mount" => serde_json::from_value::<models::Mount>(v.clone()).map(drop),
                    "container" => serde_json::from_value::<models::Container>(v.clone()).map(drop),
                    "v01_rbd" => serde_json::from_value::<models::V01Rbd>(v.clone()).map(drop),
                    "v01_mount_rbd" => serde_json::from_value::<models::V01MountRbd>(v.clone()).map(drop),
                    "v01_mount_overlay" => serde_json::from_value::<models::V01MountOverlay>(v.clone()).map(drop),
                    "v01_container" => serde_json::from_value::<models::V01Container>(v.clone()).map(drop),
                    "image" => serde_json::from_value::<models::Image>(v.clone()).map(drop),
                    "image_source" => serde_json::from_value::<models::ImageSource>(v.clone()).map(drop),
                    "image_download" => serde_json::from_value::<models::ImageDownload>(v.clone()).map(drop),
                    "image_oci_source" => serde_json::from_value::<models::ImageOciSource>(v.clone()).map(drop),
                    other => panic!("no model for the body of POST {path}: {other}"),
                }
            };
            let name = body["name"].as_str().unwrap();
            // Required query parameters (an image's uuid) get a valid value.
            let query: Vec<String> = post_op["parameters"]
                .as_array()
                .unwrap()
                .iter()
                .map(resolve)
                .filter(|p| p["in"] == "query" && p["required"] == true)
                .map(|p| format!("{}=6de01e97-d7ec-4906-bd8b-cb4eafdb7c8b", p["name"].as_str().unwrap()))
                .collect();
            for (field, required, value) in null_variants(name, &body["schema"], 8, &mut seen) {
                let text = value.to_string();
                let result = check("POST", &format!("/imageapi/v1{path}"), Some(&query.join("&")), text.as_bytes());
                if required {
                    let err = result.expect_err(&format!("{field} = null was accepted: {text}"));
                    let (parent, leaf) = field.rsplit_once('.').unwrap();
                    assert!(err.contains(&format!("{parent}: \"{leaf}\" is required")), "{field}: {err}");
                } else {
                    assert_eq!(result, Ok(()), "{field} = null: {text}");
                    decodes(&value).unwrap_or_else(|e| panic!("the generated model refuses {field} = null: {e}: {text}"));
                }
                checked += 1;
            }
        }
        // error and health (with its kernel_features) are only ever answers.
        let answers_only = ["error", "health", "kernel_features"];
        let all: std::collections::BTreeSet<String> =
            spec()["definitions"].as_object().unwrap().keys().filter(|k| !answers_only.contains(&k.as_str())).cloned().collect();
        assert_eq!(seen, all, "every definition but the answers' is reached from a request body");
        assert!(checked > 100, "only {checked} cases");
    }

    #[test]
    fn query_parameters_follow_the_spec() {
        assert!(get("/attach", "id=3&kind=loopback").is_ok());
        assert!(get("/container", "name=web-1.a_b").is_ok());
        assert!(get("/attach", "id=abc").unwrap_err().contains("not a 64-bit integer"));
        assert!(get("/attach", "id=99999999999999999999").unwrap_err().contains("not a 64-bit integer"));
        assert!(get("/attach", "kind=tape").unwrap_err().contains("is not one of"));
        assert!(get("/container", "name=..%2Fetc").unwrap_err().contains("does not match"));
        assert!(check("DELETE", "/imageapi/v1/mount", Some("force=yes&id=2"), b"").unwrap_err().contains("true or false"));
        assert!(check("DELETE", "/imageapi/v1/mount", Some(""), b"").unwrap_err().contains("id is required"));
        assert!(get("/nowhere", "id=abc").is_ok());
        assert_eq!(path_template("/container/byname/web"), Some("/container/byname/{name}"));
        assert_eq!(path_template("/container/3/running"), Some("/container/{id}/{state}"));
        assert_eq!(path_template("/container"), Some("/container"));
        assert_eq!(path_template("/container/"), None);
    }
}
