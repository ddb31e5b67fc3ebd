//! OCI image import against the real server. An OCI layout is built
//! offline with umoci on the busybox tree: a first layer, a second made by
//! `umoci repack` that deletes a file and adds one, a third added raw that
//! makes a directory opaque. It is imported from its directory (one tag of
//! two), as a `docker save` archive uploaded in the body and as an OCI
//! layout in a tar from a path (both written by skopeo); each result is a
//! squashfs image that is attached with `base: image` and read (whiteouts,
//! owners, modes, a hard link, a device node, a FIFO, symlinks), and one
//! boots a container that shows the whiteouts took effect.
//!
//! Hostile layouts (written here, with names no tool would write): a
//! digest mismatch, entries escaping by `..`, by an absolute name and
//! through symlinks, a hard link out through a symlink, a missing blob,
//! malformed JSON; each is a 400 naming the problem that leaves the image
//! with no file, no staging tree and nothing outside the store.

mod common;

use common::*;
use serde_json::{json, Value};
use sha2::Digest;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn run(command: &mut Command) {
    let out = command.output().unwrap_or_else(|e| panic!("running {command:?}: {e}"));
    assert!(out.status.success(), "{command:?} failed: {}", String::from_utf8_lossy(&out.stderr));
}

fn umoci(args: &[&str], paths: &[&Path]) {
    run(Command::new("umoci").args(args).args(paths));
}

/// An OCI layout with tags `base` (one layer: busybox, /etc/doomed,
/// /opq/old and /opq/sub/older) and `v2` (two more layers: /etc/doomed
/// deleted and /etc/layer2 added; /opq opaque with only /opq/new), whose
/// configuration has a command, an environment and a working directory.
fn layout(work: &Path) -> PathBuf {
    let (l, bundle) = busybox_oci_layout(work, "base", |rootfs| {
        write_tree(rootfs, &[("etc/doomed", "deleted by layer 2\n"), ("opq/old", "lower\n"), ("opq/sub/older", "lower\n"), ("home/user/own", "mine\n")]);
        // Owners, modes, a hard link, a device node and a FIFO.
        use std::os::unix::fs::PermissionsExt;
        std::os::unix::fs::chown(rootfs.join("home/user/own"), Some(1000), Some(1000)).unwrap();
        fs::set_permissions(rootfs.join("home/user/own"), fs::Permissions::from_mode(0o4750)).unwrap();
        fs::hard_link(rootfs.join("home/user/own"), rootfs.join("home/user/also")).unwrap();
        use nix::sys::stat::{makedev, mknod, Mode, SFlag};
        mknod(&rootfs.join("dev/null"), SFlag::S_IFCHR, Mode::from_bits_truncate(0o666), makedev(1, 3)).unwrap();
        mknod(&rootfs.join("run/fifo"), SFlag::S_IFIFO, Mode::from_bits_truncate(0o600), 0).unwrap();
    });
    let image = |tag: &str| format!("{}:{tag}", l.display());
    let rootfs = bundle.join("rootfs");
    fs::remove_file(rootfs.join("etc/doomed")).unwrap();
    write_tree(&rootfs, &[("etc/layer2", "from layer 2\n")]);
    umoci(&["repack", "--image", &image("v2")], &[&bundle]);
    // The opaque directory: umoci writes per-file whiteouts, so this layer is made by hand.
    let third = unique(work, "layer3");
    write_tree(&third, &[("opq/.wh..wh..opq", ""), ("opq/new", "from layer 3\n")]);
    let tar = third.with_extension("tar");
    run(Command::new("tar").arg("-C").arg(&third).arg("-cf").arg(&tar).arg("."));
    umoci(&["raw", "add-layer", "--image", &image("v2")], &[&tar]);
    umoci(&["config", "--image", &image("v2"), "--config.cmd", "/bin/sh", "--config.env", "FOO=bar", "--config.workingdir", "/opq"], &[]);
    fs::remove_dir_all(&bundle).unwrap();
    l
}

