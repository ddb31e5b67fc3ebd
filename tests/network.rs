//! The network drivers (rbd, iscsi, nfs) through the real server.
//!
//! - On this kernel (no rbd, nfs or iscsi_tcp) each kind answers 501 naming
//!   what to load, after a malformed definition was refused with 400, and
//!   leaves nothing behind, also when it was nested under other objects.
//! - rbd and iscsi against fakes the server is pointed at by environment
//!   (IMAGEAPI_SYSFS_ROOT, IMAGEAPI_DEV_ROOT, IMAGEAPI_ISCSIADM), rbd also
//!   through the deprecated v0.1 routes (`/attach/rbd`, `/mount/rbd`).
//! - Against a real Ceph cluster, iSCSI target or NFS export when the
//!   IMAGEAPI_TEST_* variables name one (see docs/drivers/); skipped with
//!   a printed reason otherwise.

mod common;

use common::*;
use serde_json::{json, Value};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// A made-up cephx key; it must never come back in an answer or a log.
const SECRET: &str = "AQBzZWNyZXQta2V5LWZvci10ZXN0cy1vbmx5AAAAAA==";

fn skip(test: &str, reason: &str) {
    println!("{test}: skipped: {reason}");
}

fn rbd(options: Value) -> Value {
    json!({"kind": "rbd", "rbd": {"monitors": ["10.0.0.1"], "pool": "rbd", "image": "root", "options": options}})
}

fn iscsi(target: &str, lun: i64) -> Value {
    json!({"kind": "iscsi", "iscsi": {"initiator": "iqn.2024-01.org.example:node7", "target": target, "host": "127.0.0.1", "lun": lun}})
}

fn nfs(options: Value) -> Value {
    json!({"kind": "nfs", "nfs": {"host": "127.0.0.1", "path": "/export", "options": options}})
}

// ---- 501 on this kernel --------------------------------------------------------

#[test]
fn rbd_answers_501_on_a_kernel_without_it_after_checking_the_definition() {
    if Path::new("/sys/bus/rbd").exists() {
        return skip("rbd_answers_501", "this kernel has the rbd driver");
    }
    let s = Server::start();
    let msg = expect_error(s.post("/attach", &rbd(json!({"name": "admin,secret=x"}))), 400);
    assert!(msg.contains("attach.rbd.options.name"), "{msg}");
    let msg = expect_error(s.post("/attach", &rbd(json!({"secret": SECRET}))), 501);
    assert!(msg.contains("load the rbd module"), "{msg}");
    // Nested under a mount, the same answer and nothing made.
    let msg = expect_error(s.post("/mount", &attach_mount(rbd(json!({})), "ext4")), 501);
    assert!(msg.contains("load the rbd module"), "{msg}");
    assert!(!s.log().contains(SECRET), "the secret is in the server log");
    assert_clean(&s);
}

#[test]
fn iscsi_answers_501_on_a_kernel_without_it_after_checking_the_definition() {
    if Path::new("/sys/class/iscsi_transport/tcp").exists() {
        return skip("iscsi_answers_501", "this kernel has iscsi_tcp");
    }
    let s = Server::start();
    let mut bad = iscsi("iqn.2024-01.org.example:disk", 0);
    bad["iscsi"]["initiator"] = json!("node7 --login");
    let msg = expect_error(s.post("/attach", &bad), 400);
    assert!(msg.contains("attach.iscsi.initiator"), "{msg}");
    let msg = expect_error(s.post("/attach", &iscsi("iqn.2024-01.org.example:disk", 0)), 501);
    assert!(msg.contains("load the iscsi_tcp module"), "{msg}");
    assert_clean(&s);
}

