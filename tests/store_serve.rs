//! The store's serve listener and its IMGAPI routes against the real
//! server: files of active images at `/by-name/<name>/<version>` and
//! `/by-uuid/<uuid>` (whole, HEAD, Range, If-None-Match), HTML and JSON
//! listings, inactive images never served, every write refused on the
//! read-only paths (and the store unchanged after), 32 concurrent clients
//! each getting the exact file, and Triton's own IMGAPI client
//! (sdc-clients 13.0.6, installed by scripts/setup) through ping,
//! createImage, addImageFile, activateImage, getImage, listImages,
//! getImageFile (sha1 checked), deleteImage and its errors for a bad uuid,
//! a wrong sha1 and missing credentials.

mod common;

use common::*;
use serde_json::{json, Value};
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Where scripts/setup installs the npm packages the tests use.
const NODE_MODULES: &str = "/var/cache/imageapi/node/node_modules";

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A server with a serve listener and a users file (admin:secret).
struct Serving {
    s: Server,
    base: String,
    _users: tempfile::TempDir,
}

fn start() -> Serving {
    let users = tempfile::Builder::new().prefix("imageapi-users.").tempdir().unwrap();
    let file = users.path().join("users");
    fs::write(&file, format!("admin:{}\n", bcrypt::hash("secret", 4).unwrap())).unwrap();
    let port = free_port().to_string();
    let s = Server::start_with_flags(&["--serve-host", "127.0.0.1", "--serve-port", &port, "--serve-users", file.to_str().unwrap()]);
    Serving { s, base: format!("http://127.0.0.1:{port}"), _users: users }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder().http_status_as_error(false).proxy(None).max_redirects(0).build().into()
}

fn request(method: &str, url: &str, headers: &[(&str, &str)]) -> (u16, ureq::http::HeaderMap, Vec<u8>) {
    let mut req = ureq::http::Request::builder().method(method).uri(url);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let mut resp = agent().run(req.body(()).unwrap()).unwrap_or_else(|e| panic!("{method} {url}: {e}"));
    let mut body = Vec::new();
    resp.body_mut().as_reader().read_to_end(&mut body).unwrap();
    (resp.status().as_u16(), resp.headers().clone(), body)
}

fn header<'a>(h: &'a ureq::http::HeaderMap, name: &str) -> &'a str {
    h.get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
}

fn sha256(file: &Path) -> String {
    let out = Command::new("sha256sum").arg(file).output().unwrap();
    String::from_utf8_lossy(&out.stdout).split_whitespace().next().unwrap().to_string()
}

/// An image uploaded through the main API (active when `activate`).
fn stored(s: &Server, name: &str, version: &str, kind: &str, file: &Path, activate: bool) -> String {
    let image = s.create("images", json!({"name": name, "version": version, "type": kind}));
    let uuid = image["uuid"].as_str().unwrap().to_string();
    let url = s.url(&format!("/images/file?uuid={uuid}"));
    let resp = agent().put(&url).send(&fs::read(file).unwrap()[..]).unwrap();
    assert_eq!(resp.status().as_u16(), 200, "PUT {url}");
    if activate {
        let (status, body) = s.patch(&format!("/images?uuid={uuid}&action=activate"));
        assert_eq!(status, 200, "{body}");
    }
    uuid
}

fn blob(dir: &Path, len: usize, seed: u8) -> PathBuf {
    let path = unique(dir, "blob");
    let data: Vec<u8> = (0..len).map(|i| (i as u32).wrapping_mul(2654435761).wrapping_add(seed as u32).to_le_bytes()[1]).collect();
    fs::write(&path, data).unwrap();
    path
}

