//! ISO images' trees on the serve listener, read from the ISO file in
//! userspace: ISOs made by xorriso from a tree this test writes, one with
//! Rock Ridge and Joliet names and one with Joliet only; listings (HTML and
//! JSON), files (whole, Range, If-None-Match) byte for byte equal to the
//! tree's, and paths that do not name a file of the ISO answered 404.
//! File names that mean something in a URL or in HTML (`javascript:...`,
//! `<`, `"`, `&`, `%`, `#`, `?`) are listed as text and linked relative
//! and percent-encoded, and every link leads to its file.

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
        assert!(page.contains("href=\"./vmlinuz\"") && page.contains("href=\"./initrd.gz\""), "{page}");
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

/// One raw request on a fresh connection: the status and the `Location`.
fn raw_get(port: u16, path: &str) -> (u16, Option<String>) {
    use std::io::{BufRead, BufReader, Write};
    let mut conn = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    conn.set_read_timeout(Some(std::time::Duration::from_secs(30))).unwrap();
    write!(conn, "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut lines = BufReader::new(conn).lines().map_while(Result::ok);
    let status = lines.next().and_then(|l| l.split(' ').nth(1).and_then(|s| s.parse().ok())).unwrap_or(0);
    let location = lines.take_while(|l| !l.is_empty()).find_map(|l| l.strip_prefix("location: ").or(l.strip_prefix("Location: ")).map(str::to_string));
    (status, location)
}

#[test]
fn iso_listings_link_every_file_name_as_a_relative_escaped_link() {
    let port = free_port();
    let s = Server::start_with_flags(&["--serve-host", "127.0.0.1", "--serve-port", &port.to_string()]);
    let base = format!("http://127.0.0.1:{port}");
    // Names a Rock Ridge tree can carry that a URL or a page would take
    // for something else.
    let names = ["javascript:alert(1)", "a<b>c", "q\"uote", "amp&x", "100%", "100%25", "hash#frag", "what?q=1", "it's", "sp ace"];
    let src = unique(&s.work(), "hostile");
    fs::create_dir_all(src.join("javascript:dir")).unwrap();
    for (i, name) in names.iter().enumerate() {
        fs::write(src.join(name), format!("file {i}\n")).unwrap();
    }
    fs::write(src.join("javascript:dir/inner"), "inner\n").unwrap();
    let iso = s.work().join("hostile.iso");
    xorriso(&src, &iso, &["-R"]);
    let uuid = publish_iso(&s, "hostile", &iso);
    let root = format!("{base}/by-name/hostile/1/");

    let (status, _, body) = get(&root, &[]);
    assert_eq!(status, 200, "{}", String::from_utf8_lossy(&body));
    let page = String::from_utf8(body).unwrap();
    let hrefs: Vec<&str> = page.split("href=\"").skip(1).map(|h| &h[..h.find('"').unwrap()]).collect();
    assert_eq!(hrefs.len(), names.len() + 2, "{page}");
    for h in &hrefs {
        // No scheme, query, fragment or markup can start in a link.
        assert!(h.starts_with("./") || *h == "../", "{h}: {page}");
        assert!(!h.contains([':', '<', '>', '&', '#', '?', '\'', ' ']), "{h}: {page}");
    }
    assert!(!page.contains("href=\"javascript"), "{page}");
    // The names as text, escaped.
    for shown in ["javascript:alert(1)", "a&lt;b&gt;c", "q&quot;uote", "amp&amp;x", "100%", "hash#frag", "what?q=1", "it&#39;s", "javascript:dir/"] {
        assert!(page.contains(&format!(">{shown}</a>")), "{shown} is not listed: {page}");
    }
    // Every link leads to the file (or directory) its text names.
    let unescape = |t: &str| t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    let rows: Vec<(&str, String)> = page
        .split("<li><a href=\"")
        .skip(2)
        .map(|row| {
            let (href, rest) = row.split_once("\">").unwrap();
            (href, unescape(&rest[..rest.find("</a>").unwrap()]))
        })
        .collect();
    assert_eq!(rows.len(), names.len() + 1, "{page}");
    for (href, text) in &rows {
        let (status, _, body) = get(&format!("{root}{}", &href[2..]), &[]);
        assert_eq!(status, 200, "{href} ({text})");
        if text != "javascript:dir/" {
            let i = names.iter().position(|n| n == text).unwrap_or_else(|| panic!("{text} is no name of the tree"));
            assert_eq!(String::from_utf8_lossy(&body), format!("file {i}\n"), "{href} does not lead to {text}");
        }
    }
    let (status, _, body) = get(&format!("{root}javascript%3Adir/"), &[]);
    assert_eq!(status, 200);
    assert!(String::from_utf8(body).unwrap().contains("href=\"./inner\""));
    // A spelled-out slash or NUL is no name.
    for bad in ["javascript%3Adir%2Finner", "100%2", "100%zz", "a%00"] {
        assert_eq!(get(&format!("{root}{bad}"), &[]).0, 404, "{bad}");
    }
    // A directory without its slash, asked for with doubled slashes, is
    // sent to a path on this server, never to `//another-host`.
    for (path, to) in [
        ("//by-name/hostile/1//javascript%3Adir", "/by-name/hostile/1/javascript%3Adir/"),
        (&format!("//by-uuid/{uuid}/javascript%3Adir"), &format!("/by-uuid/{uuid}/javascript%3Adir/")),
    ] {
        assert_eq!(raw_get(port, path), (301, Some(to.to_string())), "{path}");
    }
    assert_eq!(s.delete(&format!("/images?uuid={uuid}")).0, 200);
    assert_clean(&s);
}
