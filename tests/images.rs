//! The image store against the real server: manifests (create, list with
//! filters, get, checks), files (a streamed upload larger than any request
//! body the JSON API takes, checksums verified on the way and a mismatch
//! keeping nothing, a copy from a path on the node and from inside a mount,
//! confined), downloads (whole, HEAD, Range, If-None-Match), the states,
//! delete (409 while an attachment uses the image), durability (restart,
//! and kill -9 in the middle of an upload), and nodes using stored images:
//! a loopback attachment by uuid and by name/version, read-only, holding
//! the image, and a container booted from an uploaded busybox image.

mod common;

use common::*;
use serde_json::{json, Value};
use std::fs;
use std::io::{Read, Write};
use std::path::Path;
use std::process::Command;

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder().http_status_as_error(false).proxy(None).build().into()
}

fn sha(tool: &str, file: &Path) -> String {
    let out = Command::new(tool).arg(file).output().expect("running a checksum tool");
    String::from_utf8_lossy(&out.stdout).split_whitespace().next().unwrap().to_string()
}

/// A file of `len` pseudo-random bytes in the test's work dir.
fn random_file(s: &Server, len: usize) -> std::path::PathBuf {
    let path = unique(&s.work(), "blob");
    let mut f = fs::File::create(&path).unwrap();
    let mut x: u64 = 0x9e3779b97f4a7c15 ^ len as u64;
    let mut buf = vec![0u8; 1 << 20];
    let mut left = len;
    while left > 0 {
        for b in buf.iter_mut() {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            *b = x as u8;
        }
        let n = left.min(buf.len());
        f.write_all(&buf[..n]).unwrap();
        left -= n;
    }
    path
}

fn create_image(s: &Server, name: &str, version: &str, kind: &str) -> Value {
    let image = s.create("images", json!({"name": name, "version": version, "type": kind, "os": "linux", "tags": {"role": "test"}}));
    assert_eq!(image["state"], "unactivated", "{image}");
    assert!(image["uuid"].as_str().is_some_and(|u| u.len() == 36), "{image}");
    image
}

fn uuid(image: &Value) -> String {
    image["uuid"].as_str().unwrap_or_else(|| panic!("image without a uuid: {image}")).to_string()
}

/// PUT a file as the body (streamed from disk by the client).
fn upload(s: &Server, uuid: &str, file: &Path, query: &str) -> (u16, Value) {
    let url = s.url(&format!("/images/file?uuid={uuid}{query}"));
    let mut f = fs::File::open(file).unwrap();
    let mut resp = agent().put(&url).send(ureq::SendBody::from_reader(&mut f)).unwrap_or_else(|e| panic!("PUT {url}: {e}"));
    let status = resp.status().as_u16();
    let body: Value = serde_json::from_str(&resp.body_mut().read_to_string().unwrap()).unwrap_or(Value::Null);
    if status >= 400 {
        check_error_body("PUT /images/file", status, &body);
    }
    (status, body)
}

/// GET (or HEAD) the file with extra headers: status, headers, body.
fn download(s: &Server, method: &str, uuid: &str, headers: &[(&str, &str)]) -> (u16, ureq::http::HeaderMap, Vec<u8>) {
    let url = s.url(&format!("/images/file?uuid={uuid}"));
    let mut req = ureq::http::Request::builder().method(method).uri(&url);
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

fn activate(s: &Server, uuid: &str) -> Value {
    let (status, body) = s.patch(&format!("/images?uuid={uuid}&action=activate"));
    assert_eq!(status, 200, "activate {uuid}: {body}");
    assert_eq!(body["state"], "active");
    body
}

fn image_dir(s: &Server, uuid: &str) -> std::path::PathBuf {
    s.run_dir().join("images").join(uuid)
}

fn files_of(s: &Server, uuid: &str) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(image_dir(s, uuid)).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into()).collect();
    names.sort();
    names
}

