//! `uri` mounts end to end: the real server downloads from an HTTP server
//! this test runs on 127.0.0.1 into a real tmpfs. Covered: a tar.gz with
//! modes, ownership and a symlink; every compression; a bad checksum; a
//! truncated body; entries escaping the mount (`..`, absolute, a symlink
//! pointing out); a status error; the size limit; and a squashfs file
//! pulled into RAM, attached with loopback `base: mount` and mounted.
//! Every failure must leave no mount and no mountpoint behind.

mod common;

use common::*;
use serde_json::{json, Value};
use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::Command;

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("running {cmd:?}: {e}"));
    assert!(out.status.success(), "{cmd:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn sha256(file: &Path) -> String {
    run(Command::new("sha256sum").arg(file)).split_whitespace().next().unwrap().to_string()
}

/// A tree with a private directory, an executable, a file owned by
/// 1234:5678 and a symlink inside; archived with GNU tar as `name`.
fn sample_archive(work: &Path, name: &str, compress: Option<&str>) -> PathBuf {
    let src = unique(work, "tree");
    write_tree(&src, &[("etc/motd", "hello from the archive\n"), ("bin/tool", "#!/bin/sh\necho tool\n"), ("private/key", "k\n")]);
    fs::set_permissions(src.join("bin/tool"), fs::Permissions::from_mode(0o755)).unwrap();
    fs::set_permissions(src.join("private"), fs::Permissions::from_mode(0o700)).unwrap();
    fs::set_permissions(src.join("private/key"), fs::Permissions::from_mode(0o600)).unwrap();
    std::os::unix::fs::chown(src.join("etc/motd"), Some(1234), Some(5678)).unwrap();
    std::os::unix::fs::symlink("../etc/motd", src.join("bin/motd")).unwrap();
    let archive = work.join(name);
    let mut cmd = Command::new("tar");
    cmd.arg("-c");
    if let Some(c) = compress {
        cmd.arg(format!("--{c}"));
    }
    cmd.arg("-f").arg(&archive).arg("-C").arg(&src).arg(".");
    run(&mut cmd);
    archive
}

fn uri_mount(url: &str, format: &str, extra: Value) -> Value {
    let mut uri = json!({"url": url, "format": format});
    uri.as_object_mut().unwrap().extend(extra.as_object().cloned().unwrap_or_default());
    json!({"kind": "uri", "uri": uri})
}

/// Nothing mounted under the run dir and no mountpoint left.
fn assert_nothing_left(s: &Server) {
    assert_eq!(s.mounts_made(&s.run_dir()), Vec::<PathBuf>::new());
    let left: Vec<_> = fs::read_dir(s.run_dir().join("mounts")).unwrap().flatten().map(|e| e.path()).collect();
    assert!(left.is_empty(), "mountpoints left: {left:?}");
    assert_clean(s);
}

#[test]
fn a_tar_gz_archive_is_unpacked_with_modes_owners_and_links_read_only() {
    let s = Server::start();
    let http = HttpServer::start();
    let archive = sample_archive(&s.work(), "root.tar.gz", Some("gzip"));
    let url = http.file(&archive);
    let m = s.create("mount", uri_mount(&url, "tar.gz", json!({"sha256": sha256(&archive)})));
    let mp = mountpoint(&m);
    assert_eq!(m["uri"]["url"], url.as_str());

    assert_eq!(read(&mp.join("etc/motd")), "hello from the archive\n");
    let mode = |p: &str| fs::symlink_metadata(mp.join(p)).unwrap().permissions().mode() & 0o7777;
    assert_eq!(mode("bin/tool"), 0o755);
    assert_eq!(mode("private"), 0o700);
    assert_eq!(mode("private/key"), 0o600);
    let meta = fs::metadata(mp.join("etc/motd")).unwrap();
    assert_eq!((meta.uid(), meta.gid()), (1234, 5678));
    assert_eq!(fs::read_link(mp.join("bin/motd")).unwrap(), Path::new("../etc/motd"));
    assert_eq!(read(&mp.join("bin/motd")), "hello from the archive\n");

    let entry = mount_entry(&mp).expect("the uri mount is in mountinfo");
    assert_eq!(entry.fs_type, "tmpfs");
    assert!(mount_options(&mp).contains(&"ro".to_string()), "{:?}", mount_options(&mp));
    assert!(fs::write(mp.join("new"), "x").is_err(), "the download is read-only");
    assert!(s.log().contains("downloaded"), "progress is logged");

    // A restarted server adopts the ramdisk as it is.
    let mut s = s;
    s.restart();
    assert_eq!(s.get_one("mount", id_of(&m))["mountpoint"], m["mountpoint"]);
    assert_eq!(read(&mp.join("etc/motd")), "hello from the archive\n");

    s.remove("mount", id_of(&m), false);
    assert!(!mp.exists());
    assert_nothing_left(&s);
}

#[test]
fn every_compression_is_unpacked() {
    let s = Server::start();
    let http = HttpServer::start();
    for (compress, ext, format) in [(None, "tar", "tar"), (Some("xz"), "tar.xz", "tar.xz"), (Some("zstd"), "tar.zst", "tar.zst")] {
        let archive = sample_archive(&s.work(), &format!("root.{ext}"), compress);
        let m = s.create("mount", uri_mount(&http.file(&archive), format, json!({})));
        assert_eq!(read(&mountpoint(&m).join("etc/motd")), "hello from the archive\n", "{format}");
        s.remove("mount", id_of(&m), false);
    }
    assert_nothing_left(&s);
}

