//! What a web page could make a browser send, against the real server
//! over http: a cross-site `text/plain`, form-encoded or multipart POST
//! carrying a mount definition, a `fetch` from another origin, and a
//! request for a rebound host name. Each is refused (403 or 415, the JSON
//! error model) and nothing is made: no object in the API, no mount and
//! no loop device of the test's image in the kernel. The clients that are
//! not browsers (no `Origin`, a JSON body or none), same-origin requests
//! (Swagger UI's), IP-literal hosts (IPv4 and IPv6), `localhost` and an
//! `--allowed-host` name keep working; on the unix socket any `Host` is
//! served unless a browser's `Origin` comes along. Last, the same in
//! headless Chromium (tests/browser/cross_site.mjs): the docs page's own
//! requests are served, another site's form is refused. Needs what
//! scripts/setup installs for tests/swagger_ui.rs: `chromium` and the npm
//! packages of package.json.

mod common;

use common::*;
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::path::Path;

/// Send one request as these exact bytes and read the whole answer
/// (`Connection: close`): its status and body as JSON.
fn raw(stream: &mut (impl Read + Write), method: &str, path: &str, headers: &[(&str, &str)], body: &[u8]) -> (u16, Value) {
    let mut head = format!("{method} {path} HTTP/1.1\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    let mut request = head.into_bytes();
    request.extend_from_slice(body);
    stream.write_all(&request).unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    let text = String::from_utf8_lossy(&answer);
    let status = text.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or_else(|| panic!("no status line: {text}"));
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b.trim()).unwrap_or_default();
    let body = if body.is_empty() { Value::Null } else { serde_json::from_str(body).unwrap_or_else(|e| panic!("{method} {path}: not JSON ({e}): {body}")) };
    if status >= 400 {
        check_error_body(&format!("{method} {path}"), status, &body);
    }
    (status, body)
}

fn tcp(s: &Server) -> std::net::TcpStream {
    let stream = std::net::TcpStream::connect(("127.0.0.1", s.port())).unwrap();
    stream.set_read_timeout(Some(std::time::Duration::from_secs(30))).unwrap();
    stream
}

/// Nothing of the test's image in the API or the kernel.
fn nothing_made(s: &Server, what: &str) {
    assert_eq!(s.list("/mount"), Vec::<Value>::new(), "{what}: a mount was made");
    assert_eq!(s.list("/attach"), Vec::<Value>::new(), "{what}: an attachment was made");
    assert_eq!(s.mounts_made(s.temp()), Vec::<std::path::PathBuf>::new(), "{what}: the kernel has a mount");
    assert_eq!(loops_backed_by(s.temp()), Vec::new(), "{what}: the kernel has a loop device");
}

fn mount_body(image: &Path) -> Vec<u8> {
    squashfs_mount(image).to_string().into_bytes()
}