#[test]
fn manifests_are_checked_listed_and_filtered() {
    let s = Server::start();
    let a = create_image(&s, "alpha", "1.0", "squashfs");
    let b = create_image(&s, "alpha", "2.0", "ext4");
    let c = create_image(&s, "beta", "1.0", "iso");
    assert_eq!(a["tags"]["role"], "test");
    assert_eq!(s.list("/images").len(), 3);
    assert_eq!(s.list("/images?name=alpha").len(), 2);
    assert_eq!(s.list("/images?name=alpha&version=2.0")[0]["uuid"], b["uuid"]);
    assert_eq!(s.list("/images?type=iso")[0]["uuid"], c["uuid"]);
    assert_eq!(s.list("/images?state=active").len(), 0);
    assert_eq!(s.list(&format!("/images?uuid={}", uuid(&a)))[0]["name"], "alpha");

    // Name and version together name one image.
    let (status, body) = s.post("/images", &json!({"name": "alpha", "version": "1.0", "type": "file"}));
    assert_eq!(status, 409, "{body}");
    assert!(body["message"].as_str().unwrap().contains(&uuid(&a)), "{body}");
    // Bad manifests are refused with the field named.
    for (bad, word) in [
        (json!({"name": "../x", "version": "1", "type": "file"}), "name"),
        (json!({"name": "x", "version": "1", "type": "floppy"}), "type"),
        (json!({"name": "x", "type": "file"}), "version"),
    ] {
        let (status, body) = s.post("/images", &bad);
        assert_eq!(status, 400, "{bad}: {body}");
        assert!(body["message"].as_str().unwrap().contains(word), "{bad}: {body}");
    }
    let (status, _) = s.get("/images?uuid=not-a-uuid");
    assert_eq!(status, 400);
    let (status, _) = s.get("/images?uuid=00000000-0000-4000-8000-000000000000");
    assert_eq!(status, 404);
    for i in [a, b, c] {
        let (status, body) = s.delete(&format!("/images?uuid={}", uuid(&i)));
        assert_eq!(status, 200, "{body}");
    }
    assert!(s.list("/images").is_empty());
    assert_clean(&s);
}

