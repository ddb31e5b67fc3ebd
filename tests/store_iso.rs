//! ISO images' trees on the serve listener, read from the ISO file in
//! userspace: ISOs made by xorriso from a tree this test writes, one with
//! Rock Ridge and Joliet names and one with Joliet only; listings (HTML and
//! JSON), files (whole, Range, If-None-Match) byte for byte equal to the
//! tree's, and paths that do not name a file of the ISO answered 404.

mod common;

use common::*;
use serde_json::{json, Value};
use std::fs;
use std::io::Read;
use std::path::Path;
use std::process::Command;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn get(url: &str, headers: &[(&str, &str)]) -> (u16, ureq::http::HeaderMap, Vec<u8>) {
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).proxy(None).max_redirects(0).build().into();
    let mut req = ureq::http::Request::builder().method("GET").uri(url);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let mut resp = agent.run(req.body(()).unwrap()).unwrap_or_else(|e| panic!("GET {url}: {e}"));
    let mut body = Vec::new();
    resp.body_mut().as_reader().read_to_end(&mut body).unwrap();
    (resp.status().as_u16(), resp.headers().clone(), body)
}

/// An installer-like tree: long mixed-case names, nesting, a 3 MiB file.
fn tree(dir: &Path) -> std::path::PathBuf {
    let root = unique(dir, "dvd");
    write_tree(&root, &[
        ("install/vmlinuz", "kernel bytes\n"),
        ("install/initrd.gz", "initrd bytes\n"),
        ("dists/bookworm/main/binary-amd64/Packages.Long-Name_with.many.dots", "Package: imageapi\n"),
        ("README.html", "<p>read me</p>\n"),
    ]);
    let big: Vec<u8> = (0..3u32 << 20).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect();
    fs::create_dir_all(root.join("live")).unwrap();
    fs::write(root.join("live/filesystem.squashfs"), big).unwrap();
    root
}

fn xorriso(src: &Path, iso: &Path, names: &[&str]) {
    let out = Command::new("xorriso")
        .args(["-as", "mkisofs", "-quiet"])
        .args(names)
        .arg("-V")
        .arg("IMAGEAPI_TEST")
        .arg("-o")
        .arg(iso)
        .arg(src)
        .output()
        .expect("running xorriso (scripts/setup installs it)");
    assert!(out.status.success(), "xorriso failed: {}", String::from_utf8_lossy(&out.stderr));
}

fn publish_iso(s: &Server, name: &str, iso: &Path) -> String {
    let image = s.create("images", json!({"name": name, "version": "1", "type": "iso"}));
    let uuid = image["uuid"].as_str().unwrap().to_string();
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).proxy(None).build().into();
    let resp = agent.put(s.url(&format!("/images/file?uuid={uuid}"))).send(&fs::read(iso).unwrap()[..]).unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    assert_eq!(s.patch(&format!("/images?uuid={uuid}&action=activate")).0, 200);
    uuid
}

#[test]
fn iso_trees_are_served_file_by_file_from_the_iso_itself() {
    let port = free_port();
    let s = Server::start_with_flags(&["--serve-host", "127.0.0.1", "--serve-port", &port.to_string()]);
    let base = format!("http://127.0.0.1:{port}");
    let src = tree(&s.work());
    let rr = s.work().join("rr.iso");
    let joliet = s.work().join("joliet.iso");
    xorriso(&src, &rr, &["-R", "-J"]);
    xorriso(&src, &joliet, &["-J"]);
    let rr_uuid = publish_iso(&s, "debian-rr", &rr);
    let j_uuid = publish_iso(&s, "debian-joliet", &joliet);

    for root in [format!("{base}/by-name/debian-rr/1/"), format!("{base}/by-uuid/{rr_uuid}/"), format!("{base}/by-name/debian-joliet/1/")] {
        for file in ["install/vmlinuz", "install/initrd.gz", "dists/bookworm/main/binary-amd64/Packages.Long-Name_with.many.dots", "live/filesystem.squashfs"] {
            let (status, _, body) = get(&format!("{root}{file}"), &[]);
            assert_eq!(status, 200, "{root}{file}");
            assert!(body == fs::read(src.join(file)).unwrap(), "{root}{file}: {} bytes that differ", body.len());
        }
        // Listings: the root, for programs and for browsers.
        let (status, _, body) = get(&format!("{root}?format=json"), &[]);
        assert_eq!(status, 200);
        let list: Value = serde_json::from_slice(&body).unwrap();
        let names: Vec<&str> = list.as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
        assert_eq!(names, vec!["README.html", "dists", "install", "live"], "{root}: {list}");
        let (_, hd, body) = get(&format!("{root}install/"), &[]);
        assert!(hd.get("content-type").unwrap().to_str().unwrap().starts_with("text/html"));
        let page = String::from_utf8(body).unwrap();
        assert!(page.contains("href=\"vmlinuz\"") && page.contains("href=\"initrd.gz\""), "{page}");
        // A directory without its slash is sent to it.
        assert_eq!(get(&format!("{root}install"), &[]).0, 301);
    }

    // Range and ETag on a file inside the ISO.
    let url = format!("{base}/by-name/debian-rr/1/live/filesystem.squashfs");
    let want = fs::read(src.join("live/filesystem.squashfs")).unwrap();
    let (status, hd, body) = get(&url, &[("Range", "bytes=1048576-1048675")]);
    assert_eq!(status, 206);
    assert_eq!(body, want[1048576..1048676]);
    let etag = hd.get("etag").unwrap().to_str().unwrap().to_string();
    assert_eq!(get(&url, &[("If-None-Match", &etag)]).0, 304);

    // Not in the ISO, or not a name: 404; and a non-ISO image has no tree.
    for bad in ["nothing/here", "install/../../etc/passwd", "install/%2e%2e/README.html"] {
        assert_eq!(get(&format!("{base}/by-name/debian-rr/1/{bad}"), &[]).0, 404, "{bad}");
    }
    let plain = s.create("images", json!({"name": "plain", "version": "1", "type": "file"}))["uuid"].as_str().unwrap().to_string();
    let agent: ureq::Agent = ureq::Agent::config_builder().proxy(None).build().into();
    agent.put(s.url(&format!("/images/file?uuid={plain}"))).send(&b"not an iso"[..]).unwrap();
    assert_eq!(s.patch(&format!("/images?uuid={plain}&action=activate")).0, 200);
    assert_eq!(get(&format!("{base}/by-name/plain/1/x"), &[]).0, 404);

    for u in [rr_uuid, j_uuid, plain] {
        assert_eq!(s.delete(&format!("/images?uuid={u}")).0, 200);
    }
    assert_clean(&s);
}