/// `skopeo copy` of the layout's tag `v2` to `dest` (a transport:path).
fn skopeo(work: &Path, layout: &Path, dest: &str, options: &[&str]) {
    run(Command::new("skopeo")
        .env("TMPDIR", work)
        .args(["--insecure-policy", "copy", "--quiet"])
        .args(options)
        .arg(format!("oci:{}:v2", layout.display()))
        .arg(dest));
}

fn create(s: &Server, name: &str, version: &str, kind: &str) -> String {
    let image = s.create("images", json!({"name": name, "version": version, "type": kind}));
    image["uuid"].as_str().unwrap().to_string()
}

fn import(s: &Server, uuid: &str, source: Value) -> (u16, Value) {
    s.post(&format!("/images/oci?uuid={uuid}"), &source)
}

fn files_of(s: &Server, uuid: &str) -> Vec<String> {
    let dir = s.run_dir().join("images").join(uuid);
    let mut names: Vec<String> = fs::read_dir(dir).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into()).collect();
    names.sort();
    names
}

fn stored(reference: &str) -> Value {
    attach_mount(json!({"kind": "loopback", "loopback": {"path": reference, "base": "image"}}), "squashfs")
}

/// Attach the image, and check the layers' effects in its tree.
fn check_tree(s: &Server, uuid: &str) {
    let m = s.create("mount", stored(uuid));
    let top = mountpoint(&m);
    assert!(top.join("bin/busybox").is_file(), "layer 1 is there");
    assert!(!top.join("etc/doomed").exists(), "layer 2's whiteout removed /etc/doomed");
    assert_eq!(read(&top.join("etc/layer2")), "from layer 2\n");
    let mut opq: Vec<String> = fs::read_dir(top.join("opq")).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into()).collect();
    opq.sort();
    assert_eq!(opq, vec!["new"], "the opaque /opq keeps only layer 3's content");
    assert_eq!(read(&top.join("opq/new")), "from layer 3\n");
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let own = fs::metadata(top.join("home/user/own")).unwrap();
    assert_eq!((own.uid(), own.gid(), own.mode() & 0o7777), (1000, 1000, 0o4750), "owner and set-uid mode kept");
    assert_eq!(own.nlink(), 2, "the hard link is one file");
    assert_eq!(own.ino(), fs::metadata(top.join("home/user/also")).unwrap().ino());
    let null = fs::symlink_metadata(top.join("dev/null")).unwrap();
    assert!(null.file_type().is_char_device() && null.rdev() == nix::sys::stat::makedev(1, 3), "{null:?}");
    assert!(fs::symlink_metadata(top.join("run/fifo")).unwrap().file_type().is_fifo());
    assert_eq!(fs::read_link(top.join("bin/sh")).unwrap(), Path::new("busybox"));
    s.remove("mount", id_of(&m), false);
}

