//! What the HTTP layer does for clients of the deprecated v0.1 interface
//! before the router sees a request (the routes themselves are in
//! swagger.yaml and `imageapi_backend`'s v0.1 module):
//!
//! 1. v0.1's tutorials call the API without the base path
//!    (`/container/1/running`): a path under `/attach`, `/mount` or
//!    `/container` gets the base path prefixed.
//! 2. v0.1 and v0.2 share `POST /container`; a body whose `mount` is a v0.1
//!    reference (it carries `mount_id`) goes to `/v0.1/container`, so the
//!    answer has the shape that client decodes.
//! 3. v0.1's tutorials write an overlay's lowers as bare ids
//!    (`{"lower": [2]}`): each becomes `{"mount_id": 2}`.

use bytes::Bytes;
use imageapi_generated::BASE_PATH;
use serde_json::Value;

/// The path (and body) the request is routed with, when they change.
pub fn rewrite(method: &str, path: &str, body: &Bytes) -> Option<(String, Bytes)> {
    let mut changed = false;
    let mut path = path.to_string();
    if !path.starts_with(&format!("{BASE_PATH}/")) && ["/attach", "/mount", "/container"].iter().any(|p| path == *p || path.starts_with(&format!("{p}/"))) {
        path = format!("{BASE_PATH}{path}");
        changed = true;
    }
    let mut body = body.clone();
    if method == "POST" {
        if let Ok(mut v) = serde_json::from_slice::<Value>(&body) {
            if path == format!("{BASE_PATH}/container") && v["mount"].get("mount_id").is_some_and(|id| !id.is_null()) {
                path = format!("{BASE_PATH}/v0.1/container");
                changed = true;
            }
            if path == format!("{BASE_PATH}/mount/overlay") {
                if let Some(lower) = v.get_mut("lower").and_then(Value::as_array_mut) {
                    for l in lower.iter_mut().filter(|l| l.is_i64() || l.is_u64()) {
                        *l = serde_json::json!({ "mount_id": l.clone() });
                        changed = true;
                    }
                    body = Bytes::from(v.to_string());
                }
            }
        }
    }
    changed.then_some((path, body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_without_the_base_path_get_it() {
        let none = Bytes::new();
        assert_eq!(rewrite("GET", "/container/1/running", &none).unwrap().0, "/imageapi/v1/container/1/running");
        assert_eq!(rewrite("DELETE", "/mount/overlay/3", &none).unwrap().0, "/imageapi/v1/mount/overlay/3");
        assert!(rewrite("GET", "/imageapi/v1/container/1", &none).is_none());
        assert!(rewrite("GET", "/etc/passwd", &none).is_none());
        assert!(rewrite("GET", "/containers", &none).is_none());
    }

    #[test]
    fn v01_bodies_are_recognised() {
        let v01 = Bytes::from(r#"{"command":"/bin/sh","mount":{"kind":"overlay","mount_id":3}}"#);
        assert_eq!(rewrite("POST", "/imageapi/v1/container", &v01).unwrap().0, "/imageapi/v1/v0.1/container");
        let v02 = Bytes::from(r#"{"command":"/bin/sh","mount":{"kind":"overlay","id":3}}"#);
        assert!(rewrite("POST", "/imageapi/v1/container", &v02).is_none());
        let ids = Bytes::from(r#"{"lower":[2,{"mount_id":4}]}"#);
        let (_, body) = rewrite("POST", "/mount/overlay", &ids).unwrap();
        assert_eq!(serde_json::from_slice::<Value>(&body).unwrap(), serde_json::json!({"lower": [{"mount_id": 2}, {"mount_id": 4}]}));
    }
}