#[test]
fn active_images_are_served_at_stable_paths_with_listings() {
    let Serving { s, base, _users } = start();
    let kernel = blob(&s.work(), 3 << 20, 1);
    let initrd = blob(&s.work(), 1 << 20, 2);
    let hidden = blob(&s.work(), 4096, 3);
    let k = stored(&s, "pxe-kernel", "6.1", "kernel", &kernel, true);
    let i = stored(&s, "pxe-initrd", "6.1", "initrd", &initrd, true);
    let h = stored(&s, "hidden", "1", "file", &hidden, false);
    let sha = sha256(&kernel);

    for url in [format!("{base}/by-name/pxe-kernel/6.1"), format!("{base}/by-uuid/{k}")] {
        let (status, hd, body) = request("GET", &url, &[]);
        assert_eq!(status, 200, "{url}");
        assert_eq!(body, fs::read(&kernel).unwrap(), "{url}");
        assert_eq!(header(&hd, "etag"), format!("\"{sha}\""));
        assert!(!header(&hd, "content-md5").is_empty());
    }
    let (status, hd, body) = request("HEAD", &format!("{base}/by-name/pxe-initrd/6.1"), &[]);
    assert_eq!((status, body.len()), (200, 0));
    assert_eq!(header(&hd, "content-length"), (1 << 20).to_string());
    let (status, hd, body) = request("GET", &format!("{base}/by-uuid/{k}"), &[("Range", "bytes=-100")]);
    assert_eq!(status, 206);
    assert_eq!(header(&hd, "content-range"), format!("bytes {}-{}/{}", (3 << 20) - 100, (3 << 20) - 1, 3 << 20));
    assert_eq!(body, fs::read(&kernel).unwrap()[(3 << 20) - 100..]);
    let (status, _, body) = request("GET", &format!("{base}/by-uuid/{k}"), &[("If-None-Match", &format!("\"{sha}\""))]);
    assert_eq!((status, body.len()), (304, 0));

    // Not active: not served.
    for url in [format!("{base}/by-name/hidden/1"), format!("{base}/by-uuid/{h}"), format!("{base}/by-uuid/../../etc/passwd")] {
        assert_eq!(request("GET", &url, &[]).0, 404, "{url}");
    }

    // Listings: HTML for browsers, JSON for programs.
    let (status, hd, body) = request("GET", &format!("{base}/"), &[]);
    assert_eq!(status, 200);
    assert!(header(&hd, "content-type").starts_with("text/html"));
    let page = String::from_utf8(body).unwrap();
    assert!(page.contains("href=\"/by-name/pxe-kernel/6.1\""), "{page}");
    assert!(page.contains(&format!("href=\"/by-uuid/{i}\"")), "{page}");
    assert!(!page.contains("hidden"), "{page}");
    let (_, _, body) = request("GET", &format!("{base}/?format=json"), &[]);
    let list: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 2, "{list}");
    let (_, _, body) = request("GET", &format!("{base}/by-name/pxe-kernel/"), &[("Accept", "application/json")]);
    let versions: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(versions[0]["path"], "/by-name/pxe-kernel/6.1");
    assert_eq!(versions[0]["sha256"], sha.as_str());
    assert_eq!(request("GET", &format!("{base}/by-name/pxe-kernel"), &[]).0, 301);

    // Read-only: no write on these paths does anything.
    for (method, path) in [("PUT", format!("/by-uuid/{k}")), ("DELETE", format!("/by-uuid/{k}")), ("POST", "/by-name/pxe-kernel/6.1".into()), ("DELETE", "/".into())] {
        let (status, hd, _) = request(method, &format!("{base}{path}"), &[]);
        assert_eq!(status, 405, "{method} {path}");
        assert_eq!(header(&hd, "allow"), "GET, HEAD");
    }
    assert_eq!(s.list("/images").len(), 3);
    assert_eq!(sha256(&s.run_dir().join("images").join(&k).join("file")), sha);
    for u in [k, i, h] {
        assert_eq!(s.delete(&format!("/images?uuid={u}")).0, 200);
    }
    assert_clean(&s);
}