#[test]
fn uploads_stream_with_checksums_and_a_mismatch_keeps_nothing() {
    let s = Server::start();
    let image = create_image(&s, "blob", "1", "file");
    let u = uuid(&image);
    // 24 MiB: far beyond the 1 MiB a JSON request may carry.
    let file = random_file(&s, 24 << 20);
    let (sha256, sha1) = (sha("sha256sum", &file), sha("sha1sum", &file));

    let wrong = "0".repeat(64);
    let (status, body) = upload(&s, &u, &file, &format!("&sha256={wrong}"));
    assert_eq!(status, 400, "{body}");
    assert!(body["message"].as_str().unwrap().contains(&sha256), "names the real checksum: {body}");
    assert_eq!(files_of(&s, &u), vec!["manifest.json"], "a mismatch keeps nothing");
    let got = &s.list(&format!("/images?uuid={u}"))[0];
    assert_eq!(got["state"], "unactivated");
    assert!(got.get("sha256").is_none(), "{got}");
    let (status, body) = upload(&s, &u, &file, &format!("&sha1={}", "f".repeat(40)));
    assert_eq!(status, 400, "{body}");
    let (status, body) = upload(&s, &u, &file, &format!("&size={}", (24 << 20) + 1));
    assert_eq!(status, 400, "{body}");
    // Larger than announced: refused as soon as it is (a small body, so
    // the client has sent it all before the answer comes).
    let small = random_file(&s, 4096);
    let (status, body) = upload(&s, &u, &small, "&size=12");
    assert_eq!(status, 400, "{body}");
    assert_eq!(files_of(&s, &u), vec!["manifest.json"]);

    let (status, body) = upload(&s, &u, &file, &format!("&sha256={sha256}&sha1={sha1}&size={}", 24 << 20));
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["sha256"], sha256.as_str());
    assert_eq!(body["sha1"], sha1.as_str());
    assert_eq!(body["size"], 24 << 20);
    assert_eq!(sha("sha256sum", &image_dir(&s, &u).join("file")), sha256);

    // Downloads: whole, HEAD, one range, a range outside, a current copy.
    let (status, h, data) = download(&s, "GET", &u, &[]);
    assert_eq!(status, 200);
    assert_eq!(data.len(), 24 << 20);
    let back = s.work().join("back");
    fs::write(&back, &data).unwrap();
    assert_eq!(sha("sha256sum", &back), sha256);
    assert_eq!(header(&h, "etag"), format!("\"{sha256}\""));
    let (status, h, data) = download(&s, "HEAD", &u, &[]);
    assert_eq!((status, data.len()), (200, 0));
    assert_eq!(header(&h, "content-length"), (24 << 20).to_string());
    let (status, h, data) = download(&s, "GET", &u, &[("Range", "bytes=1000-1999")]);
    assert_eq!(status, 206);
    assert_eq!(header(&h, "content-range"), format!("bytes 1000-1999/{}", 24 << 20));
    assert_eq!(data, fs::read(&file).unwrap()[1000..2000]);
    let (status, _, _) = download(&s, "GET", &u, &[("Range", "bytes=999999999-")]);
    assert_eq!(status, 416);
    let (status, _, data) = download(&s, "GET", &u, &[("If-None-Match", &format!("\"{sha256}\""))]);
    assert_eq!((status, data.len()), (304, 0));
    let (status, _, body) = download(&s, "GET", "00000000-0000-4000-8000-000000000000", &[]);
    assert_eq!(status, 404, "{}", String::from_utf8_lossy(&body));

    let (status, body) = s.delete(&format!("/images?uuid={u}"));
    assert_eq!(status, 200, "{body}");
    assert!(!image_dir(&s, &u).exists());
    assert_clean(&s);
}

#[test]
fn states_move_only_as_allowed() {
    let s = Server::start();
    let u = uuid(&create_image(&s, "st", "1", "file"));
    let (status, body) = s.patch(&format!("/images?uuid={u}&action=activate"));
    assert_eq!(status, 409, "no file yet: {body}");
    let (status, _) = s.patch(&format!("/images?uuid={u}&action=enable"));
    assert_eq!(status, 409);
    let file = random_file(&s, 4096);
    assert_eq!(upload(&s, &u, &file, "").0, 200);
    activate(&s, &u);
    let (status, body) = upload(&s, &u, &file, "");
    assert_eq!(status, 409, "an active image's file is fixed: {body}");
    let (status, body) = s.patch(&format!("/images?uuid={u}&action=disable"));
    assert_eq!((status, body["state"].as_str()), (200, Some("disabled")));
    assert_eq!(s.list("/images?state=disabled").len(), 1);
    let (status, body) = s.patch(&format!("/images?uuid={u}&action=enable"));
    assert_eq!((status, body["state"].as_str()), (200, Some("active")));
    let (status, _) = s.patch(&format!("/images?uuid={u}&action=explode"));
    assert_eq!(status, 400);
    assert_eq!(s.delete(&format!("/images?uuid={u}")).0, 200);
    assert_clean(&s);
}

