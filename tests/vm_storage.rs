//! The network drivers against real servers: a one-node Ceph, an iSCSI
//! target (tgtd) and the kernel NFS server, which `tests/vm/run` starts on
//! the loopback of a VM running Debian's stock kernel (see
//! docs/testing-vm.md).
//!
//! Every test here is `#[ignore]`d: a plain `cargo test` lists them as
//! ignored with the reason. The VM's guest runs them with `--ignored` and
//! `IMAGEAPI_VM=1`; a test run with `--ignored` anywhere else fails, saying
//! so, as does one whose server the guest did not name: none of them can
//! pass without having checked something.

mod common;

use common::*;
use serde_json::{json, Value};
use std::fs;
use std::os::unix::fs::FileTypeExt;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const NEEDS_VM: &str = "needs the real servers of the VM lane: run tests/vm/run";

/// The value of `name`, which the VM's guest sets; a test run outside the
/// VM (or with a server missing) fails here.
fn vm(name: &str) -> String {
    assert!(std::env::var_os("IMAGEAPI_VM").is_some(), "{NEEDS_VM} (IMAGEAPI_VM is not set)");
    std::env::var(name).ok().filter(|v| !v.is_empty()).unwrap_or_else(|| panic!("IMAGEAPI_VM is set but {name} is not: the guest did not start that server"))
}