#[test]
fn thirty_two_clients_at_once_each_get_the_exact_file() {
    let Serving { s, base, _users } = start();
    let file = blob(&s.work(), 8 << 20, 9);
    let u = stored(&s, "many", "1", "squashfs", &file, true);
    let want = fs::read(&file).unwrap();
    let url = format!("{base}/by-uuid/{u}");
    let threads: Vec<_> = (0..32)
        .map(|n| {
            let url = url.clone();
            std::thread::spawn(move || {
                let (status, _, body) = request("GET", &url, &[]);
                (n, status, body)
            })
        })
        .collect();
    for t in threads {
        let (n, status, body) = t.join().unwrap();
        assert_eq!(status, 200, "client {n}");
        assert!(body == want, "client {n} got {} bytes that differ", body.len());
    }
    assert_eq!(s.delete(&format!("/images?uuid={u}")).0, 200);
    assert_clean(&s);
}

#[test]
fn imgapi_writes_need_credentials_and_keep_imgapi_fields() {
    let Serving { s, base, _users } = start();
    let (status, _, body) = request("GET", &format!("{base}/ping"), &[]);
    assert_eq!(status, 200);
    let pong: Value = serde_json::from_slice(&body).unwrap();
    assert_eq!((pong["ping"].as_str(), pong["imgapi"].as_bool()), (Some("pong"), Some(true)));
    let manifest = json!({"name": "raw", "version": "1", "type": "zvol", "os": "linux"}).to_string();
    let post = |auth: Option<&str>| {
        let mut req = agent().post(format!("{base}/images"));
        if let Some(a) = auth {
            req = req.header("Authorization", a);
        }
        let mut resp = req.content_type("application/json").send(manifest.as_bytes()).unwrap();
        let status = resp.status().as_u16();
        (status, serde_json::from_str::<Value>(&resp.body_mut().read_to_string().unwrap()).unwrap_or(Value::Null))
    };
    use base64::Engine;
    let basic = |c: &str| format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(c));
    for auth in [None, Some(basic("admin:wrong")), Some(basic("nobody:secret"))] {
        let (status, body) = post(auth.as_deref());
        assert_eq!(status, 401, "{auth:?}: {body}");
        assert_eq!(body["code"], "UnauthorizedError");
    }
    assert!(s.list("/images").is_empty(), "a refused write changed nothing");
    let (status, body) = post(Some(&basic("admin:secret")));
    assert_eq!(status, 200, "{body}");
    assert_eq!((body["type"].as_str(), body["v"].as_i64(), body["state"].as_str()), (Some("zvol"), Some(2), Some("unactivated")));
    // The main API sees the same image, with its store type.
    let u = body["uuid"].as_str().unwrap();
    assert_eq!(s.list(&format!("/images?uuid={u}"))[0]["type"], "file");
    let (status, _, body) = request("GET", &format!("{base}/images/{u}/file"), &[]);
    assert_eq!(status, 404, "{}", String::from_utf8_lossy(&body));
    assert_eq!(s.delete(&format!("/images?uuid={u}")).0, 200);
    assert_clean(&s);
}

#[test]
fn the_sdc_clients_imgapi_client_runs_its_whole_flow() {
    assert!(
        Path::new(NODE_MODULES).join("sdc-clients/package.json").exists(),
        "{NODE_MODULES}/sdc-clients is missing: run scripts/setup"
    );
    let Serving { s, base, _users } = start();
    let file = blob(&s.work(), 5 << 20, 7);
    let out = Command::new("node")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/imgapi/flow.js"))
        .args([&base, "admin", "secret"])
        .arg(&file)
        .arg(s.work())
        .env("NODE_PATH", NODE_MODULES)
        .output()
        .expect("running node (scripts/setup installs nodejs)");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "the sdc-clients flow failed:\n{stdout}\n{stderr}");
    for step in ["ping", "createImage", "addImageFile with a wrong sha1", "addImageFile", "activateImage", "getImage", "getImage of a bad uuid", "listImages", "updateImage", "updateImage of a fixed field", "activateImage without a file", "listImages by page", "getImageFile", "deleteImage without credentials", "deleteImage"] {
        assert!(stdout.lines().any(|l| l.starts_with(&format!("ok {step}"))), "step {step} missing:\n{stdout}");
    }
    assert!(s.list("/images").is_empty(), "{stdout}");
    assert_clean(&s);
}
