//! Hostile downloads for `uri` mounts, each checked on the node afterwards:
//! an archive whose own symlink (`top -> /`) would lead a FIFO's parents
//! onto the node; device nodes, a setuid program and a FIFO from GNU tar
//! (none of them live); 300,000 empty directories under a small size
//! limit (the ramdisk's inodes are bounded too); a bad entry ahead of a
//! long body (reported with its cause); and redirects to anything but
//! http and https.

mod common;

use common::*;
use serde_json::{json, Value};
use std::fs;
use std::io::Write;
use std::os::fd::AsRawFd;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("running {cmd:?}: {e}"));
    assert!(out.status.success(), "{cmd:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn uri_mount(url: &str, format: &str, extra: Value) -> Value {
    let mut uri = json!({"url": url, "format": format});
    uri.as_object_mut().unwrap().extend(extra.as_object().cloned().unwrap_or_default());
    json!({"kind": "uri", "uri": uri})
}

/// One ustar header (entries GNU tar cannot be made to write: a path
/// through an archive's own symlink). `kind`: b'5' directory, b'2'
/// symlink, b'6' FIFO.
fn ustar_header(name: &str, kind: u8, mode: u32, link: &str) -> [u8; 512] {
    assert!(name.len() < 100 && link.len() < 100);
    let mut h = [0u8; 512];
    let mut put = |off: usize, bytes: &[u8]| h[off..off + bytes.len()].copy_from_slice(bytes);
    put(0, name.as_bytes());
    for (off, len, value) in [(100, 8, mode as u64), (108, 8, 0), (116, 8, 0), (124, 12, 0), (136, 12, 0)] {
        put(off, format!("{value:0w$o}\0", w = len - 1).as_bytes());
    }
    put(156, &[kind]);
    put(157, link.as_bytes());
    put(257, b"ustar\x0000");
    put(148, b"        ");
    let sum: u32 = h.iter().map(|b| *b as u32).sum();
    h[148..156].copy_from_slice(format!("{sum:06o}\0 ").as_bytes());
    h
}

/// The two zero blocks that end an archive.
const END: [u8; 1024] = [0; 1024];

/// Removes a path on the node if a failing test made it appear there.
struct RemoveIfCreated(PathBuf);
impl Drop for RemoveIfCreated {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn assert_nothing_left(s: &Server) {
    assert_eq!(s.mounts_made(&s.run_dir()), Vec::<PathBuf>::new());
    let left: Vec<_> = fs::read_dir(s.run_dir().join("mounts")).unwrap().flatten().map(|e| e.path()).collect();
    assert!(left.is_empty(), "mountpoints left: {left:?}");
    assert_clean(s);
}

#[test]
fn an_archive_symlink_never_leads_entries_onto_the_node() {
    let s = Server::start();
    let http = HttpServer::start();
    let escape = format!("imageapi-escape-{}", std::process::id());
    let on_node = Path::new("/tmp").join(&escape);
    let _guard = RemoveIfCreated(on_node.clone());
    let mut tar = Vec::new();
    tar.extend(ustar_header("top", b'2', 0o777, "/"));
    tar.extend(ustar_header(&format!("top/tmp/{escape}/y/f"), b'6', 0o644, ""));
    tar.extend(END);
    let archive = s.work().join("escape.tar");
    fs::write(&archive, &tar).unwrap();
    let url = http.file(&archive);

    // With a wrong checksum, as the attack came: refused, and nothing on the node.
    let answer = s.post("/mount", &uri_mount(&url, "tar", json!({"sha256": "0".repeat(64)})));
    assert!(!on_node.exists(), "the archive created {} on the node", on_node.display());
    let msg = expect_error(answer, 422);
    assert!(msg.contains("sha256"), "{msg}");
    assert_nothing_left(&s);

    // Accepted, the FIFO lands inside the ramdisk, where `top` leads there.
    let m = s.create("mount", uri_mount(&url, "tar", json!({})));
    let fifo = mountpoint(&m).join(format!("tmp/{escape}/y/f"));
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo(), "{}", fifo.display());
    assert!(!on_node.exists(), "the archive created {} on the node", on_node.display());
    s.remove("mount", id_of(&m), false);
    assert_nothing_left(&s);
}