#[test]
fn oci_images_import_from_a_layout_and_archives_and_boot() {
    let s = Server::start();
    let work = s.work();
    let l = layout(&work);
    let u = create(&s, "bb", "oci", "squashfs");

    // Two tags and no choice: the answer names them.
    let (status, body) = import(&s, &u, json!({"path": l, "base": "root"}));
    assert_eq!(status, 400, "{body}");
    let message = body["message"].as_str().unwrap();
    assert!(message.contains("\"base\"") && message.contains("\"v2\""), "{body}");
    let (status, body) = import(&s, &u, json!({"path": l, "base": "root", "tag": "v3"}));
    assert_eq!(status, 400, "{body}");
    assert_eq!(files_of(&s, &u), vec!["manifest.json"]);

    let (status, image) = import(&s, &u, json!({"path": l, "base": "root", "tag": "v2"}));
    assert_eq!(status, 200, "{image}");
    assert_eq!(image["type"], "squashfs");
    assert_eq!(image["state"], "unactivated");
    let oci = &image["oci"];
    assert_eq!(oci["tag"], "v2", "{image}");
    assert_eq!(oci["cmd"], json!(["/bin/sh"]), "{image}");
    assert!(oci["env"].as_array().unwrap().contains(&json!("FOO=bar")), "{image}");
    assert_eq!(oci["working_dir"], "/opq", "{image}");
    assert!(oci["digest"].as_str().unwrap().starts_with("sha256:"), "{image}");
    assert_eq!(files_of(&s, &u), vec!["file", "manifest.json"], "no staging tree or archive left");
    let file = s.run_dir().join("images").join(&u).join("file");
    let sha256 = format!("{:x}", sha2::Sha256::digest(fs::read(&file).unwrap()));
    assert_eq!(image["sha256"], sha256.as_str());
    assert_eq!(s.list(&format!("/images?uuid={u}"))[0]["oci"], image["oci"], "the configuration is kept");
    assert_eq!(s.patch(&format!("/images?uuid={u}&action=activate")).0, 200);
    check_tree(&s, &u);

    // A container on it sees the same tree.
    let script = "test -e /etc/doomed || echo doomed: gone; echo opq: $(ls -A /opq); cat /etc/layer2; exit 7";
    let c = s.create("container", container(overlay(vec![stored("bb/oci")]), &format!("/bin/sh -c '{script}'")));
    let c = s.wait_state(id_of(&c), "exited", 20);
    assert_eq!(c["exit_status"], 7, "{c}");
    let log = read(Path::new(c["logfile"].as_str().unwrap()));
    assert!(log.contains("opq: new\n") && log.contains("from layer 2\n") && log.contains("doomed: gone\n"), "{log}");
    s.remove("container", id_of(&c), false);

    // docker save's form, uploaded; chosen by its RepoTags entry.
    let archive = unique(&work, "docker").with_extension("tar");
    skopeo(&work, &l, &format!("docker-archive:{}:busybox:v2", archive.display()), &[]);
    let d = create(&s, "bb", "docker", "squashfs");
    let (status, image) = s.send_raw("PUT", &format!("/imageapi/v1/images/oci?uuid={d}&tag=busybox:v2"), Some("application/x-tar"), &fs::read(&archive).unwrap());
    assert_eq!(status, 200, "{image}");
    assert_eq!(image["oci"]["tag"], "busybox:v2", "the tag it was chosen by: {image}");
    assert_eq!(image["oci"]["cmd"], json!(["/bin/sh"]), "{image}");
    assert_eq!(files_of(&s, &d), vec!["file", "manifest.json"]);
    assert_eq!(s.patch(&format!("/images?uuid={d}&action=activate")).0, 200);
    check_tree(&s, &d);

    // An OCI layout in a tar, from a path, its layers recompressed with
    // zstd: its only image needs no tag.
    let archive = unique(&work, "oci-archive").with_extension("tar");
    skopeo(&work, &l, &format!("oci-archive:{}:v2", archive.display()), &["--dest-compress-format", "zstd"]);
    let o = create(&s, "bb", "oci-archive", "squashfs");
    let (status, image) = import(&s, &o, json!({"path": archive, "base": "root"}));
    assert_eq!(status, 200, "{image}");
    let member = |name: &str| -> Value { serde_json::from_slice(&Command::new("tar").arg("-xOf").arg(&archive).arg(name).output().unwrap().stdout).unwrap() };
    let digest = member("index.json")["manifests"][0]["digest"].as_str().unwrap().trim_start_matches("sha256:").to_string();
    let manifest = member(&format!("blobs/sha256/{digest}"));
    let zstd = json!("application/vnd.oci.image.layer.v1.tar+zstd");
    assert!(manifest["layers"].as_array().unwrap().iter().all(|l| l["mediaType"] == zstd), "zstd layers: {manifest}");
    assert_eq!(s.patch(&format!("/images?uuid={o}&action=activate")).0, 200);
    check_tree(&s, &o);

    for x in [u, d, o] {
        assert_eq!(s.delete(&format!("/images?uuid={x}")).0, 200);
    }
    assert_clean(&s);
}