/// Run a command of the test's own setup or checks; its output.
fn sh(program: &str, args: &[&str]) -> String {
    let out = Command::new(program).args(args).output().unwrap_or_else(|e| panic!("running {program}: {e}"));
    assert!(out.status.success(), "{program} {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn is_block_device(path: &str) -> bool {
    fs::metadata(path).is_ok_and(|m| m.file_type().is_block_device())
}

// ---- nfs ---------------------------------------------------------------------

/// The export as a client of `version` names it (the guest's export is
/// the NFSv4 root).
fn nfs(version: &str, ro: bool, options: Value) -> Value {
    let path = vm(if version == "3" { "IMAGEAPI_VM_NFS_PATH_V3" } else { "IMAGEAPI_VM_NFS_PATH_V4" });
    json!({"kind": "nfs", "nfs": {"host": vm("IMAGEAPI_VM_NFS_HOST"), "path": path, "version": version, "ro": ro, "options": options}})
}

/// v4.2 and v3, read-only and read-write: the export's file is there, a
/// write goes through (or is refused read-only), and a delete leaves
/// nothing mounted.
#[test]
#[ignore = "needs the real servers of the VM lane: run tests/vm/run"]
fn nfs_mounts_an_export_in_each_version_read_only_and_read_write() {
    let export = Path::new(&vm("IMAGEAPI_VM_NFS_DIR")).to_path_buf();
    let s = Server::start();
    for version in ["4.2", "3"] {
        for ro in [true, false] {
            let m = s.create("mount", nfs(version, ro, json!([])));
            let dir = mountpoint(&m);
            let entry = mount_entry(&dir).expect("the export is mounted");
            assert_eq!(entry.fs_type, if version == "3" { "nfs" } else { "nfs4" }, "{entry:?}");
            assert!(entry.options.iter().any(|o| o == if ro { "ro" } else { "rw" }), "{entry:?}");
            assert_eq!(read(&dir.join("hello.txt")), "served over NFS\n", "v{version} ro={ro}");
            let name = format!("written-v{version}");
            let written = fs::write(dir.join(&name), "through the client");
            if ro {
                let err = written.expect_err("a write on a read-only mount succeeded");
                assert_eq!(err.raw_os_error(), Some(libc::EROFS), "{err}");
            } else {
                written.unwrap_or_else(|e| panic!("writing through a v{version} read-write mount: {e}"));
                assert_eq!(read(&export.join(&name)), "through the client");
                fs::remove_file(export.join(&name)).unwrap();
            }
            s.remove("mount", id_of(&m), false);
            assert!(mount_entry(&dir).is_none(), "v{version} is still mounted at {}", dir.display());
        }
    }
    assert_clean(&s);
}

/// A server that does not answer (nothing listens on the port), with
/// the options a client leaves as they are (a hard mount): the mount
/// fails in bounded time, with a sentence naming the server, and nothing
/// is left.
#[test]
#[ignore = "needs the real servers of the VM lane: run tests/vm/run"]
fn nfs_mount_of_an_unreachable_server_fails_in_bounded_time() {
    let s = Server::start();
    for version in ["4.2", "3"] {
        let started = Instant::now();
        let (status, body) = s.post("/mount", &nfs(version, true, json!(["port=2050"])));
        let took = started.elapsed();
        assert!(status >= 400, "v{version}: mounting an unreachable server answered {status}: {body}");
        let msg = body["message"].as_str().unwrap_or_default();
        assert!(msg.contains("127.0.0.1"), "v{version}: the error does not name the server: {msg}");
        assert!(took < Duration::from_secs(60), "v{version}: the failing mount took {took:?}");
        println!("v{version}: {status} after {took:?}: {msg}");
    }
    assert_clean(&s);
}

/// A server that never answers (its packets are dropped), with the
/// kernel's defaults (a hard mount, which would wait for minutes): the
/// server abandons the mount at its 60 s deadline, says so, and leaves
/// nothing mounted.
#[test]
#[ignore = "needs the real servers of the VM lane: run tests/vm/run"]
fn nfs_hard_mount_of_a_silent_server_is_abandoned_at_the_deadline() {
    let port = vm("IMAGEAPI_VM_NFS_SILENT_PORT");
    let s = Server::start();
    let started = Instant::now();
    let (status, body) = s.post("/mount", &nfs("4.2", true, json!([format!("port={port}")])));
    let took = started.elapsed();
    println!("hard v4.2: {status} after {took:?}: {body}");
    assert_eq!(status, 500, "{body}");
    let msg = body["message"].as_str().unwrap_or_default();
    assert!(msg.contains("127.0.0.1") && msg.contains("did not answer within 60 s"), "{msg}");
    assert!(took >= Duration::from_secs(59) && took < Duration::from_secs(100), "abandoned after {took:?}");
    assert_clean(&s);
}

/// The same server with `soft` and a short `timeo`: the kernel itself
/// gives up within seconds.
#[test]
#[ignore = "needs the real servers of the VM lane: run tests/vm/run"]
fn nfs_soft_mount_of_a_silent_server_fails_in_bounded_time() {
    let port = vm("IMAGEAPI_VM_NFS_SILENT_PORT");
    let s = Server::start();
    for version in ["4.2", "3"] {
        let started = Instant::now();
        let (status, body) = s.post("/mount", &nfs(version, true, json!([format!("port={port}"), "soft", "timeo=30", "retrans=1"])));
        let took = started.elapsed();
        println!("v{version}: {status} after {took:?}: {body}");
        assert!(status >= 400, "v{version}: mounting a silent server answered {status}: {body}");
        assert!(took < Duration::from_secs(100), "v{version}: the failing mount took {took:?}");
    }
    assert_clean(&s);
}

// ---- iso9660 -------------------------------------------------------------------

/// An ISO image (made with xorriso) on a loop device, mounted as iso9660:
/// a type the kernel loads on demand at the first mount.
#[test]
#[ignore = "needs the real servers of the VM lane: run tests/vm/run"]
fn iso9660_image_mounts_through_a_loopback_attachment() {
    vm("IMAGEAPI_VM");
    let s = Server::start();
    let src = unique(&s.work(), "iso-src");
    write_tree(&src, &[("docs/readme.txt", "on a disc\n")]);
    let iso = s.work().join("disc.iso");
    sh("xorriso", &["-as", "mkisofs", "-quiet", "-R", "-J", "-o", &iso.display().to_string(), &src.display().to_string()]);
    let m = s.create("mount", attach_mount(loopback(&iso), "iso9660"));
    let dir = mountpoint(&m);
    assert_eq!(mount_entry(&dir).expect("the ISO is mounted").fs_type, "iso9660");
    assert_eq!(read(&dir.join("docs/readme.txt")), "on a disc\n");
    s.remove("mount", id_of(&m), false);
    assert_clean(&s);
}

// ---- iscsi -----------------------------------------------------------------------

/// The initiator names the tests log in with: the target accepts any.
const INITIATOR: &str = "iqn.2024-01.org.example:vm-node";

fn iscsi(lun: i64) -> Value {
    json!({"kind": "iscsi", "iscsi": {"initiator": INITIATOR, "target": vm("IMAGEAPI_VM_ISCSI_TARGET"), "host": vm("IMAGEAPI_VM_ISCSI_HOST"), "lun": lun, "scheduler": "none"}})
}

fn iscsi_sessions() -> String {
    let out = Command::new("iscsiadm").args(["-m", "session"]).output().expect("running iscsiadm");
    // iscsiadm exits 21 when there is no session.
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// LUN 1 holds an ext4 filesystem made on the target: attached, mounted
/// (ext4 is loaded by the mount itself) and read; LUN 2 of the same target
/// shares the session; a LUN the target does not have is a 404 that
/// leaves the session as it was; the last detach logs out.
#[test]
#[ignore = "needs the real servers of the VM lane: run tests/vm/run"]
fn iscsi_attaches_luns_of_a_real_target_and_logs_out_after_the_last() {
    vm("IMAGEAPI_VM_ISCSI_TARGET");
    assert_eq!(iscsi_sessions(), "", "an iSCSI session was open before the test");
    let s = Server::start();
    let m = s.create("mount", json!({"kind": "attach", "attach": {"fs_type": "ext4", "mount_options": ["ro", "noload"], "attach": iscsi(1)}}));
    let dir = mountpoint(&m);
    assert_eq!(read(&dir.join("hello.txt")), "written on the target\n");
    let a1 = s.get_one("attach", m["attach"]["attach"]["id"].as_u64().expect("the nested attachment's id"));
    let disk = device_file(&a1);
    assert!(is_block_device(&disk), "{disk} is not a block device");
    let name = Path::new(&disk).file_name().unwrap().to_string_lossy().into_owned();
    assert!(read(Path::new(&format!("/sys/block/{name}/queue/scheduler"))).contains("[none]"));
    let sessions = iscsi_sessions();
    assert!(sessions.contains(&vm("IMAGEAPI_VM_ISCSI_TARGET")) && sessions.lines().count() == 1, "{sessions}");

    // Another LUN of the target: the same session, another disk.
    let a2 = s.create("attach", iscsi(2));
    assert_ne!(device_file(&a2), disk);
    assert!(is_block_device(&device_file(&a2)));
    assert_eq!(iscsi_sessions(), sessions, "a second LUN opened another session");

    // A LUN the target does not have: 404 naming it, the session kept.
    let msg = expect_error(s.post("/attach", &iscsi(7)), 404);
    assert!(msg.contains("no LUN 7"), "{msg}");
    assert_eq!(iscsi_sessions(), sessions);
    assert_eq!(s.list("/attach").len(), 2, "the failed attachment is listed");

    s.remove("attach", id_of(&a2), false);
    assert_eq!(iscsi_sessions(), sessions, "the session went while LUN 1 was still attached");
    s.remove("mount", id_of(&m), false);
    assert!(eventually(10, || iscsi_sessions().is_empty()), "the session is still open: {}", iscsi_sessions());
    assert!(eventually(10, || !Path::new(&disk).exists()), "{disk} is still there");
    assert_clean(&s);
}

/// A missing LUN on a target nobody is logged in to: the login it took to
/// find out is undone.
#[test]
#[ignore = "needs the real servers of the VM lane: run tests/vm/run"]
fn iscsi_missing_lun_undoes_its_login() {
    vm("IMAGEAPI_VM_ISCSI_TARGET");
    assert_eq!(iscsi_sessions(), "", "an iSCSI session was open before the test");
    let s = Server::start();
    let msg = expect_error(s.post("/attach", &iscsi(9)), 404);
    assert!(msg.contains("no LUN 9"), "{msg}");
    assert!(eventually(10, || iscsi_sessions().is_empty()), "the login was not undone: {}", iscsi_sessions());
    assert_clean(&s);
}

// ---- rbd ---------------------------------------------------------------------------

/// The cephx key of the guest's client.node (a 0600 file the guest wrote).
fn rbd_key() -> String {
    read(Path::new(&vm("IMAGEAPI_VM_RBD_KEYFILE"))).trim().to_string()
}

fn rbd(image: &str, ro: bool) -> Value {
    json!({"kind": "rbd", "rbd": {"monitors": [vm("IMAGEAPI_VM_RBD_MON")], "pool": vm("IMAGEAPI_VM_RBD_POOL"), "image": image,
        "options": {"name": vm("IMAGEAPI_VM_RBD_USER"), "secret": rbd_key(), "ro": ro}}})
}

fn rbd_devices() -> Vec<String> {
    let mut ids: Vec<String> = fs::read_dir("/sys/bus/rbd/devices").map(|d| d.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect()).unwrap_or_default();
    ids.sort();
    ids
}

/// POST a definition holding the key and expect 201; a failure shows the
/// answer, never the request (which `Server::create` would print).
fn create_keyed(s: &Server, collection: &str, body: Value) -> Value {
    let (status, object) = s.post(&format!("/{collection}"), &body);
    assert_eq!(status, 201, "POST /{collection} (a definition holding the cephx key) answered {object}");
    object
}

/// The key never leaves the request: not in an answer, not in the
/// server's log, not in any file under its run dir.
fn assert_secret_kept(s: &Server, answers: &[&Value]) {
    let key = rbd_key();
    for answer in answers {
        assert!(!answer.to_string().contains(&key), "the secret came back: {answer}");
    }
    for listed in s.list("/attach") {
        assert!(!listed.to_string().contains(&key), "the secret is listed: {listed}");
    }
    assert!(!s.log().contains(&key), "the secret is in the server's log");
    let found = Command::new("grep").args(["-r", "-l", "-F", "--", &key]).arg(s.temp()).output().unwrap();
    assert!(String::from_utf8_lossy(&found.stdout).trim().is_empty(), "the secret is in files of the server: {}", String::from_utf8_lossy(&found.stdout));
}

/// Read-write: bytes written to the device reach the image; read-only:
/// they read back and a write is refused; each detach unmaps.
#[test]
#[ignore = "needs the real servers of the VM lane: run tests/vm/run"]
fn rbd_maps_an_image_read_write_then_read_only_with_a_cephx_key() {
    vm("IMAGEAPI_VM_RBD_MON");
    assert_eq!(rbd_devices(), Vec::<String>::new(), "rbd devices were mapped before the test");
    let s = Server::start();
    let marker = b"imageapi rbd marker\n";

    let rw = create_keyed(&s, "attach", rbd("disk", false));
    let dev = device_file(&rw);
    assert!(is_block_device(&dev), "{dev} is not a block device");
    assert_eq!(rbd_devices().len(), 1);
    {
        use std::io::Write;
        let mut f = fs::OpenOptions::new().write(true).open(&dev).unwrap_or_else(|e| panic!("opening {dev} to write: {e}"));
        f.write_all(marker).and_then(|_| f.sync_all()).unwrap_or_else(|e| panic!("writing {dev}: {e}"));
    }
    let listed = s.get_one("attach", id_of(&rw));
    assert_secret_kept(&s, &[&rw, &listed]);
    s.remove("attach", id_of(&rw), false);
    assert!(eventually(10, || rbd_devices().is_empty() && !Path::new(&dev).exists()), "still mapped: {:?}", rbd_devices());

    let ro = create_keyed(&s, "attach", rbd("disk", true));
    let dev = device_file(&ro);
    let mut head = vec![0u8; marker.len()];
    {
        use std::io::Read;
        fs::File::open(&dev).and_then(|mut f| f.read_exact(&mut head)).unwrap_or_else(|e| panic!("reading {dev}: {e}"));
    }
    assert_eq!(head, marker, "the read-only mapping does not show what was written");
    let name = Path::new(&dev).file_name().unwrap().to_string_lossy().into_owned();
    assert_eq!(read(Path::new(&format!("/sys/block/{name}/ro"))).trim(), "1", "{dev} is not read-only");
    // The kernel lets a read-only disk be opened for writing; the write
    // itself must fail (rbd refuses it on a read-only mapping).
    let written = fs::OpenOptions::new().write(true).open(&dev).and_then(|mut f| {
        use std::io::Write;
        f.write_all(b"overwritten").and_then(|_| f.sync_all())
    });
    let err = written.expect_err("a write through the read-only mapping succeeded");
    println!("writing through the read-only mapping: {err}");
    assert_secret_kept(&s, &[&ro]);
    s.remove("attach", id_of(&ro), false);
    assert!(eventually(10, || rbd_devices().is_empty()), "still mapped: {:?}", rbd_devices());
    assert_clean(&s);
}

/// An image the pool does not have: an error that says so, and nothing
/// mapped or listed.
#[test]
#[ignore = "needs the real servers of the VM lane: run tests/vm/run"]
fn rbd_missing_image_fails_and_maps_nothing() {
    let s = Server::start();
    let started = Instant::now();
    let (status, body) = s.post("/attach", &rbd("no-such-image", true));
    assert!(status >= 400, "mapping a missing image answered {status}: {body}");
    check_error_body("POST /attach", status, &body);
    let msg = body["message"].as_str().unwrap_or_default();
    println!("missing image: {status} after {:?}: {msg}", started.elapsed());
    assert!(msg.contains("no-such-image"), "the error does not name the image: {msg}");
    assert_eq!(rbd_devices(), Vec::<String>::new());
    assert_secret_kept(&s, &[&body]);
    assert_clean(&s);
}

// ---- the scheme of docs/schemes/rbd-squashfs-overlay.md ----------------------------

/// The busybox image as squashfs in the RBD image `root` (written through
/// a read-write attachment), then one request: the image mapped
/// read-only, its squashfs mounted, an overlay over it and a container
/// on that, running; stopped and deleted, it takes the whole stack down.
#[test]
#[ignore = "needs the real servers of the VM lane: run tests/vm/run"]
fn rbd_squashfs_overlay_container_runs_and_goes_away_whole() {
    vm("IMAGEAPI_VM_RBD_MON");
    assert_eq!(rbd_devices(), Vec::<String>::new(), "rbd devices were mapped before the test");
    let s = Server::start();
    let image = busybox_image(&s.work());
    let rw = create_keyed(&s, "attach", rbd("root", false));
    let dev = device_file(&rw);
    sh("dd", &[&format!("if={}", image.display()), &format!("of={dev}"), "bs=1M", "conv=fsync", "status=none"]);
    s.remove("attach", id_of(&rw), false);
    assert!(eventually(10, || rbd_devices().is_empty()), "still mapped: {:?}", rbd_devices());

    let lower = json!({"kind": "attach", "attach": {"fs_type": "squashfs", "mount_options": ["ro"], "attach": rbd("root", true)}});
    let c = create_keyed(&s, "container", container(overlay(vec![lower]), "/bin/sh -c 'trap \"exit 0\" TERM; echo up; while :; do sleep 1; done'"));
    let id = id_of(&c);
    let c = s.wait_state(id, "running", 60);
    let (started, _) = s.container_procs(id);
    wait_until_catches(started.pid, libc::SIGTERM);
    assert_eq!(rbd_devices().len(), 1, "the image is not mapped once");
    assert_eq!(s.list("/attach").len(), 1);
    assert_eq!(s.list("/mount").len(), 2, "the squashfs mount and the overlay");
    assert_secret_kept(&s, &[&c]);

    let (status, body) = s.patch(&format!("/container?id={id}&state=exited"));
    assert_eq!(status, 200, "{body}");
    s.wait_state(id, "exited", 30);
    s.remove("container", id, false);
    assert!(eventually(10, || rbd_devices().is_empty()), "still mapped after the container went: {:?}", rbd_devices());
    assert_clean(&s);
}