#[test]
fn files_are_copied_from_the_node_and_from_inside_a_mount_confined() {
    let s = Server::start();
    let u = uuid(&create_image(&s, "copy", "1", "file"));
    let file = random_file(&s, 3 << 20);
    let sha256 = sha("sha256sum", &file);
    let (status, body) = s.post(&format!("/images/file?uuid={u}"), &json!({"path": "/nonexistent/file", "base": "root"}));
    assert_eq!(status, 404, "{body}");
    let (status, body) = s.post(&format!("/images/file?uuid={u}"), &json!({"path": file, "base": "root", "sha256": "1".repeat(64)}));
    assert_eq!(status, 400, "{body}");
    assert_eq!(files_of(&s, &u), vec!["manifest.json"]);
    let (status, body) = s.post(&format!("/images/file?uuid={u}"), &json!({"path": file, "base": "root", "sha256": sha256}));
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["size"], 3 << 20);

    // Inside a mount: a path that climbs out stays inside.
    let sq = squashfs_image(&s.work(), &[("inner/data", "inside the mount\n")]);
    let m = s.create("mount", squashfs_mount(&sq));
    let v = uuid(&create_image(&s, "copy", "2", "file"));
    let (status, body) = s.post(&format!("/images/file?uuid={v}"), &json!({"path": "../../../../etc/hostname", "base": "mount", "mount_id": id_of(&m)}));
    assert_eq!(status, 404, "escaped the mount: {body}");
    let (status, body) = s.post(&format!("/images/file?uuid={v}"), &json!({"path": "inner/data", "base": "mount", "mount_id": id_of(&m)}));
    assert_eq!(status, 200, "{body}");
    assert_eq!(fs::read_to_string(image_dir(&s, &v).join("file")).unwrap(), "inside the mount\n");
    let (status, _) = s.post(&format!("/images/file?uuid={v}"), &json!({"path": "x", "base": "mount"}));
    assert_eq!(status, 400);
    s.remove("mount", id_of(&m), false);
    for x in [u, v] {
        assert_eq!(s.delete(&format!("/images?uuid={x}")).0, 200);
    }
    assert_clean(&s);
}

#[test]
fn images_survive_a_restart_and_an_upload_cut_by_kill_9_leaves_nothing() {
    let mut s = Server::start();
    let kept = uuid(&create_image(&s, "kept", "1", "file"));
    let file = random_file(&s, 1 << 20);
    assert_eq!(upload(&s, &kept, &file, "").0, 200);
    activate(&s, &kept);
    let cut = uuid(&create_image(&s, "cut", "1", "file"));

    // Half of a 64 MiB upload, then the server dies.
    let port = s.url("").split(':').nth(2).unwrap().split('/').next().unwrap().to_string();
    let mut conn = std::net::TcpStream::connect(format!("127.0.0.1:{port}")).unwrap();
    write!(conn, "PUT /imageapi/v1/images/file?uuid={cut} HTTP/1.1\r\nHost: localhost\r\nContent-Length: {}\r\n\r\n", 64 << 20).unwrap();
    conn.write_all(&vec![7u8; 8 << 20]).unwrap();
    assert!(eventually(10, || s.list(&format!("/images?uuid={cut}"))[0]["state"] == "uploading"));
    assert!(eventually(10, || image_dir(&s, &cut).join("file.partial").exists()));
    s.crash_and_restart();
    drop(conn);

    let got = &s.list(&format!("/images?uuid={cut}"))[0];
    assert_eq!(got["state"], "unactivated", "{got}");
    assert!(got.get("sha256").is_none(), "{got}");
    assert_eq!(files_of(&s, &cut), vec!["manifest.json"], "the partial file is removed at start");
    let k = &s.list(&format!("/images?uuid={kept}"))[0];
    assert_eq!(k["state"], "active");
    assert_eq!(k["sha256"], sha("sha256sum", &file).as_str());
    let (status, _, data) = download(&s, "GET", &kept, &[]);
    assert_eq!((status, data.len()), (200, 1 << 20));

    // A graceful restart keeps everything too.
    s.restart();
    assert_eq!(s.list("/images").len(), 2);
    for x in [kept, cut] {
        assert_eq!(s.delete(&format!("/images?uuid={x}")).0, 200);
    }
    assert_clean(&s);
}