#[test]
fn device_nodes_setuid_programs_and_fifos_of_a_download_are_not_live() {
    let s = Server::start();
    let http = HttpServer::start();
    let tree = unique(&s.work(), "tree");
    fs::create_dir_all(tree.join("dev")).unwrap();
    fs::create_dir_all(tree.join("bin")).unwrap();
    run(Command::new("mknod").arg(tree.join("dev/zero")).args(["c", "1", "5"]));
    run(Command::new("mkfifo").arg(tree.join("pipe")));
    fs::copy("/usr/bin/id", tree.join("bin/id")).unwrap();
    fs::set_permissions(tree.join("bin/id"), fs::Permissions::from_mode(0o4755)).unwrap();
    let archive = s.work().join("nodes.tar.gz");
    run(Command::new("tar").arg("-czf").arg(&archive).arg("-C").arg(&tree).arg("."));

    // GNU tar's FIFO is unpacked (it leaves a FIFO's device fields empty).
    let m = s.create("mount", uri_mount(&http.file(&archive), "tar.gz", json!({})));
    let mp = mountpoint(&m);
    let options = mount_options(&mp);
    assert!(options.iter().any(|o| o == "nodev") && options.iter().any(|o| o == "nosuid"), "{options:?}");
    assert!(fs::symlink_metadata(mp.join("pipe")).unwrap().file_type().is_fifo());
    // The device node is there, and dead.
    assert!(fs::symlink_metadata(mp.join("dev/zero")).unwrap().file_type().is_char_device());
    let opened = fs::File::open(mp.join("dev/zero"));
    assert_eq!(opened.map(drop).map_err(|e| e.kind()), Err(std::io::ErrorKind::PermissionDenied), "a downloaded device node opened");
    // The setuid program keeps its mode, but runs as its caller.
    assert_eq!(fs::metadata(mp.join("bin/id")).unwrap().permissions().mode() & 0o7777, 0o4755);
    // uid 1000 cannot walk the run dir (0700): it runs the program through
    // a descriptor root opened for it.
    let program = fs::File::open(mp.join("bin/id")).unwrap();
    nix::fcntl::fcntl(program.as_raw_fd(), nix::fcntl::FcntlArg::F_SETFD(nix::fcntl::FdFlag::empty())).unwrap();
    let euid = run(Command::new(format!("/proc/self/fd/{}", program.as_raw_fd())).arg("-u").uid(1000).gid(1000));
    assert_eq!(euid.trim(), "1000", "a downloaded setuid program ran as root");
    drop(program);

    s.remove("mount", id_of(&m), false);
    assert_nothing_left(&s);
}

#[test]
fn three_hundred_thousand_empty_directories_do_not_fit_a_small_limit() {
    let s = Server::start();
    let http = HttpServer::start();
    let archive = s.work().join("dirs.tar.gz");
    let out = fs::File::create(&archive).unwrap();
    let mut gzip = Command::new("gzip").arg("-9c").stdin(Stdio::piped()).stdout(out).spawn().expect("running gzip");
    {
        let mut input = std::io::BufWriter::new(gzip.stdin.take().unwrap());
        for i in 0..300_000 {
            input.write_all(&ustar_header(&format!("{i:06}/"), b'5', 0o755, "")).unwrap();
        }
        input.write_all(&END).unwrap();
    }
    assert!(gzip.wait().unwrap().success());
    let size = fs::metadata(&archive).unwrap().len();
    // Well under the limit: only the inodes can refuse it.
    assert!(size < 2_500_000, "the archive is {size} bytes");
    let msg = expect_error(s.post("/mount", &uri_mount(&http.file(&archive), "tar.gz", json!({"size_limit": 3_000_000}))), 422);
    assert!(msg.contains("do not fit"), "{msg}");
    assert_nothing_left(&s);
}

#[test]
fn a_bad_entry_ahead_of_a_long_body_is_reported_with_its_cause() {
    let s = Server::start();
    let http = HttpServer::start();
    let tree = unique(&s.work(), "tree");
    fs::create_dir_all(tree.join("a")).unwrap();
    std::os::unix::fs::symlink("../../../../etc/shadow", tree.join("a/shadow")).unwrap();
    // 40 MiB that do not compress: more than the download keeps in flight.
    let mut x: u64 = 0x9E3779B97F4A7C15;
    let noise: Vec<u8> = (0..40 << 20)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    fs::write(tree.join("big"), noise).unwrap();
    let archive = s.work().join("bad-then-long.tar");
    run(Command::new("tar").arg("-cf").arg(&archive).arg("-C").arg(&tree).args(["a", "big"]));
    let msg = expect_error(s.post("/mount", &uri_mount(&http.file(&archive), "tar", json!({}))), 422);
    assert!(msg.contains("points outside") && !msg.contains("stopped reading"), "{msg}");
    assert_nothing_left(&s);
}

#[test]
fn redirects_are_followed_to_http_only() {
    let s = Server::start();
    let http = HttpServer::start();
    let image = squashfs_image(&s.work(), &[("f", "data\n")]);
    http.route("/real.sqsh", Route::File(image));
    let url = http.route("/moved.sqsh", Route::Redirect("/real.sqsh".into()));
    let m = s.create("mount", uri_mount(&url, "file", json!({})));
    assert!(mountpoint(&m).join("moved.sqsh").exists());
    s.remove("mount", id_of(&m), false);

    for target in ["ftp://127.0.0.1/x.sqsh", "file:///etc/passwd", "gopher://127.0.0.1/x"] {
        let url = http.route("/away.sqsh", Route::Redirect(target.into()));
        let msg = expect_error(s.post("/mount", &uri_mount(&url, "file", json!({}))), 422);
        assert!(msg.contains(target) && msg.contains("only http:// and https://"), "{target}: {msg}");
    }
    let url = http.route("/loop.sqsh", Route::Redirect("/loop.sqsh".into()));
    let msg = expect_error(s.post("/mount", &uri_mount(&url, "file", json!({}))), 422);
    assert!(msg.contains("redirects"), "{msg}");
    assert_nothing_left(&s);
}
