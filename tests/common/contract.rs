//! The outside references the compatibility tests hold the server to:
//! files under `../shared` next to the repository (recorded requests of the
//! original Go client, the original v0.1.5 and v0.2.0 specs), read at test
//! time and never copied into the project, and a strict check that an
//! answer decodes into the models of such a spec.
//!
//! "Decodes" means what a strict generated client does: every property the
//! spec declares has its declared type, every enum value is one the spec
//! lists, every required property is there; properties the spec does not
//! declare are ignored (clients skip unknown fields).

use serde_json::Value;
use std::path::PathBuf;

/// `../shared/<rel>` of the repository; a clear panic if it is absent.
pub fn shared_file(rel: &str) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared").join(rel);
    assert!(
        path.exists(),
        "{} is missing: the compatibility tests need the outside references in ../shared next to the repository",
        path.display()
    );
    path.canonicalize().unwrap()
}

/// An original spec (`original-v0.2.0.swagger.yaml`, ...) as JSON.
pub fn reference_spec(name: &str) -> Value {
    let path = shared_file(&format!("reference/{name}"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    serde_yaml_ng::from_str(&text).unwrap_or_else(|e| panic!("{} is not valid YAML: {e}", path.display()))
}

/// Check `body`, answered with `status` to `method path` (path relative to
/// the base path, query ignored), against the response model `spec`
/// declares for it.
pub fn decodes_as(spec: &Value, method: &str, path: &str, status: u16, body: &Value) -> Result<(), String> {
    let path = path.split('?').next().unwrap_or(path);
    let op = &spec["paths"][path][method.to_ascii_lowercase()];
    if op.is_null() {
        return Err(format!("the spec has no {method} {path}"));
    }
    let responses = &op["responses"];
    let response = [status.to_string(), "default".to_string()].iter().map(|k| &responses[k]).find(|r| !r.is_null()).cloned();
    let Some(response) = response else { return Err(format!("the spec declares no {status} for {method} {path}")) };
    let response = resolve(spec, &response);
    match response.get("schema") {
        Some(schema) => matches(spec, &format!("{method} {path} {status}"), body, schema),
        None => Ok(()),
    }
}

fn resolve<'a>(spec: &'a Value, v: &'a Value) -> &'a Value {
    let mut v = v;
    while let Some(r) = v.get("$ref").and_then(Value::as_str) {
        match r.strip_prefix('#').and_then(|p| spec.pointer(p)) {
            Some(t) => v = t,
            None => break,
        }
    }
    v
}

fn matches(spec: &Value, at: &str, v: &Value, schema: &Value) -> Result<(), String> {
    let schema = resolve(spec, schema);
    let fail = |what: &str| Err(format!("{at}: {v} {what}"));
    let ok = match schema.get("type").and_then(Value::as_str) {
        Some("object") => v.is_object(),
        Some("array") => v.is_array(),
        Some("string") => v.is_string(),
        Some("boolean") => v.is_boolean(),
        Some("integer") => v.is_i64() || v.is_u64(),
        Some("number") => v.is_number(),
        _ => true,
    };
    if !ok {
        return fail(&format!("is not of type {}", schema["type"]));
    }
    if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
        if !allowed.contains(v) {
            return fail(&format!("is not one of {}", Value::Array(allowed.clone())));
        }
    }
    match v {
        Value::Array(items) => {
            if let Some(item) = schema.get("items") {
                for (i, x) in items.iter().enumerate() {
                    matches(spec, &format!("{at}[{i}]"), x, item)?;
                }
            }
        }
        Value::Object(fields) => {
            for req in schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
                if fields.get(req).is_none_or(Value::is_null) {
                    return fail(&format!("lacks the required \"{req}\""));
                }
            }
            for (name, p) in schema.get("properties").and_then(Value::as_object).into_iter().flatten() {
                if let Some(x) = fields.get(name).filter(|x| !x.is_null()) {
                    matches(spec, &format!("{at}.{name}"), x, p)?;
                }
            }
        }
        _ => {}
    }
    Ok(())
}