#[test]
fn nfs_answers_501_on_a_kernel_without_it_after_checking_the_definition() {
    let filesystems = fs::read_to_string("/proc/filesystems").unwrap();
    if filesystems.lines().any(|l| l.ends_with("\tnfs") || l.ends_with("\tnfs4")) {
        return skip("nfs_answers_501", "this kernel has the NFS client");
    }
    // A module mount(2) would load counts as the client too.
    let release = fs::read_to_string("/proc/sys/kernel/osrelease").unwrap();
    let aliases = fs::read_to_string(format!("/lib/modules/{}/modules.alias", release.trim())).unwrap_or_default();
    if aliases.lines().any(|l| l.starts_with("alias fs-nfs ") || l.starts_with("alias fs-nfs4 ")) {
        return skip("nfs_answers_501", "this kernel has the NFS client as a module");
    }
    let s = Server::start();
    let msg = expect_error(s.post("/mount", &nfs(json!(["addr=10.9.9.9"]))), 400);
    assert!(msg.contains("mount.nfs.options[0]") && msg.contains("filled in by the server"), "{msg}");
    let msg = expect_error(s.post("/mount", &nfs(json!(["hard"]))), 501);
    assert!(msg.contains("load the nfs module"), "{msg}");
    // Under an overlay whose first lower was already made: it is undone.
    let dir = s.work().join("lower");
    fs::create_dir_all(&dir).unwrap();
    let msg = expect_error(s.post("/mount", &overlay(vec![bind(&dir), nfs(json!([]))])), 501);
    assert!(msg.contains("load the nfs module"), "{msg}");
    assert_clean(&s);
}

// ---- rbd against a fake /sys/bus/rbd ---------------------------------------------

