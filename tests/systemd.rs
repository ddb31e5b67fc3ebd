//! A real systemd boot through the API: a minimal Debian (debootstrap
//! minbase + systemd, built once and cached by
//! tests/images/build-debian-systemd.sh) packed as squashfs, booted as one
//! nested container (overlay over a squashfs mount over a loopback file),
//! until `systemctl is-system-running` inside says `running`; then stopped
//! with PATCH exited and deleted, leaving nothing behind.
//!
//! The image lives in /var/cache/imageapi-test (or IMAGEAPI_TEST_IMAGES).

mod common;

use common::*;
use serde_json::json;
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

fn cache() -> PathBuf {
    PathBuf::from(std::env::var("IMAGEAPI_TEST_IMAGES").unwrap_or_else(|_| "/var/cache/imageapi-test".into()))
}

/// The Debian tree (built once) packed as squashfs (packed once per tree).
fn debian_squashfs() -> PathBuf {
    let tree = cache().join("debian-bookworm-systemd");
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/images/build-debian-systemd.sh");
    let built = Command::new(script).arg(&tree).status().expect("running the image builder");
    assert!(built.success(), "building {}", tree.display());
    let image = cache().join("debian-bookworm-systemd.sqsh");
    if !image.exists() {
        let tmp = image.with_extension("sqsh.tmp");
        let packed = Command::new("mksquashfs")
            .arg(&tree)
            .arg(&tmp)
            .args(["-noappend", "-quiet", "-comp", "lz4", "-e", ".imageapi-image-complete"])
            .status()
            .expect("running mksquashfs");
        assert!(packed.success(), "packing {}", tree.display());
        std::fs::rename(&tmp, &image).unwrap();
    }
    image
}

/// The host pid of container `id`'s init, from the state its shim keeps.
fn init_pid(s: &Server, id: u64) -> i32 {
    let state = read(&s.run_dir().join("containers").join(id.to_string()).join("state.json"));
    let v: serde_json::Value = serde_json::from_str(&state).unwrap();
    v["pid"].as_i64().expect("pid in the container state") as i32
}

/// Run `cmd` inside all of the container's namespaces.
fn inside(pid: i32, cmd: &[&str]) -> String {
    let out = Command::new("nsenter").arg("-t").arg(pid.to_string()).arg("-a").args(cmd).output().unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn state_of(s: &Server, id: u64) -> String {
    s.get_one("container", id)["state"].as_str().unwrap_or_default().to_string()
}

#[test]
fn debian_with_systemd_boots_to_running_and_stops_cleanly() {
    boot_debian(&[]);
}

/// With a user namespace, on the stack every scheme uses: root inside is an
/// unprivileged range on the node, and systemd still reaches `running`.
#[test]
fn debian_with_systemd_in_a_user_namespace_boots_to_running_and_stops_cleanly() {
    let pid_and_files = boot_debian(&["user"]);
    let (host_uid, owners) = pid_and_files.expect("the booted container's ids");
    assert!(host_uid >= 0x4000_0000, "root of the container is host uid {host_uid}");
    // The image's files keep their owners inside (messagebus owns its
    // directory in the image; root owns /usr).
    assert_eq!(owners, "0 /usr", "owners seen inside");
}

/// Boot the Debian image with `namespaces`, check it reaches `running`,
/// stop and delete it. With a user namespace, answers the host uid of its
/// root and the owner of /usr inside.
fn boot_debian(namespaces: &[&str]) -> Option<(u32, String)> {
    let image = debian_squashfs();
    let s = Server::start();
    let container = s.create(
        "container",
        json!({
            "name": "debian",
            "command": "/sbin/init",
            "systemd": true,
            "state": "running",
            "namespaces": namespaces,
            "mount": overlay(vec![squashfs_mount(&image)]),
        }),
    );
    let id = id_of(&container);
    assert_eq!(container["state"], "running", "{container}");
    let pid = init_pid(&s, id);

    // 1. Boot: wait for systemd to settle, and accept only `running`.
    let deadline = Instant::now() + Duration::from_secs(180);
    let state = loop {
        let state = inside(pid, &["systemctl", "is-system-running"]);
        let settling = state.is_empty() || state == "offline" || state == "initializing" || state == "starting";
        if !settling || Instant::now() > deadline {
            break state;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    if state != "running" {
        let failed = inside(pid, &["systemctl", "--failed", "--no-pager"]);
        panic!("systemctl is-system-running says {state:?}\n{failed}");
    }
    assert_eq!(inside(pid, &["hostname"]), "debian");
    assert_eq!(inside(pid, &["systemd-detect-virt", "--container"]), "container-other");
    let failed = inside(pid, &["systemctl", "--failed", "--no-legend", "--plain", "--no-pager"]);
    assert_eq!(failed, "", "failed units");
    let ids = namespaces.contains(&"user").then(|| {
        let map = read(std::path::Path::new(&format!("/proc/{pid}/uid_map")));
        let host: u32 = map.split_whitespace().nth(1).and_then(|u| u.parse().ok()).unwrap_or(0);
        (host, inside(pid, &["stat", "-c", "%u %n", "/usr"]))
    });

    // 2. Stop: stopping at once, exited once systemd has powered off.
    let (status, stopping) = s.patch(&format!("/container?id={id}&state=exited"));
    assert_eq!(status, 200, "{stopping}");
    assert!(["stopping", "exited"].contains(&stopping["state"].as_str().unwrap()), "{stopping}");
    assert!(eventually(120, || state_of(&s, id) == "exited"), "still {} after 120 s", state_of(&s, id));
    let stopped = s.get_one("container", id);
    assert_eq!(stopped["exit_status"], 0, "{stopped}");
    let log = String::from_utf8_lossy(&std::fs::read(stopped["logfile"].as_str().unwrap()).unwrap()).into_owned();
    assert!(log.contains("systemd"), "the console output is in the log:\n{log}");

    // 3. Delete: the whole stack goes, and so do the container's cgroups.
    s.remove("container", id, false);
    let leaf = imageapi_backend::container::cgroup::name_for(id, &s.run_dir().join("containers").join(id.to_string()));
    for hierarchy in ["pids", "freezer", "devices", "systemd", "unified", ""] {
        let cgroup = PathBuf::from("/sys/fs/cgroup").join(hierarchy).join("imageapi").join(&leaf);
        assert!(!cgroup.exists(), "{} is left", cgroup.display());
    }
    assert_clean(&s);
    ids
}
