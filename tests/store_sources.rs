//! What a store copy (`POST /images/file`) or OCI import (`POST
//! /images/oci`) does with a source that is not a regular file (or, for an
//! import, a directory): a FIFO, a socket, a device node, a directory where
//! a file is expected, and a FIFO inside an OCI layout. Each is answered
//! with a 4xx at once, whether the path is on the node or inside a mount
//! (where a container could have made it), nothing is left behind (no file
//! in the image's directory, no loop device, no mount: the mount holding
//! the FIFO is deleted cleanly afterwards) and the server goes on serving.

mod common;

use common::*;
use serde_json::{json, Value};
use std::path::Path;
use std::time::{Duration, Instant};

/// Far longer than a refusal takes, far shorter than a hang.
const PROMPT: Duration = Duration::from_secs(15);

/// POST with a short timeout: a request that blocks fails the test
/// instead of hanging it.
fn post_promptly(s: &Server, path: &str, body: &Value) -> (u16, Value) {
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).proxy(None).timeout_global(Some(PROMPT)).build().into();
    let started = Instant::now();
    let mut response = agent
        .post(s.url(path))
        .send_json(body)
        .unwrap_or_else(|e| panic!("POST {path} {body} was not answered within {PROMPT:?}: {e}"));
    let status = response.status().as_u16();
    let text = response.body_mut().read_to_string().unwrap_or_default();
    let body_back = serde_json::from_str(&text).unwrap_or(Value::String(text));
    if status >= 400 {
        check_error_body(&format!("POST {path}"), status, &body_back);
    }
    eprintln!("POST {path} {body}: {status} after {:?}: {body_back}", started.elapsed());
    (status, body_back)
}

fn mkfifo(path: &Path) {
    nix::unistd::mkfifo(path, nix::sys::stat::Mode::from_bits_truncate(0o644)).unwrap_or_else(|e| panic!("mkfifo {}: {e}", path.display()));
}

fn mknod_null(path: &Path) {
    use nix::sys::stat::{makedev, mknod, Mode, SFlag};
    mknod(path, SFlag::S_IFCHR, Mode::from_bits_truncate(0o644), makedev(1, 3)).unwrap_or_else(|e| panic!("mknod {}: {e}", path.display()));
}

fn new_image(s: &Server, name: &str, kind: &str) -> String {
    let image = s.create("images", json!({"name": name, "version": "1", "type": kind}));
    image["uuid"].as_str().unwrap().to_string()
}

/// Only the manifest is in the image's directory: no partial file, no
/// staging tree, no spooled archive.
fn assert_nothing_kept(s: &Server, uuid: &str) {
    let dir = s.run_dir().join("images").join(uuid);
    let mut names: Vec<String> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names, vec!["manifest.json"], "left in {}", dir.display());
    let (status, image) = s.get(&format!("/images?uuid={uuid}"));
    assert_eq!(status, 200);
    assert_eq!(image[0]["state"], "unactivated", "{image}");
}

/// Special files on the node and inside a read-write ext4 mount made
/// through the API: `fifo`, `socket`, `null` (a character device) and
/// `dir`. Returns the node directory and the mount.
fn special_files(s: &Server) -> (std::path::PathBuf, Value) {
    let node = s.work().join("special");
    std::fs::create_dir(&node).unwrap();
    let image = ext4_image(&s.work(), 16, &[("dir/file", "x")]);
    let mount = s.create("mount", attach_mount(loopback(&image), "ext4"));
    for dir in [node.clone(), mountpoint(&mount)] {
        mkfifo(&dir.join("fifo"));
        mknod_null(&dir.join("null"));
        let _socket = std::os::unix::net::UnixListener::bind(dir.join("socket")).unwrap();
        std::fs::create_dir_all(dir.join("dir")).unwrap();
    }
    (node, mount)
}

/// The mount holding the special files goes as cleanly as it came (no
/// descriptor of the server keeps it busy), with its loop device, and the
/// server still answers.
fn assert_left_clean(s: &Server, mount: &Value) {
    assert_eq!(s.get("/images").0, 200, "the server stopped answering");
    let mp = mountpoint(mount);
    s.remove("mount", id_of(mount), false);
    assert!(!is_mountpoint(&mp), "{} is still mounted", mp.display());
    assert!(eventually(10, || loops_backed_by(s.temp()).is_empty()), "loop devices left: {:?}", loops_backed_by(s.temp()));
    assert_eq!(s.mounts_made(s.temp()), Vec::<std::path::PathBuf>::new(), "mounts left");
    assert_clean(s);
}

#[test]
fn a_file_copy_from_a_fifo_socket_device_or_directory_is_refused_at_once() {
    let s = Server::start();
    let (node, mount) = special_files(&s);
    let u = new_image(&s, "special", "file");
    for name in ["fifo", "socket", "null", "dir"] {
        let on_node = json!({"path": node.join(name), "base": "root"});
        let in_mount = json!({"path": format!("/{name}"), "base": "mount", "mount_id": id_of(&mount)});
        for source in [on_node, in_mount] {
            let (status, message) = expect_client_error(post_promptly(&s, &format!("/images/file?uuid={u}"), &source));
            assert_eq!(status, 400, "{source}: {message}");
            assert!(message.contains("not a regular file"), "{source}: {message}");
            assert_nothing_kept(&s, &u);
        }
    }
    // A regular file beside them is still copied.
    let (status, body) = post_promptly(&s, &format!("/images/file?uuid={u}"), &json!({"path": "/dir/file", "base": "mount", "mount_id": id_of(&mount)}));
    assert_eq!(status, 200, "{body}");
    assert_eq!(s.delete(&format!("/images?uuid={u}")).0, 200);
    assert_left_clean(&s, &mount);
}

#[test]
fn an_oci_import_from_a_fifo_socket_or_device_or_a_layout_holding_a_fifo_is_refused_at_once() {
    let s = Server::start();
    let (node, mount) = special_files(&s);
    // A layout whose index.json is a FIFO, on the node and in the mount.
    for dir in [node.clone(), mountpoint(&mount)] {
        let layout = dir.join("layout");
        std::fs::create_dir(&layout).unwrap();
        std::fs::write(layout.join("oci-layout"), r#"{"imageLayoutVersion":"1.0.0"}"#).unwrap();
        mkfifo(&layout.join("index.json"));
    }
    let u = new_image(&s, "special-oci", "squashfs");
    for name in ["fifo", "socket", "null", "layout"] {
        let on_node = json!({"path": node.join(name), "base": "root"});
        let in_mount = json!({"path": format!("/{name}"), "base": "mount", "mount_id": id_of(&mount)});
        for source in [on_node, in_mount] {
            let (status, message) = expect_client_error(post_promptly(&s, &format!("/images/oci?uuid={u}"), &source));
            assert_eq!(status, 400, "{source}: {message}");
            assert!(message.contains("FIFO") || message.contains("socket") || message.contains("device") || message.contains("not a regular file"), "{source}: {message}");
            assert_nothing_kept(&s, &u);
        }
    }
    assert_eq!(s.delete(&format!("/images?uuid={u}")).0, 200);
    assert_left_clean(&s, &mount);
}