/// One entry of a hand-made layer.
enum Entry<'a> {
    File(&'a str, &'a str),
    Symlink(&'a str, &'a str),
    HardLink(&'a str, &'a str),
}

/// A tar of `entries`, their names written as they are (the tar crate's
/// setters refuse `..` and absolute names, which these layers need).
fn layer(entries: &[Entry]) -> Vec<u8> {
    let mut b = tar::Builder::new(Vec::new());
    for e in entries {
        let (name, kind, data, link) = match e {
            Entry::File(name, data) => (name, tar::EntryType::Regular, *data, ""),
            Entry::Symlink(name, target) => (name, tar::EntryType::Symlink, "", *target),
            Entry::HardLink(name, target) => (name, tar::EntryType::Link, "", *target),
        };
        let mut h = tar::Header::new_old();
        h.as_old_mut().name[..name.len()].copy_from_slice(name.as_bytes());
        h.as_old_mut().linkname[..link.len()].copy_from_slice(link.as_bytes());
        h.set_entry_type(kind);
        h.set_size(data.len() as u64);
        h.set_mode(0o644);
        (h.set_uid(0), h.set_gid(0), h.set_mtime(0));
        h.set_cksum();
        b.append(&h, data.as_bytes()).unwrap();
    }
    b.into_inner().unwrap()
}

fn arch() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "amd64",
        "aarch64" => "arm64",
        other => other,
    }
}

/// An OCI layout of one image of `layers`, then changed by `tamper`.
fn hand_layout(work: &Path, layers: &[Vec<u8>], tamper: impl FnOnce(&Path)) -> PathBuf {
    let l = unique(work, "hand-layout");
    fs::create_dir_all(l.join("blobs/sha256")).unwrap();
    let put = |data: &[u8]| {
        let hex = format!("{:x}", sha2::Sha256::digest(data));
        fs::write(l.join("blobs/sha256").join(&hex), data).unwrap();
        (format!("sha256:{hex}"), data.len())
    };
    let descs: Vec<Value> = layers
        .iter()
        .map(|t| {
            let (digest, size) = put(t);
            json!({"mediaType": "application/vnd.oci.image.layer.v1.tar", "digest": digest, "size": size})
        })
        .collect();
    let diff_ids: Vec<Value> = descs.iter().map(|d| d["digest"].clone()).collect();
    let config = json!({"architecture": arch(), "os": "linux", "config": {}, "rootfs": {"type": "layers", "diff_ids": diff_ids}});
    let (config_digest, config_size) = put(config.to_string().as_bytes());
    let manifest = json!({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
        "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": config_digest, "size": config_size}, "layers": descs});
    let (digest, size) = put(manifest.to_string().as_bytes());
    let index = json!({"schemaVersion": 2, "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": digest, "size": size,
        "annotations": {"org.opencontainers.image.ref.name": "latest"}}]});
    fs::write(l.join("index.json"), index.to_string()).unwrap();
    fs::write(l.join("oci-layout"), r#"{"imageLayoutVersion": "1.0.0"}"#).unwrap();
    tamper(&l);
    l
}

fn blob_of(layout: &Path, data: &[u8]) -> PathBuf {
    layout.join("blobs/sha256").join(format!("{:x}", sha2::Sha256::digest(data)))
}