#[test]
fn loopback_attachments_of_stored_images_are_read_only_and_hold_the_image() {
    let s = Server::start();
    let sq = squashfs_image(&s.work(), &[("hello", "from the store\n")]);
    let u = uuid(&create_image(&s, "hello", "1.0", "squashfs"));
    let stored = |path: &str| attach_mount(json!({"kind": "loopback", "loopback": {"path": path, "base": "image"}}), "squashfs");

    let (status, body) = s.post("/mount", &stored(&u));
    assert_eq!(status, 409, "an unactivated image cannot be attached: {body}");
    assert_eq!(upload(&s, &u, &sq, &format!("&sha256={}", sha("sha256sum", &sq))).0, 200);
    activate(&s, &u);

    let by_uuid = s.create("mount", stored(&u));
    let by_name = s.create("mount", stored("hello/1.0"));
    for m in [&by_uuid, &by_name] {
        assert_eq!(fs::read_to_string(mountpoint(m).join("hello")).unwrap(), "from the store\n");
        let lo = &m["attach"]["attach"];
        assert_eq!(lo["loopback"]["path"], u.as_str(), "read back by uuid: {lo}");
        assert_eq!(lo["loopback"]["ro"], true);
        let dev = device_file(lo);
        let n = dev.trim_start_matches("/dev/loop");
        assert_eq!(fs::read_to_string(format!("/sys/block/loop{n}/ro")).unwrap().trim(), "1");
    }
    let users = s.list(&format!("/images?uuid={u}"))[0]["users"].as_array().unwrap().len();
    assert_eq!(users, 2);
    let (status, body) = s.delete(&format!("/images?uuid={u}"));
    assert_eq!(status, 409, "{body}");
    assert!(body["message"].as_str().unwrap().contains("attachment"), "{body}");

    // Refused references: unknown, malformed, not attachable.
    let (status, _) = s.post("/mount", &stored("nothing/1"));
    assert_eq!(status, 404);
    let (status, _) = s.post("/mount", &stored("../../etc/passwd"));
    assert_eq!(status, 400);
    let iso = uuid(&create_image(&s, "disc", "1", "iso"));
    assert_eq!(upload(&s, &iso, &sq, "").0, 200);
    activate(&s, &iso);
    let (status, body) = s.post("/mount", &stored(&iso));
    assert_eq!(status, 400, "{body}");

    // A disabled image keeps its users but takes no new ones.
    assert_eq!(s.patch(&format!("/images?uuid={u}&action=disable")).0, 200);
    let (status, _) = s.post("/mount", &stored(&u));
    assert_eq!(status, 409);

    s.remove("mount", id_of(&by_uuid), false);
    s.remove("mount", id_of(&by_name), false);
    assert_eq!(s.delete(&format!("/images?uuid={u}")).0, 200);
    assert_eq!(s.delete(&format!("/images?uuid={iso}")).0, 200);
    assert_clean(&s);
}

#[test]
fn a_container_boots_from_an_image_uploaded_to_the_store() {
    let s = Server::start();
    let image = busybox_image(&s.work());
    let u = uuid(&create_image(&s, "busybox", "1", "squashfs"));
    assert_eq!(upload(&s, &u, &image, &format!("&sha256={}", sha("sha256sum", &image))).0, 200);
    activate(&s, &u);
    let root = overlay(vec![attach_mount(json!({"kind": "loopback", "loopback": {"path": "busybox/1", "base": "image"}}), "squashfs")]);
    let c = s.create("container", container(root, "/bin/sh -c 'echo booted from the store; exit 7'"));
    let c = s.wait_state(id_of(&c), "exited", 20);
    assert_eq!(c["exit_status"], 7, "{c}");
    let log = read(Path::new(c["logfile"].as_str().unwrap()));
    assert!(log.contains("booted from the store"), "{log}");
    let (status, _) = s.delete(&format!("/images?uuid={u}"));
    assert_eq!(status, 409, "the container's stack holds the image");
    s.remove("container", id_of(&c), false);
    assert_eq!(s.delete(&format!("/images?uuid={u}")).0, 200);
    assert_clean(&s);
}