#[test]
fn a_bad_checksum_is_refused_and_nothing_is_left() {
    let s = Server::start();
    let http = HttpServer::start();
    let archive = sample_archive(&s.work(), "root.tar.gz", Some("gzip"));
    let wrong = "0".repeat(64);
    let msg = expect_error(s.post("/mount", &uri_mount(&http.file(&archive), "tar.gz", json!({"sha256": wrong}))), 422);
    assert!(msg.contains("sha256") && msg.contains(&sha256(&archive)), "{msg}");
    assert_nothing_left(&s);
}

#[test]
fn a_truncated_download_fails_and_nothing_is_left() {
    let s = Server::start();
    let http = HttpServer::start();
    let image = squashfs_image(&s.work(), &[("big", &"x".repeat(300_000))]);
    let half = fs::metadata(&image).unwrap().len() / 2;
    let url = http.route("/cut.sqsh", Route::Truncated(image.clone(), half));
    let (status, body) = s.post("/mount", &uri_mount(&url, "file", json!({})));
    assert_eq!(status, 500, "{body}");
    assert!(body["message"].as_str().unwrap().contains("/cut.sqsh"), "{body}");
    assert_nothing_left(&s);
}

#[test]
fn entries_that_escape_the_mount_are_refused() {
    let s = Server::start();
    let http = HttpServer::start();
    let src = unique(&s.work(), "evil");
    write_tree(&src, &[("sub/inner", "in\n"), ("escape", "out\n")]);
    // GNU tar keeps "../" and leading "/" only with -P.
    let dotdot = s.work().join("dotdot.tar");
    run(Command::new("tar").arg("-cPf").arg(&dotdot).arg("-C").arg(src.join("sub")).args(["inner", "../escape"]));
    let absolute = s.work().join("absolute.tar");
    run(Command::new("tar").arg("-cPf").arg(&absolute).arg(src.join("escape")));
    let link_dir = unique(&s.work(), "link");
    fs::create_dir_all(link_dir.join("a")).unwrap();
    std::os::unix::fs::symlink("../../../../etc/shadow", link_dir.join("a/shadow")).unwrap();
    let link = s.work().join("link.tar");
    run(Command::new("tar").arg("-cf").arg(&link).arg("-C").arg(&link_dir).arg("a"));

    for (archive, want) in [(&dotdot, "\"..\" component"), (&absolute, "absolute path"), (&link, "points outside")] {
        let msg = expect_error(s.post("/mount", &uri_mount(&http.file(archive), "tar", json!({}))), 422);
        assert!(msg.contains(want), "{}: {msg}", archive.display());
        assert_nothing_left(&s);
    }
    assert!(!s.run_dir().join("mounts/escape").exists() && !s.run_dir().join("escape").exists());
}

#[test]
fn status_errors_and_size_limits_are_refused_before_anything_is_made() {
    let s = Server::start();
    let http = HttpServer::start();
    let url = http.route("/gone.img", Route::Status(404));
    let msg = expect_error(s.post("/mount", &uri_mount(&url, "file", json!({}))), 422);
    assert!(msg.contains("HTTP 404"), "{msg}");
    let image = squashfs_image(&s.work(), &[("f", "data\n")]);
    let size = fs::metadata(&image).unwrap().len();
    let msg = expect_error(s.post("/mount", &uri_mount(&http.file(&image), "file", json!({"size_limit": size - 1}))), 422);
    assert!(msg.contains("size limit"), "{msg}");
    // An unpacked archive larger than the limit fills the ramdisk: refused too.
    let zeros = s.work().join("zeros");
    fs::write(&zeros, vec![0u8; 64 << 20]).unwrap();
    let bomb = s.work().join("bomb.tar.gz");
    run(Command::new("tar").arg("-czf").arg(&bomb).arg("-C").arg(s.work()).arg("zeros"));
    let msg = expect_error(s.post("/mount", &uri_mount(&http.file(&bomb), "tar.gz", json!({"size_limit": 1 << 20}))), 422);
    assert!(msg.contains("do not fit"), "{msg}");
    // Malformed definitions are a 400.
    expect_error(s.post("/mount", &uri_mount("ftp://127.0.0.1/x", "file", json!({}))), 400);
    expect_error(s.post("/mount", &uri_mount(&format!("http://127.0.0.1:{}/dir/", http.port), "file", json!({}))), 400);
    assert_nothing_left(&s);
}

#[test]
fn a_squashfs_file_in_ram_is_attached_with_loopback_base_mount_and_mounted() {
    let s = Server::start();
    let http = HttpServer::start();
    let image = squashfs_image(&s.work(), &[("hello.txt", "hello from RAM\n")]);
    let url = http.route("/images/root.sqsh", Route::File(image.clone()));
    let download = uri_mount(&url, "file", json!({"sha256": sha256(&image)}));
    let m = s.create("mount", attach_mount(loopback_in(download, "root.sqsh"), "squashfs"));
    assert_eq!(read(&mountpoint(&m).join("hello.txt")), "hello from RAM\n");
    let attach = &m["attach"]["attach"];
    let ram = &attach["loopback"]["mount"];
    assert_eq!(ram["kind"], "uri");
    let file = mountpoint(ram).join("root.sqsh");
    assert_eq!(fs::read(&file).unwrap(), fs::read(&image).unwrap());
    assert_eq!(loop_backing_file(loop_number(&device_file(attach))).as_deref(), Some(file.as_path()));
    assert!(loop_read_only(loop_number(&device_file(attach))), "a read-only ramdisk gives a read-only loop device");

    // One delete takes the squashfs mount, the loop device and the ramdisk.
    s.remove("mount", id_of(&m), false);
    assert_nothing_left(&s);
}
