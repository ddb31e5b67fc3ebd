//! Swagger UI at `/imageapi/v1/docs`, in a real browser: Debian's headless
//! Chromium driven by playwright-core (tests/browser/swagger_ui.mjs) loads
//! the page from the real server, every operation of swagger.yaml is
//! listed, and "Try it out" + "Execute" on GET /attach shows the server's
//! 200 answer, the attachment the test made included.
//!
//! Needs what scripts/setup installs: `chromium` (apt) and the npm packages
//! of package.json (swagger-ui-dist, built into the server, and
//! playwright-core).

mod common;

use common::*;
use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// (METHOD, path) of every operation of the spec the server serves (its
/// swagger.yaml, as JSON), sorted.
fn spec_operations(s: &Server) -> Vec<(String, String)> {
    let (status, spec) = s.get("/swagger.json");
    assert_eq!(status, 200);
    let mut ops = Vec::new();
    for (path, methods) in spec["paths"].as_object().expect("paths in the spec") {
        for method in methods.as_object().unwrap().keys() {
            if ["get", "head", "post", "put", "patch", "delete"].contains(&method.as_str()) {
                ops.push((method.to_ascii_uppercase(), path.clone()));
            }
        }
    }
    ops.sort();
    ops
}

#[test]
fn swagger_ui_lists_every_operation_and_tries_get_attach() {
    for (what, path) in [("chromium (apt)", "/usr/bin/chromium"), ("playwright-core (npm)", "node_modules/playwright-core/package.json")] {
        assert!(root().join(path).exists(), "{what} is not installed ({path} is missing): run scripts/setup");
    }
    let s = Server::start();
    let (status, body) = s.get("/docs/");
    assert_eq!(status, 200, "the docs page is not served (was swagger-ui-dist installed when the server was built?): {body}");

    // Something for GET /attach to show: a loop device over a file of the test.
    let file = s.work().join("disk.img");
    std::fs::write(&file, vec![0u8; 1 << 20]).unwrap();
    let attach = s.create("attach", loopback(&file));

    let profile = tempfile::Builder::new().prefix("imageapi-chromium.").tempdir().unwrap();
    let out = Command::new("node")
        .arg(root().join("tests/browser/swagger_ui.mjs"))
        .arg(s.url("/docs/"))
        .arg(profile.path())
        .current_dir(root())
        .output()
        .expect("running node (scripts/setup installs it)");
    assert!(out.status.success(), "the browser run failed:\n{}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    let seen: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("the browser run printed no JSON ({e}):\n{}", String::from_utf8_lossy(&out.stdout)));
    assert_eq!(seen["errors"], Value::Array(vec![]), "the page threw errors");

    let mut listed: Vec<(String, String)> = seen["operations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| (o[0].as_str().unwrap_or_default().to_string(), o[1].as_str().unwrap_or_default().to_string()))
        .collect();
    listed.sort();
    assert_eq!(listed, spec_operations(&s), "the page does not list exactly the spec's operations");

    assert_eq!(seen["status"], "200", "GET /attach from the page: {seen}");
    let shown: Value = serde_json::from_str(seen["body"].as_str().unwrap()).unwrap_or_else(|e| panic!("the shown body is not JSON ({e}): {seen}"));
    assert_eq!(shown, Value::Array(vec![s.get_one("attach", id_of(&attach))]), "the page shows another answer than the server's");

    s.remove("attach", id_of(&attach), false);
    assert_clean(&s);
}

#[test]
fn docs_assets_and_unknown_files() {
    let s = Server::start();
    let (status, _) = s.get("/docs/swagger-ui.css");
    assert_eq!(status, 200);
    let msg = expect_error(s.get("/docs/../swagger.json.bak"), 404);
    assert!(!msg.is_empty());
    let msg = expect_error(s.get("/docs/nothing.js"), 404);
    assert!(msg.contains("nothing.js"), "{msg}");
    assert_clean(&s);
}