#[test]
fn cross_site_and_rebinding_requests_make_nothing() {
    let s = Server::start();
    let image = squashfs_image(&s.work(), &[("hello", "hi")]);
    let body = mount_body(&image);
    let path = format!("{BASE_PATH}/mount");
    let here = format!("127.0.0.1:{}", s.port());
    let evil = "http://evil.example";

    // A form with enctype text/plain, or fetch(..., {mode: "no-cors"}): no preflight.
    let (status, msg) = raw(&mut tcp(&s), "POST", &path, &[("Host", &here), ("Origin", evil), ("Content-Type", "text/plain")], &body);
    assert_eq!(status, 403, "{msg}");
    assert!(msg["message"].as_str().unwrap().contains("evil.example"), "{msg}");
    nothing_made(&s, "text/plain from another origin");

    // The same with no Origin at all (a browser that sends none): the type alone refuses it.
    for ct in ["text/plain", "text/plain;charset=UTF-8", "multipart/form-data; boundary=x"] {
        let (status, msg) = raw(&mut tcp(&s), "POST", &path, &[("Host", &here), ("Content-Type", ct)], &body);
        assert_eq!(status, 415, "{ct}: {msg}");
        assert!(msg["message"].as_str().unwrap().contains("application/json"), "{msg}");
        nothing_made(&s, ct);
    }
    // A form-encoded JSON body (what fetch() can send without asking) from a
    // browser that sends no Origin but marks its requests: refused too.
    let (status, msg) = raw(&mut tcp(&s), "POST", &path, &[("Host", &here), ("Sec-Fetch-Site", "cross-site"), ("Content-Type", "application/x-www-form-urlencoded")], &body);
    assert_eq!(status, 415, "{msg}");
    nothing_made(&s, "a form-encoded JSON body from a browser");
    // curl -d declares the same type: from a client that is not a browser it is taken at its body.
    let (status, made) = raw(&mut tcp(&s), "POST", &path, &[("Host", &here), ("Content-Type", "application/x-www-form-urlencoded")], &body);
    assert_eq!(status, 201, "curl -d: {made}");
    s.remove("mount", id_of(&made), false);
    nothing_made(&s, "curl -d's mount, deleted");
    let form = format!("{}=", String::from_utf8_lossy(&body));
    let (status, _) = raw(&mut tcp(&s), "POST", &path, &[("Host", &here), ("Origin", evil), ("Content-Type", "application/x-www-form-urlencoded")], form.as_bytes());
    assert_eq!(status, 403);
    let multipart = format!("--x\r\nContent-Disposition: form-data; name=\"{}\"\r\n\r\n\r\n--x--\r\n", String::from_utf8_lossy(&body).replace('"', "'"));
    let (status, _) = raw(&mut tcp(&s), "POST", &path, &[("Host", &here), ("Origin", evil), ("Content-Type", "multipart/form-data; boundary=x")], multipart.as_bytes());
    assert_eq!(status, 403);
    nothing_made(&s, "a form and a multipart body from another origin");

    // A JSON body from another origin (after a preflight the server never allowed), and a sandboxed page's "null".
    for origin in [evil, "null", &format!("http://127.0.0.1:{}", s.port() as u32 + 1)] {
        let (status, _) = raw(&mut tcp(&s), "POST", &path, &[("Host", &here), ("Origin", origin), ("Content-Type", "application/json")], &body);
        assert_eq!(status, 403, "Origin {origin}");
    }
    nothing_made(&s, "JSON from other origins");

    // DNS rebinding: the page's own name now points at the node; to the browser it is same-origin.
    let rebound = format!("rebind.attacker.example:{}", s.port());
    let origin = format!("http://{rebound}");
    let (status, msg) = raw(&mut tcp(&s), "POST", &path, &[("Host", &rebound), ("Origin", &origin), ("Content-Type", "application/json")], &body);
    assert_eq!(status, 403, "{msg}");
    assert!(msg["message"].as_str().unwrap().contains("--allowed-host"), "{msg}");
    let (status, _) = raw(&mut tcp(&s), "GET", &format!("{BASE_PATH}/container"), &[("Host", &rebound)], b"");
    assert_eq!(status, 403, "a rebound read");
    nothing_made(&s, "a rebound host");

    // Uploads keep their own types, and are still refused to other origins.
    let image_def = s.create("images", json!({"name": "up", "version": "1", "type": "squashfs"}));
    let uuid = image_def["uuid"].as_str().unwrap().to_string();
    let upload = format!("{BASE_PATH}/images/file?uuid={uuid}");
    let bytes = std::fs::read(&image).unwrap();
    let (status, _) = raw(&mut tcp(&s), "PUT", &upload, &[("Host", &here), ("Origin", evil), ("Content-Type", "application/octet-stream")], &bytes);
    assert_eq!(status, 403);
    let listed = s.list(&format!("/images?uuid={uuid}"));
    assert!(listed[0]["size"].is_null(), "the refused upload left a file: {listed:?}");
    let (status, up) = raw(&mut tcp(&s), "PUT", &upload, &[("Host", &here), ("Content-Type", "application/octet-stream")], &bytes);
    assert_eq!(status, 200, "{up}");
    let (status, _) = s.delete(&format!("/images?uuid={uuid}"));
    assert_eq!(status, 200);

    // Refused before the body was read: every answer closed the connection, and the server still serves.
    assert_clean(&s);
}

