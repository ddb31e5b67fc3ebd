//! Images that travel between servers: a store downloading an image's file
//! from a URL in the background (progress, checksums, the size limit, the
//! failures and their causes), and a node booting a container from an
//! image pulled with a `uri` mount from another server's serve listener,
//! verified against the sha256 the client gives or, with `image`, against
//! the manifest the node reads from the store itself (refusing images that
//! are not active, and files altered on the store's disk).

mod common;

use common::*;
use serde_json::{json, Value};
use std::fs;
use std::path::Path;
use std::process::Command;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn sha256(file: &Path) -> String {
    let out = Command::new("sha256sum").arg(file).output().unwrap();
    String::from_utf8_lossy(&out.stdout).split_whitespace().next().unwrap().to_string()
}

/// A head node: a server with a serve listener; returns it and its base URL.
fn head() -> (Server, String) {
    let port = free_port().to_string();
    let s = Server::start_with_flags(&["--serve-host", "127.0.0.1", "--serve-port", &port]);
    (s, format!("http://127.0.0.1:{port}"))
}

/// Upload `file` as an active image of `s`; returns its manifest.
fn publish(s: &Server, name: &str, file: &Path) -> Value {
    let image = s.create("images", json!({"name": name, "version": "1", "type": "squashfs"}));
    let uuid = image["uuid"].as_str().unwrap().to_string();
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).proxy(None).build().into();
    let resp = agent.put(s.url(&format!("/images/file?uuid={uuid}"))).send(&fs::read(file).unwrap()[..]).unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    let (status, body) = s.patch(&format!("/images?uuid={uuid}&action=activate"));
    assert_eq!(status, 200, "{body}");
    body
}

/// Poll until the image leaves `downloading`; returns it.
fn settled(s: &Server, uuid: &str) -> Value {
    let mut last = Value::Null;
    let done = eventually(60, || {
        last = s.list(&format!("/images?uuid={uuid}"))[0].clone();
        last["state"] != "downloading"
    });
    assert!(done, "image {uuid} is still downloading: {last}");
    last
}

#[test]
fn a_store_downloads_a_file_in_the_background_and_verifies_it() {
    let (h, base) = head();
    let image = busybox_image(&h.work());
    let m = publish(&h, "busybox", &image);
    let url = format!("{base}/by-uuid/{}", m["uuid"].as_str().unwrap());
    let sha = m["sha256"].as_str().unwrap().to_string();

    let node = Server::start();
    let fresh = |name: &str| node.create("images", json!({"name": name, "version": "1", "type": "squashfs"}))["uuid"].as_str().unwrap().to_string();

    // Good: verified, unactivated with the file's checksums.
    let u = fresh("good");
    let (status, body) = node.post(&format!("/images/download?uuid={u}"), &json!({"url": url, "sha256": sha}));
    assert_eq!(status, 202, "{body}");
    assert_eq!(body["state"], "downloading");
    let got = settled(&node, &u);
    assert_eq!((got["state"].as_str(), got["sha256"].as_str()), (Some("unactivated"), Some(sha.as_str())), "{got}");
    assert_eq!(got["size"], fs::metadata(&image).unwrap().len());
    assert_eq!(sha256(&node.run_dir().join("images").join(&u).join("file")), sha);

    // Failures end `failed` with the cause, and keep nothing.
    let cases = [
        ("badsum", json!({"url": url, "sha256": "0".repeat(64)}), "sha256"),
        ("missing", json!({"url": format!("{base}/by-uuid/00000000-0000-4000-8000-000000000000")}), "404"),
        ("toolarge", json!({"url": url, "size_limit": 1000}), "limit"),
    ];
    for (name, source, word) in cases {
        let v = fresh(name);
        let (status, body) = node.post(&format!("/images/download?uuid={v}"), &source);
        assert_eq!(status, 202, "{name}: {body}");
        let got = settled(&node, &v);
        assert_eq!(got["state"], "failed", "{name}: {got}");
        assert!(got["error"].as_str().unwrap_or_default().contains(word), "{name}: the cause should mention {word}: {got}");
        let files: Vec<_> = fs::read_dir(node.run_dir().join("images").join(&v)).unwrap().flatten().map(|e| e.file_name()).collect();
        assert_eq!(files, vec![std::ffi::OsString::from("manifest.json")], "{name}");
        assert_eq!(node.delete(&format!("/images?uuid={v}")).0, 200);
    }
    // Refused before anything starts.
    let w = fresh("refused");
    for bad in [json!({"url": "ftp://x/y"}), json!({"url": "http://user:pw@x/y"}), json!({"url": url, "sha256": "xyz"})] {
        let (status, body) = node.post(&format!("/images/download?uuid={w}"), &bad);
        assert_eq!(status, 400, "{bad}: {body}");
    }
    assert_eq!(node.list(&format!("/images?uuid={w}"))[0]["state"], "unactivated");
    for x in [u, w] {
        assert_eq!(node.delete(&format!("/images?uuid={x}")).0, 200);
    }
    assert_eq!(h.delete(&format!("/images?uuid={}", m["uuid"].as_str().unwrap())).0, 200);
    assert_clean(&node);
    assert_clean(&h);
}