#[test]
fn hostile_oci_layouts_are_refused_and_leave_nothing() {
    let s = Server::start();
    let work = s.work();
    let u = create(&s, "hostile", "1", "squashfs");
    let w = work.display().to_string();
    let refuse = |l: &Path, word: &str, planted: &[&str]| {
        let (status, body) = import(&s, &u, json!({"path": l, "base": "root"}));
        assert_eq!(status, 400, "{}: {body}", l.display());
        let message = body["message"].as_str().unwrap();
        assert!(message.contains(word), "{}: expected \"{word}\" in: {message}", l.display());
        assert_eq!(files_of(&s, &u), vec!["manifest.json"], "{message}: nothing kept");
        assert_eq!(s.list(&format!("/images?uuid={u}"))[0]["state"], "unactivated");
        for p in planted {
            assert!(!work.join(p).exists(), "{message}: {p} was written outside the store");
        }
    };
    let plain = |entries: &[Entry]| hand_layout(&work, &[layer(entries)], |_| ());

    refuse(&plain(&[Entry::File("../../../../planted-dotdot", "x")]), "\"..\"", &[]);
    let abs = format!("{w}/planted-abs");
    refuse(&plain(&[Entry::File(&abs, "x")]), "absolute", &["planted-abs"]);
    refuse(&plain(&[Entry::Symlink("out", &w), Entry::File("out/planted-link", "x")]), "symbolic link", &["planted-link"]);
    let climb = format!("up{w}/planted-climb");
    refuse(&plain(&[Entry::Symlink("up", "../../../../../../../../../.."), Entry::File(&climb, "x")]), "symbolic link", &["planted-climb"]);
    refuse(&plain(&[Entry::Symlink("etc", "/etc"), Entry::HardLink("stolen", "etc/hostname")]), "symbolic link", &[]);
    refuse(&plain(&[Entry::HardLink("stolen", "../../../../etc/hostname")]), "\"..\"", &[]);

    // A layer blob that is not what its digest says.
    let good = layer(&[Entry::File("etc/ok", "fine\n")]);
    let l = hand_layout(&work, &[good.clone()], |l| {
        let mut other = good.clone();
        other[512] ^= 1;
        fs::write(blob_of(l, &good), other).unwrap();
    });
    refuse(&l, "sha256", &[]);
    let l = hand_layout(&work, &[good.clone()], |l| fs::remove_file(blob_of(l, &good)).unwrap());
    refuse(&l, "has no blobs/sha256/", &[]);
    let l = hand_layout(&work, &[good.clone()], |l| fs::write(l.join("index.json"), "{\"manifests\": [").unwrap());
    refuse(&l, "index.json", &[]);
    let garbage = unique(&work, "garbage");
    fs::write(&garbage, vec![b'x'; 4096]).unwrap();
    refuse(&garbage, "tar", &[]);
    let (status, body) = import(&s, &u, json!({"path": hand_layout(&work, &[good.clone()], |_| ()), "base": "root", "size_limit": 2}));
    assert_eq!(status, 400, "{body}");
    assert!(body["message"].as_str().unwrap().contains("size limit of 2 bytes"), "{body}");
    let (status, body) = s.send_raw("PUT", &format!("/imageapi/v1/images/oci?uuid={u}&size_limit=100"), Some("application/x-tar"), &good);
    assert_eq!(status, 400, "{body}");
    assert!(body["message"].as_str().unwrap().contains("size limit of 100 bytes"), "{body}");
    assert_eq!(files_of(&s, &u), vec!["manifest.json"]);

    // The same layout untampered imports; into an ext4 image it does not.
    let l = hand_layout(&work, &[good.clone()], |_| ());
    let e = create(&s, "hostile", "ext4", "ext4");
    let (status, body) = import(&s, &e, json!({"path": l, "base": "root"}));
    assert_eq!(status, 400, "{body}");
    assert!(body["message"].as_str().unwrap().contains("squashfs"), "{body}");
    let (status, body) = import(&s, &u, json!({"path": l, "base": "root"}));
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["oci"]["tag"], "latest");
    for x in [u, e] {
        assert_eq!(s.delete(&format!("/images?uuid={x}")).0, 200);
    }
    assert_clean(&s);
}