#[test]
fn clients_that_are_not_browsers_and_same_origin_pages_are_served() {
    let s = Server::start_with_flags(&["--allowed-host", "imageapi.cluster.example"]);
    let image = squashfs_image(&s.work(), &[("hello", "hi")]);
    let path = format!("{BASE_PATH}/mount");
    let port = s.port();
    let hosts = [format!("127.0.0.1:{port}"), format!("[::1]:{port}"), format!("localhost:{port}"), format!("imageapi.cluster.example:{port}")];
    for host in &hosts {
        // curl -d: a JSON body, or one without a type.
        for ct in [Some("application/json"), Some("application/json; charset=utf-8"), None] {
            let mut headers = vec![("Host", host.as_str())];
            headers.extend(ct.map(|c| ("Content-Type", c)));
            let (status, mount) = raw(&mut tcp(&s), "POST", &path, &headers, &mount_body(&image));
            assert_eq!(status, 201, "Host {host}, Content-Type {ct:?}: {mount}");
            let (status, _) = raw(&mut tcp(&s), "DELETE", &format!("{path}?id={}", id_of(&mount)), &[("Host", host)], b"");
            assert_eq!(status, 200, "DELETE with Host {host}");
        }
        // The server's own page (Swagger UI): Origin is the request's own.
        let origin = format!("http://{host}");
        let (status, mount) = raw(&mut tcp(&s), "POST", &path, &[("Host", host), ("Origin", &origin), ("Content-Type", "application/json")], &mount_body(&image));
        assert_eq!(status, 201, "same-origin {origin}: {mount}");
        let (status, _) = raw(&mut tcp(&s), "GET", &format!("{path}?id={}", id_of(&mount)), &[("Host", host), ("Origin", &origin)], b"");
        assert_eq!(status, 200);
        let (status, _) = raw(&mut tcp(&s), "DELETE", &format!("{path}?id={}", id_of(&mount)), &[("Host", host), ("Origin", &origin)], b"");
        assert_eq!(status, 200);
    }
    // HTTP/1.0 without a Host: not a browser.
    let mut stream = tcp(&s);
    stream.write_all(format!("GET {path} HTTP/1.0\r\n\r\n").as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.0 200") || answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert_clean(&s);
}

#[test]
fn allowed_origins_and_the_unix_socket() {
    let sock_dir = tempfile::Builder::new().prefix("imageapi-sock.").tempdir().unwrap();
    let sock = sock_dir.path().join("api.sock");
    let s = Server::start_with_flags(&["--scheme", "unix", "--socket-path", sock.to_str().unwrap(), "--allowed-origin", "https://ui.cluster.example"]);
    let here = format!("127.0.0.1:{}", s.port());
    let path = format!("{BASE_PATH}/attach");

    let (status, body) = raw(&mut tcp(&s), "GET", &path, &[("Host", &here), ("Origin", "https://ui.cluster.example")], b"");
    assert_eq!(status, 200, "an --allowed-origin: {body}");
    let (status, _) = raw(&mut tcp(&s), "GET", &path, &[("Host", &here), ("Origin", "http://ui.cluster.example")], b"");
    assert_eq!(status, 403, "the same host over another scheme is another origin");

    let unix = || {
        let stream = std::os::unix::net::UnixStream::connect(&sock).unwrap();
        stream.set_read_timeout(Some(std::time::Duration::from_secs(30))).unwrap();
        stream
    };
    // Unix clients send whatever Host (curl: localhost; Go: the socket's path).
    for host in ["localhost", "unix", "x"] {
        let (status, body) = raw(&mut unix(), "GET", &path, &[("Host", host)], b"");
        assert_eq!(status, 200, "Host {host} on the unix socket: {body}");
    }
    let image = squashfs_image(&s.work(), &[("hello", "hi")]);
    // A browser's request passed on by a proxy is still a browser's.
    let (status, _) = raw(&mut unix(), "POST", &format!("{BASE_PATH}/mount"), &[("Host", "evil.example"), ("Origin", "http://evil.example"), ("Content-Type", "application/json")], &mount_body(&image));
    assert_eq!(status, 403);
    let (status, _) = raw(&mut unix(), "POST", &format!("{BASE_PATH}/mount"), &[("Host", "localhost"), ("Content-Type", "text/plain")], &mount_body(&image));
    assert_eq!(status, 415);
    nothing_made(&s, "browser requests on the unix socket");
    let (status, mount) = raw(&mut unix(), "POST", &format!("{BASE_PATH}/mount"), &[("Host", "x"), ("Content-Type", "application/json")], &mount_body(&image));
    assert_eq!(status, 201, "{mount}");
    s.remove("mount", id_of(&mount), false);
    assert_clean(&s);
}

/// The same in a real browser (Debian's headless Chromium, driven by
/// tests/browser/cross_site.mjs): from the server's own docs page a
/// fetch creates and deletes a mount; from a page of http://evil.example
/// a text/plain form and a no-cors fetch post the same definition: what
/// reaches the server is refused, and nothing is made.
#[test]
fn a_browser_is_served_from_the_docs_page_and_refused_from_another_site() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (what, path) in [("chromium (apt)", "/usr/bin/chromium"), ("playwright-core (npm)", "node_modules/playwright-core/package.json")] {
        assert!(root.join(path).exists(), "{what} is not installed ({path} is missing): run scripts/setup");
    }
    let s = Server::start();
    let image = squashfs_image(&s.work(), &[("hello", "hi")]);
    let profile = tempfile::Builder::new().prefix("imageapi-chromium.").tempdir().unwrap();
    let out = std::process::Command::new("node")
        .arg(root.join("tests/browser/cross_site.mjs"))
        .arg(s.url(""))
        .arg(squashfs_mount(&image).to_string())
        .arg(profile.path())
        .current_dir(root)
        .output()
        .expect("running node (scripts/setup installs it)");
    assert!(out.status.success(), "the browser run failed:\n{}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    let seen: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("the browser run printed no JSON ({e}):\n{}", String::from_utf8_lossy(&out.stdout)));
    assert_eq!(seen["errors"], json!([]), "the pages threw errors");
    assert_eq!(seen["same_origin"], json!([201, 200]), "the docs page's own requests: {seen}");
    let form: Value = serde_json::from_str(seen["form"].as_str().unwrap()).unwrap_or_else(|e| panic!("the form's answer is not JSON ({e}): {seen}"));
    assert_eq!(form["code"], 403, "the cross-site form: {form}");
    nothing_made(&s, "a cross-site form and fetch from Chromium");
    // Chromium may stop the fetch itself (a public page asking a loopback
    // address); the form's navigation it sends.
    let refusals = s.log().matches("403 requests from web pages of http://evil.example").count();
    assert!((1..=2).contains(&refusals), "{refusals} refusals of the form and the fetch:\n{}", s.log());
    assert_clean(&s);
}