/// A fake rbd bus: a thread acting on writes to add_single_major and
/// remove_single_major as the kernel does (lowest free id, device entry
/// with pool/name/current_snap/pool_ns/config_info, a /dev/rbdN stand-in).
struct FakeRbd {
    dir: tempfile::TempDir,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl FakeRbd {
    fn start() -> FakeRbd {
        let dir = tempfile::tempdir().unwrap();
        let bus = dir.path().join("sys/bus/rbd");
        fs::create_dir_all(bus.join("devices")).unwrap();
        fs::create_dir_all(dir.path().join("dev")).unwrap();
        for f in ["add", "remove", "add_single_major", "remove_single_major"] {
            fs::write(bus.join(f), "").unwrap();
        }
        let stop = Arc::new(AtomicBool::new(false));
        let (root, flag) = (dir.path().to_path_buf(), Arc::clone(&stop));
        let thread = std::thread::spawn(move || {
            while !flag.load(Ordering::Relaxed) {
                fake_rbd_step(&root);
                std::thread::sleep(Duration::from_millis(2));
            }
        });
        FakeRbd { dir, stop, thread: Some(thread) }
    }
    fn sys(&self) -> PathBuf {
        self.dir.path().join("sys")
    }
    fn dev(&self) -> PathBuf {
        self.dir.path().join("dev")
    }
}

impl Drop for FakeRbd {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn fake_rbd_step(root: &Path) {
    let bus = root.join("sys/bus/rbd");
    for verb in ["add_single_major", "remove_single_major"] {
        let line = fs::read_to_string(bus.join(verb)).unwrap_or_default();
        if line.is_empty() {
            continue;
        }
        fs::write(bus.join(verb), "").unwrap();
        fs::write(root.join(format!("last-{verb}")), &line).unwrap();
        let w: Vec<&str> = line.split(' ').collect();
        if verb.starts_with("add") {
            let id = (0..).find(|i: &u32| !bus.join("devices").join(i.to_string()).exists()).unwrap();
            let d = bus.join("devices").join(id.to_string());
            fs::create_dir_all(&d).unwrap();
            let ns = w[1].split(',').find_map(|o| o.strip_prefix("_pool_ns=")).unwrap_or("");
            for (attr, v) in [("pool", w[2]), ("name", w[3]), ("current_snap", w[4]), ("pool_ns", ns), ("config_info", line.as_str())] {
                fs::write(d.join(attr), format!("{v}\n")).unwrap();
            }
            fs::write(root.join("dev").join(format!("rbd{id}")), "").unwrap();
        } else {
            let _ = fs::remove_dir_all(bus.join("devices").join(w[0]));
            let _ = fs::remove_file(root.join("dev").join(format!("rbd{}", w[0])));
        }
    }
}

#[test]
fn rbd_maps_through_the_server_against_a_fake_sysfs() {
    let fake = FakeRbd::start();
    let s = Server::start_with_env(&[("IMAGEAPI_SYSFS_ROOT", &fake.sys()), ("IMAGEAPI_DEV_ROOT", &fake.dev())]);
    let a = s.create("attach", rbd(json!({"name": "node7", "queue_depth": 32})));
    assert_eq!(device_file(&a), fake.dev().join("rbd0").display().to_string());
    assert_eq!(a["rbd"]["device_id"], 0);
    assert_eq!(s.get_one("attach", id_of(&a))["rbd"]["device_id"], 0);
    assert_eq!(read(&fake.dir.path().join("last-add_single_major")), "10.0.0.1 name=node7,queue_depth=32 rbd root -");

    // The same image again: 409, naming the device.
    let msg = expect_error(s.post("/attach", &rbd(json!({}))), 409);
    assert!(msg.contains("rbd0"), "{msg}");

    // With a secret: it goes to the keyring as a "ceph" key, which only a
    // kernel with libceph has; either way it never comes back.
    let (status, body) = s.post("/attach", &json!({"kind": "rbd", "rbd": {"monitors": ["10.0.0.1"], "pool": "rbd", "image": "other", "options": {"secret": SECRET}}}));
    assert!(!body.to_string().contains(SECRET), "the secret came back: {body}");
    if !Path::new("/sys/module/libceph").exists() {
        assert_eq!(status, 501, "{body}");
        assert!(body["message"].as_str().unwrap().contains("load the libceph module"), "{body}");
    } else if status == 201 {
        assert!(body["rbd"]["options"]["secret"].is_null(), "{body}");
        s.remove("attach", id_of(&body), false);
    }

    // A restarted server adopts the mapping again, device and all.
    let mut s = s;
    s.restart();
    assert_eq!(s.get_one("attach", id_of(&a))["rbd"]["device_id"], 0);
    assert_eq!(s.get_one("attach", id_of(&a))["device_file"], a["device_file"]);

    s.remove("attach", id_of(&a), false);
    assert_eq!(read(&fake.dir.path().join("last-remove_single_major")), "0");
    assert!(!fake.sys().join("bus/rbd/devices/0").exists());
    assert!(!s.log().contains(SECRET), "the secret is in the server log");
    assert_clean(&s);
}

/// The v0.1 rbd routes over the same graph, against the fake bus: a map
/// through `/attach/rbd` (here without the base path, as v0.1's tutorials
/// write it) is an rbd attachment of v0.2 and the other way round; the
/// rbd-only routes refuse objects of other kinds with 404.
#[test]
fn v01_rbd_routes_map_and_unmap_against_a_fake_sysfs() {
    let fake = FakeRbd::start();
    let s = Server::start_with_env(&[("IMAGEAPI_SYSFS_ROOT", &fake.sys()), ("IMAGEAPI_DEV_ROOT", &fake.dev())]);
    let body = r#"{"monitors":["10.0.0.1"],"pool":"rbd","image":"root","options":{"ro":true,"name":"admin"}}"#;
    let (status, a) = s.send_raw("POST", "/attach/rbd", Some("application/json"), body.as_bytes());
    assert_eq!(status, 201, "{a}");
    assert_eq!((&a["device_id"], &a["pool"], &a["image"]), (&json!(0), &json!("rbd"), &json!("root")), "v0.1's flat rbd: {a}");
    assert_eq!(a["device_file"], fake.dev().join("rbd0").display().to_string());
    assert_eq!(read(&fake.dir.path().join("last-add_single_major")), "10.0.0.1 name=admin,ro rbd root -");
    let id = id_of(&a);
    // The same object through v0.2, and through v0.1's list and get.
    assert_eq!(s.get_one("attach", id)["rbd"]["device_id"], 0);
    let (status, listed) = s.get("/attach/rbd");
    assert_eq!((status, listed.as_array().map(Vec::len)), (200, Some(1)), "{listed}");
    assert_eq!(s.get(&format!("/attach/rbd/{id}")).1["id"], id);
    // No mount on it yet; a mount that is not on an rbd attachment is not v0.1's.
    assert_eq!(s.get("/mount/rbd"), (200, json!([])));
    let bind = s.create("mount", json!({"kind": "bind", "bind": {"path": s.work().display().to_string(), "base": "root"}}));
    expect_error(s.get(&format!("/mount/rbd/{}", id_of(&bind))), 404);
    expect_error(s.get(&format!("/attach/rbd/{}", id_of(&bind))), 404);
    s.remove("mount", id_of(&bind), false);
    // DELETE /attach/rbd/{id} unmaps it.
    let (status, gone) = s.delete(&format!("/attach/rbd/{id}"));
    assert_eq!((status, &gone["id"]), (200, &json!(id)), "{gone}");
    assert_eq!(read(&fake.dir.path().join("last-remove_single_major")), "0");
    assert!(!fake.sys().join("bus/rbd/devices/0").exists());
    expect_error(s.get(&format!("/attach/rbd/{id}")), 404);
    assert_clean(&s);
}

/// On this kernel v0.1's rbd routes answer 501 as v0.2's do, and leave nothing.
#[test]
fn v01_rbd_routes_answer_501_on_a_kernel_without_it() {
    if Path::new("/sys/bus/rbd").exists() {
        return skip("v01_rbd_routes_answer_501", "this kernel has the rbd driver");
    }
    let s = Server::start();
    let rbd = json!({"monitors": ["10.0.0.1"], "pool": "rbd", "image": "root"});
    let msg = expect_error(s.post("/attach/rbd", &rbd), 501);
    assert!(msg.contains("load the rbd module"), "{msg}");
    let msg = expect_error(s.post("/mount/rbd", &json!({"fs_type": "squashfs", "rbd": rbd})), 501);
    assert!(msg.contains("load the rbd module"), "{msg}");
    expect_error(s.post("/mount/rbd", &json!({"fs_type": "squashfs"})), 400);
    assert_clean(&s);
}

// ---- iscsi against a fake iscsiadm --------------------------------------------

#[test]
fn iscsi_attaches_through_the_server_with_a_fake_iscsiadm() {
    let fake = tempfile::tempdir().unwrap();
    let root = fake.path();
    for d in ["sys/class/iscsi_transport/tcp", "dev", "state"] {
        fs::create_dir_all(root.join(d)).unwrap();
    }
    let target = "iqn.2024-01.org.example:disk";
    fs::write(root.join("state/targets"), format!("127.0.0.1:3260,1 {target}\n")).unwrap();
    let script = include_str!("../backend/src/attach/iscsi/fake-iscsiadm.sh").replace("@ROOT@", &root.display().to_string());
    let iscsiadm = root.join("iscsiadm");
    fs::write(&iscsiadm, script).unwrap();
    fs::set_permissions(&iscsiadm, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    let s = Server::start_with_env(&[
        ("IMAGEAPI_SYSFS_ROOT", &root.join("sys")),
        ("IMAGEAPI_DEV_ROOT", &root.join("dev")),
        ("IMAGEAPI_ISCSIADM", &iscsiadm),
    ]);

    let a = s.create("attach", iscsi(target, 1));
    assert_eq!(device_file(&a), root.join("dev/sdy").display().to_string());
    assert_eq!(read(&root.join("sys/block/sdy/queue/scheduler")).trim(), "mq-deadline");
    let calls = read(&root.join("state/calls"));
    assert!(calls.contains(&format!("-m node -T {target} -p 127.0.0.1:3260 -I ")) && calls.contains("--login"), "{calls}");
    assert!(calls.contains("-n node.session.cmds_max -v 128") && calls.contains("-n node.session.queue_depth -v 16"), "{calls}");

    s.remove("attach", id_of(&a), false);
    assert!(read(&root.join("state/calls")).trim_end().ends_with("--logout"));
    assert_clean(&s);
}

// ---- real clusters, when the environment names one -------------------------------

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

#[test]
fn rbd_maps_a_real_image() {
    let (Some(mon), Some(pool), Some(image)) = (env("IMAGEAPI_TEST_RBD_MON"), env("IMAGEAPI_TEST_RBD_POOL"), env("IMAGEAPI_TEST_RBD_IMAGE")) else {
        return skip("rbd_maps_a_real_image", "set IMAGEAPI_TEST_RBD_MON, _POOL, _IMAGE (and _USER, _KEY) to run it");
    };
    let mut options = json!({"name": env("IMAGEAPI_TEST_RBD_USER").unwrap_or_else(|| "admin".into()), "ro": true});
    if let Some(key) = env("IMAGEAPI_TEST_RBD_KEY") {
        options["secret"] = json!(key);
    }
    let s = Server::start();
    let a = s.create("attach", json!({"kind": "rbd", "rbd": {"monitors": [mon], "pool": pool, "image": image, "options": options}}));
    assert!(a["rbd"]["options"]["secret"].is_null());
    let dev = device_file(&a);
    assert!(std::os::unix::fs::FileTypeExt::is_block_device(&fs::metadata(&dev).unwrap().file_type()), "{dev}");
    s.remove("attach", id_of(&a), false);
    assert!(eventually(5, || !Path::new(&dev).exists()), "{dev} is still there");
    if let Some(key) = env("IMAGEAPI_TEST_RBD_KEY") {
        assert!(!s.log().contains(&key), "the key is in the server log");
    }
    assert_clean(&s);
}

#[test]
fn iscsi_attaches_a_real_lun() {
    let (Some(host), Some(target), Some(initiator)) = (env("IMAGEAPI_TEST_ISCSI_HOST"), env("IMAGEAPI_TEST_ISCSI_TARGET"), env("IMAGEAPI_TEST_ISCSI_INITIATOR")) else {
        return skip("iscsi_attaches_a_real_lun", "set IMAGEAPI_TEST_ISCSI_HOST, _TARGET, _INITIATOR (and _LUN) to run it");
    };
    let lun: i64 = env("IMAGEAPI_TEST_ISCSI_LUN").and_then(|l| l.parse().ok()).unwrap_or(0);
    let s = Server::start();
    let a = s.create("attach", json!({"kind": "iscsi", "iscsi": {"initiator": initiator, "target": target, "host": host, "lun": lun}}));
    let dev = device_file(&a);
    assert!(std::os::unix::fs::FileTypeExt::is_block_device(&fs::metadata(&dev).unwrap().file_type()), "{dev}");
    s.remove("attach", id_of(&a), false);
    assert_clean(&s);
}

#[test]
fn nfs_mounts_a_real_export() {
    let (Some(host), Some(path)) = (env("IMAGEAPI_TEST_NFS_HOST"), env("IMAGEAPI_TEST_NFS_PATH")) else {
        return skip("nfs_mounts_a_real_export", "set IMAGEAPI_TEST_NFS_HOST and _PATH (and _VERSION) to run it");
    };
    let version = env("IMAGEAPI_TEST_NFS_VERSION").unwrap_or_else(|| "4.2".into());
    let s = Server::start();
    let m = s.create("mount", json!({"kind": "nfs", "nfs": {"host": host, "path": path, "version": version, "ro": true}}));
    let entry = mount_entry(&mountpoint(&m)).expect("the export is mounted");
    assert!(entry.fs_type.starts_with("nfs"), "{entry:?}");
    assert!(fs::read_dir(mountpoint(&m)).is_ok());
    s.remove("mount", id_of(&m), false);
    assert_clean(&s);
}