#[test]
fn a_container_boots_from_an_image_pulled_from_another_servers_serve_listener() {
    let (h, base) = head();
    let image = busybox_image(&h.work());
    let m = publish(&h, "busybox", &image);
    let sha = m["sha256"].as_str().unwrap().to_string();
    // What a node reads from the listing: the path and the sha256.
    let listing: Value = ureq::get(format!("{base}/by-name/busybox/?format=json")).call().unwrap().body_mut().read_json().unwrap();
    assert_eq!(listing[0]["sha256"], sha.as_str());
    let url = format!("{base}{}", listing[0]["path"].as_str().unwrap());

    let node = Server::start();
    let root = |sha256: &str| {
        overlay(vec![attach_mount(
            json!({"kind": "loopback", "loopback": {"base": "mount", "path": "1",
                "mount": {"kind": "uri", "uri": {"url": url, "format": "file", "sha256": sha256}}}}),
            "squashfs",
        )])
    };
    let (status, body) = node.post("/container", &container(root(&"0".repeat(64)), "/bin/true"));
    assert!((400..500).contains(&status), "a stale sha256 must be refused: {status} {body}");
    assert!(node.list("/mount").is_empty());

    let c = node.create("container", container(root(&sha), "/bin/sh -c 'echo pulled from the store; exit 5'"));
    let c = node.wait_state(id_of(&c), "exited", 30);
    assert_eq!(c["exit_status"], 5, "{c}");
    assert!(read(Path::new(c["logfile"].as_str().unwrap())).contains("pulled from the store"));
    node.remove("container", id_of(&c), false);
    assert_eq!(h.delete(&format!("/images?uuid={}", m["uuid"].as_str().unwrap())).0, 200);
    assert_clean(&node);
    assert_clean(&h);
}

/// A `uri` mount of image `image` of the store at `base`, as a loopback
/// squashfs attachment of its file.
fn store_root(base: &str, image: &str) -> Value {
    overlay(vec![attach_mount(
        json!({"kind": "loopback", "loopback": {"base": "mount", "path": "file",
            "mount": {"kind": "uri", "uri": {"url": base, "image": image}}}}),
        "squashfs",
    )])
}

/// POST a container whose root is `root`; it must be refused with a 422
/// naming `word`, and leave no mount behind.
fn refused(node: &Server, root: Value, word: &str) {
    let (status, body) = node.post("/container", &container(root, "/bin/true"));
    assert_eq!(status, 422, "{word}: {body}");
    let message = body["message"].as_str().unwrap_or_default();
    assert!(message.contains(word), "the refusal should mention {word}: {body}");
    assert!(node.list("/mount").is_empty(), "{word}: a refused mount was kept: {:?}", node.list("/mount"));
    assert!(node.list("/container").is_empty());
}

#[test]
fn a_node_checks_a_store_image_against_the_stores_manifest() {
    let (h, base) = head();
    let image = busybox_image(&h.work());
    let m = publish(&h, "busybox", &image);
    let uuid = m["uuid"].as_str().unwrap().to_string();
    let node = Server::start();

    // By name and version, and by uuid: the manifest's sha256 is checked
    // without the client knowing it.
    for name in ["busybox/1".to_string(), uuid.clone()] {
        let c = node.create("container", container(store_root(&base, &name), "/bin/sh -c 'echo checked by the manifest; exit 7'"));
        let c = node.wait_state(id_of(&c), "exited", 30);
        assert_eq!(c["exit_status"], 7, "{name}: {c}");
        assert!(read(Path::new(c["logfile"].as_str().unwrap())).contains("checked by the manifest"));
        node.remove("container", id_of(&c), false);
        assert!(node.list("/mount").is_empty());
    }

    // Refused before anything is made: a name that is no image, and
    // definitions that cannot be right.
    refused(&node, store_root(&base, "busybox/2"), "no image busybox/2");
    refused(&node, store_root(&base, "00000000-0000-4000-8000-000000000000"), "no image");
    let wrong_sum = overlay(vec![attach_mount(
        json!({"kind": "loopback", "loopback": {"base": "mount", "path": "file",
            "mount": {"kind": "uri", "uri": {"url": base, "image": "busybox/1", "sha256": "0".repeat(64)}}}}),
        "squashfs",
    )]);
    refused(&node, wrong_sum, "is not the sha256 of the image");
    for bad in ["busybox", "a/b/c"] {
        let (status, body) = node.post("/container", &container(store_root(&base, bad), "/bin/true"));
        assert_eq!(status, 400, "{bad}: {body}");
        assert!(body["message"].as_str().unwrap_or_default().contains("image"), "{bad}: {body}");
    }

    // An image that is not active: unactivated, then disabled.
    let other = h.create("images", json!({"name": "pending", "version": "1", "type": "squashfs"}));
    let other_uuid = other["uuid"].as_str().unwrap().to_string();
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).proxy(None).build().into();
    let resp = agent.put(h.url(&format!("/images/file?uuid={other_uuid}"))).send(&fs::read(&image).unwrap()[..]).unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    refused(&node, store_root(&base, "pending/1"), "unactivated, not active");
    assert_eq!(h.patch(&format!("/images?uuid={other_uuid}&action=activate")).0, 200);
    assert_eq!(h.patch(&format!("/images?uuid={other_uuid}&action=disable")).0, 200);
    refused(&node, store_root(&base, &other_uuid), "disabled, not active");

    // The store's file altered on its disk after activation: the bytes
    // served are not the manifest's, and the node keeps none of them.
    let stored = h.run_dir().join("images").join(&uuid).join("file");
    let mut bytes = fs::read(&stored).unwrap();
    let at = bytes.len() / 2;
    bytes[at] ^= 0xff;
    fs::write(&stored, &bytes).unwrap();
    refused(&node, store_root(&base, "busybox/1"), "sha256");

    for u in [uuid, other_uuid] {
        assert_eq!(h.delete(&format!("/images?uuid={u}")).0, 200);
    }
    assert_clean(&node);
    assert_clean(&h);
}