#[test]
fn whiteouts_of_dot_dot_or_dot_are_refused_and_remove_nothing() {
    let s = Server::start();
    let work = s.work();
    // A stored image beside the one imported, and files beside the layout.
    let kept = create(&s, "kept", "1", "squashfs");
    let lower = layer(&[Entry::File("keep/a", "a\n"), Entry::File("sub/b", "b\n")]);
    let (status, body) = import(&s, &kept, json!({"path": hand_layout(&work, &[lower.clone()], |_| ()), "base": "root"}));
    assert_eq!(status, 200, "{body}");
    let kept_files = files_of(&s, &kept);
    fs::write(work.join("sentinel"), "still here\n").unwrap();
    let u = create(&s, "whiteout", "1", "squashfs");
    for whiteout in [".wh...", "sub/.wh...", "keep/../.wh...", ".wh..", "sub/.wh..", ".wh."] {
        let l = hand_layout(&work, &[lower.clone(), layer(&[Entry::File(whiteout, "")])], |_| ());
        let (status, body) = import(&s, &u, json!({"path": l, "base": "root"}));
        assert_eq!(status, 400, "{whiteout}: {body}");
        let message = body["message"].as_str().unwrap();
        assert!(message.contains("whites out") || message.contains("\"..\""), "{whiteout}: {message}");
        assert_eq!(files_of(&s, &u), vec!["manifest.json"], "{whiteout}: {message}: nothing kept");
        assert_eq!(files_of(&s, &kept), kept_files, "{whiteout}: the other image was touched");
        assert_eq!(fs::read_to_string(work.join("sentinel")).unwrap(), "still here\n");
        assert!(l.join("oci-layout").exists(), "{whiteout}: the layout was touched");
    }
    // A whiteout of a lower layer's file still works.
    let l = hand_layout(&work, &[lower.clone(), layer(&[Entry::File("sub/.wh.b", "")])], |_| ());
    let (status, body) = import(&s, &u, json!({"path": l, "base": "root"}));
    assert_eq!(status, 200, "{body}");
    for x in [u, kept] {
        assert_eq!(s.delete(&format!("/images?uuid={x}")).0, 200);
    }
    assert_clean(&s);
}

#[test]
fn an_import_cut_by_kill_9_leaves_nothing_after_the_restart() {
    let mut s = Server::start();
    let u = create(&s, "cut", "1", "squashfs");
    let image_dir = s.run_dir().join("images").join(&u);
    // Half of an archive's upload, then the server dies.
    let mut conn = std::net::TcpStream::connect(format!("127.0.0.1:{}", s.port())).unwrap();
    use std::io::Write;
    write!(conn, "PUT /imageapi/v1/images/oci?uuid={u} HTTP/1.1\r\nHost: localhost\r\nContent-Length: {}\r\n\r\n", 64 << 20).unwrap();
    conn.write_all(&vec![0u8; 8 << 20]).unwrap();
    assert!(eventually(10, || s.list(&format!("/images?uuid={u}"))[0]["state"] == "uploading"));
    assert!(eventually(10, || image_dir.join("oci-archive").exists()));
    s.crash();
    drop(conn);
    // What an import killed later leaves: its staging tree and its squashfs.
    write_tree(&image_dir.join("oci-staging/root"), &[("etc/passwd", "root:x:0:0::/:/bin/sh\n")]);
    fs::write(image_dir.join("oci.squashfs"), "half a squashfs").unwrap();
    s.respawn();
    let got = &s.list(&format!("/images?uuid={u}"))[0];
    assert_eq!(got["state"], "unactivated", "{got}");
    assert!(got.get("sha256").is_none() && got.get("oci").is_none(), "{got}");
    assert_eq!(files_of(&s, &u), vec!["manifest.json"], "the start removed what the import left");
    let (status, body) = s.patch(&format!("/images?uuid={u}&action=activate"));
    assert_eq!(status, 409, "{body}");
    assert_eq!(s.delete(&format!("/images?uuid={u}")).0, 200);
    assert_clean(&s);
}
