//! Containers with a user namespace (`"namespaces": ["user"]`) on every
//! root stack the API can describe, run against the real server, with the
//! node checked afterwards: an overlay over squashfs over a loop device
//! (the stack every scheme uses), an overlay whose lower is another
//! overlay, an ext4 root, a bind of a node directory (with and without
//! `idmap`) and a `uri` ramdisk.
//!
//! Each checks that root inside is an unprivileged id on the node, that
//! the image's files keep their owners inside, and what is stored on the
//! node for what the container writes: in an overlay's upper directory,
//! files owned by the container's host range; on an idmapped writable
//! root, the image's own ids on a mount the node sees nosuid and nodev, so
//! a setuid program the container writes never runs as root outside it
//! (the test runs it as an unprivileged user on the node).
//!
//! Needs what `tests/containers.rs` needs.

mod common;

use common::*;
use serde_json::{json, Value};
use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A busybox root with a file of uid 1000 and a root-only file.
fn user_rootfs(work: &Path) -> PathBuf {
    let root = busybox_rootfs(&unique(work, "user-root"));
    fs::write(root.join("etc/owned-by-1000"), "x\n").unwrap();
    std::os::unix::fs::chown(root.join("etc/owned-by-1000"), Some(1000), Some(1000)).unwrap();
    fs::write(root.join("etc/root-only"), "secret\n").unwrap();
    fs::set_permissions(root.join("etc/root-only"), fs::Permissions::from_mode(0o600)).unwrap();
    root
}

/// The console lines of a container's log, without their timestamps.
fn console_lines(container: &Value) -> Vec<String> {
    let log = PathBuf::from(container["logfile"].as_str().unwrap_or_else(|| panic!("container without a logfile: {container}")));
    read(&log).lines().map(|l| l.split_once(' ').map(|(_, rest)| rest).unwrap_or(l).to_string()).collect()
}

/// What the probe below prints, by key, once it printed `end=`.
struct Probe(Vec<String>);

impl Probe {
    fn get(&self, key: &str) -> String {
        let text = self.0.join("\n");
        self.0.iter().find_map(|l| l.strip_prefix(&format!("{key}="))).unwrap_or_else(|| panic!("no {key}= in {text}")).trim().to_string()
    }
    fn text(&self) -> String {
        self.0.join("\n")
    }
}

/// The probe every test runs as the init: who it is, the owners it sees,
/// a file and a setuid copy of busybox it writes, then it waits for TERM.
const PROBE: &str = "/bin/sh -c 'echo \"uid=$(id -u)\"; \
    echo \"busybox=$(stat -c %u:%g /bin/busybox)\"; echo \"u1000=$(stat -c %u:%g /etc/owned-by-1000)\"; \
    echo \"rootdir=$(stat -c %u:%g /)\"; \
    cat /etc/root-only >/dev/null 2>&1; echo \"read-root-only=$?\"; \
    echo more >> /etc/root-only 2>/dev/null; echo \"append-root-only=$?\"; \
    touch /made-inside; echo \"made=$?\"; \
    cat /bin/busybox > /suid 2>/dev/null && chmod 4755 /suid; echo \"suid=$?\"; \
    echo end=1; trap \"exit 0\" TERM; while :; do sleep 0.2; done'";

/// Start the probe on `mount` with a user namespace and wait for its end line.
fn run_probe(s: &Server, mount: Value) -> (Value, Probe) {
    let c = s.create("container", json!({"mount": mount, "command": PROBE, "state": "running", "namespaces": ["user"]}));
    assert_eq!(c["state"], "running", "a container with a user namespace did not start: {c}");
    assert!(eventually(15, || console_lines(&c).iter().any(|l| l.starts_with("end="))), "the probe did not run to its end: {:?}", console_lines(&c));
    let lines = console_lines(&c);
    (c, Probe(lines))
}

/// The host uid of root in container `id`, checked to be an unprivileged range.
fn host_root(s: &Server, id: u64) -> u32 {
    let (init, _) = s.container_procs(id);
    let map = read(Path::new(&format!("/proc/{}/uid_map", init.pid)));
    let fields: Vec<u32> = map.split_whitespace().map(|f| f.parse().unwrap()).collect();
    assert_eq!((fields.len(), fields[0], fields.get(2)), (3, 0, Some(&65536)), "uid_map {map:?}");
    assert!(fields[1] >= 0x4000_0000, "the container's root is host uid {}", fields[1]);
    fields[1]
}

fn stop_and_remove(s: &Server, id: u64) {
    let (status, body) = s.patch(&format!("/container?id={id}&state=exited"));
    assert_eq!(status, 200, "{body}");
    s.wait_state(id, "exited", 15);
    s.remove("container", id, false);
}

/// Run `file` (a busybox) as `id -u` as the unprivileged node user 65534:
/// the effective uid it gets.
fn euid_when_run_by_nobody(file: &Path) -> String {
    let dir = file.parent().unwrap();
    let out = Command::new(file)
        .arg0("id")
        .arg("-u")
        .current_dir(dir)
        .uid(65534)
        .gid(65534)
        .env_clear()
        .output()
        .unwrap_or_else(|e| panic!("running {} as 65534: {e}", file.display()));
    String::from_utf8_lossy(&out.stdout).trim().to_string() + &String::from_utf8_lossy(&out.stderr)
}

/// `file` where an unprivileged user can reach it: a bind of its directory
/// (which keeps the options of the mount it is on), made by the test.
fn reachable_copy_path(s: &Server, file: &Path) -> PathBuf {
    // The run directory is root's alone (0700); a bind of the file's mount
    // to a place others can walk is how the node would expose it.
    let view = unique(&s.work(), "node-view");
    fs::create_dir_all(&view).unwrap();
    fs::set_permissions(&view, fs::Permissions::from_mode(0o755)).unwrap();
    let status = Command::new("mount").arg("--bind").arg(file.parent().unwrap()).arg(&view).status().unwrap();
    assert!(status.success(), "bind of {}", file.parent().unwrap().display());
    view.join(file.file_name().unwrap())
}

fn unmount(path: &Path) {
    let _ = nix::mount::umount2(path, nix::mount::MntFlags::MNT_DETACH);
}

#[test]
fn an_overlay_over_squashfs_runs_with_the_images_owners_and_stores_writes_in_the_containers_range() {
    let s = Server::start();
    let image = squashfs_from_dir(&user_rootfs(&s.work()));
    if old_kernel() {
        return assert_user_namespace_refused(&s, overlay(vec![squashfs_mount(&image)]));
    }
    let (c, probe) = run_probe(&s, overlay(vec![squashfs_mount(&image)]));
    let id = id_of(&c);
    let text = probe.text();
    let shift = host_root(&s, id);
    assert_eq!(probe.get("uid"), "0", "{text}");
    assert_eq!(probe.get("busybox"), "0:0", "the image's root files are not root's inside: {text}");
    assert_eq!(probe.get("u1000"), "1000:1000", "the file of uid 1000 changed owner inside: {text}");
    assert_eq!(probe.get("rootdir"), "0:0", "/ is not root's inside: {text}");
    // Root inside acts as root on the image's files (a copy-up of the overlay).
    assert_eq!(probe.get("read-root-only"), "0", "{text}");
    assert_eq!(probe.get("append-root-only"), "0", "{text}");
    assert_eq!(probe.get("made"), "0", "{text}");
    assert_eq!(probe.get("suid"), "0", "{text}");

    // On the node, what it wrote is owned by its range, not by root.
    let ov = s.get_one("mount", id_of(&c["mount"]));
    let upper = PathBuf::from(ov["overlay"]["upperdir"].as_str().expect("upperdir"));
    for (name, want) in [("made-inside", shift), ("suid", shift), ("etc/root-only", shift)] {
        let meta = fs::symlink_metadata(upper.join(name)).unwrap_or_else(|e| panic!("{name} is not in the upper directory: {e}"));
        assert_eq!((meta.uid(), meta.gid()), (want, want), "{name} in the upper directory");
    }
    let copied_up = fs::symlink_metadata(upper.join("etc/owned-by-1000"));
    assert!(copied_up.is_err(), "a file the container only read was copied up");
    // The node's mount of the overlay is nosuid and nodev from now on.
    let opts = mount_options(&mountpoint(&ov));
    assert!(opts.iter().any(|o| o == "nosuid") && opts.iter().any(|o| o == "nodev"), "the node's overlay is {opts:?}");
    // The setuid program it wrote gives a node user nothing there.
    let view = reachable_copy_path(&s, &mountpoint(&ov).join("suid"));
    let got = euid_when_run_by_nobody(&view);
    unmount(view.parent().unwrap());
    assert_eq!(got, "65534", "the container's setuid program ran as {got} for an unprivileged node user");

    stop_and_remove(&s, id);
    assert_clean(&s);
}

#[test]
fn an_overlay_whose_lower_is_an_overlay_runs_and_sees_both_layers() {
    let s = Server::start();
    if old_kernel() {
        return assert_user_namespace_refused(&s, bind(&s.work()));
    }
    let image = squashfs_from_dir(&user_rootfs(&s.work()));
    let inner = s.create("mount", overlay(vec![squashfs_mount(&image)]));
    // Something written into the inner overlay from the node, as root, is
    // seen inside as root's.
    fs::write(mountpoint(&inner).join("etc/from-inner"), "inner\n").unwrap();
    let (c, probe) = run_probe(&s, overlay(vec![reference(id_of(&inner))]));
    let id = id_of(&c);
    let text = probe.text();
    host_root(&s, id);
    assert_eq!((probe.get("uid"), probe.get("busybox"), probe.get("u1000")), ("0".into(), "0:0".into(), "1000:1000".into()), "{text}");
    assert_eq!(probe.get("made"), "0", "{text}");
    let (status, body) = s.patch(&format!("/container?id={id}&state=exited"));
    assert_eq!(status, 200, "{body}");
    s.wait_state(id, "exited", 15);
    s.remove("container", id, false);
    s.remove("mount", id_of(&inner), false);
    assert_clean(&s);
}

#[test]
fn on_an_idmapped_ext4_root_a_setuid_program_the_container_writes_is_not_setuid_on_the_node() {
    let s = Server::start();
    if old_kernel() {
        return assert_user_namespace_refused(&s, bind(&s.work()));
    }
    let src = user_rootfs(&s.work());
    let image = unique(&s.work(), "root.ext4");
    let out = Command::new("mkfs.ext4").args(["-q", "-F", "-d"]).arg(&src).arg(&image).arg("64M").output().unwrap();
    assert!(out.status.success(), "mkfs.ext4: {}", String::from_utf8_lossy(&out.stderr));
    let m = s.create("mount", attach_mount(loopback(&image), "ext4"));
    let (c, probe) = run_probe(&s, reference(id_of(&m)));
    let id = id_of(&c);
    let text = probe.text();
    host_root(&s, id);
    assert_eq!((probe.get("uid"), probe.get("busybox"), probe.get("u1000")), ("0".into(), "0:0".into(), "1000:1000".into()), "{text}");
    assert_eq!(probe.get("suid"), "0", "{text}");
    // Idmapped: the file is stored as the image's root's, setuid.
    let suid = mountpoint(&m).join("suid");
    let meta = fs::metadata(&suid).unwrap();
    assert_eq!((meta.uid(), meta.mode() & 0o4000), (0, 0o4000), "{}", suid.display());
    // ... on a mount that the node sees nosuid and nodev, and it stays so after the container.
    stop_and_remove(&s, id);
    let opts = mount_options(&mountpoint(&m));
    assert!(opts.iter().any(|o| o == "nosuid") && opts.iter().any(|o| o == "nodev"), "the node's ext4 mount is {opts:?}");
    let view = reachable_copy_path(&s, &suid);
    let got = euid_when_run_by_nobody(&view);
    unmount(view.parent().unwrap());
    assert_eq!(got, "65534", "the container's setuid program ran as {got} for an unprivileged node user");
    // Started again, the container's own setuid programs still work inside.
    let c = s.create(
        "container",
        json!({"mount": reference(id_of(&m)), "command": "/bin/sh -c 'echo \"mounts=$(grep \" / / \" /proc/self/mountinfo)\"; echo end=1'", "state": "running", "namespaces": ["user"]}),
    );
    let c = s.wait_state(id_of(&c), "exited", 15);
    let lines = console_lines(&c);
    let root = lines.iter().find_map(|l| l.strip_prefix("mounts=")).unwrap_or_else(|| panic!("{lines:?}")).to_string();
    assert!(!root.split(' ').nth(5).unwrap_or("").split(',').any(|o| o == "nosuid"), "the container's own root is nosuid: {root}");
    s.remove("container", id_of(&c), false);
    s.remove("mount", id_of(&m), false);
    assert_clean(&s);
}

#[test]
fn a_bind_of_a_node_directory_keeps_the_nodes_owners_unless_the_request_asks_for_idmap() {
    let s = Server::start();
    if old_kernel() {
        return assert_user_namespace_refused(&s, bind(&s.work()));
    }
    let root = user_rootfs(&s.work());
    let secret = root.join("etc/root-only");
    let before = fs::read(&secret).unwrap();

    // Without idmap: root inside cannot read or append to a root-only file of the node.
    let (c, probe) = run_probe(&s, bind(&root));
    let id = id_of(&c);
    let text = probe.text();
    host_root(&s, id);
    assert_eq!(probe.get("uid"), "0", "{text}");
    assert_eq!(probe.get("busybox"), "65534:65534", "the node's root files are not nobody's inside: {text}");
    assert_ne!(probe.get("read-root-only"), "0", "root inside read a root-only file of the node: {text}");
    assert_ne!(probe.get("append-root-only"), "0", "root inside appended to a root-only file of the node: {text}");
    assert_ne!(probe.get("made"), "0", "root inside wrote into a root-owned node directory: {text}");
    stop_and_remove(&s, id);
    assert_eq!(fs::read(&secret).unwrap(), before, "the container changed the node's file");
    assert!(!root.join("made-inside").exists() && !root.join("suid").exists(), "the container wrote into the node's directory");

    // With idmap: the request gives the node's owners to the container.
    let mut def = bind(&root);
    def["bind"]["idmap"] = json!(true);
    let (c, probe) = run_probe(&s, def);
    let id = id_of(&c);
    let text = probe.text();
    assert_eq!((probe.get("busybox"), probe.get("read-root-only")), ("0:0".into(), "0".into()), "{text}");
    assert_eq!(s.get_one("mount", id_of(&c["mount"]))["bind"]["idmap"], true, "the bind does not show idmap");
    stop_and_remove(&s, id);
    assert_clean(&s);
}

#[test]
fn an_overlay_over_a_uri_ramdisk_and_the_ramdisk_alone_run_with_the_images_owners() {
    let s = Server::start();
    if old_kernel() {
        return assert_user_namespace_refused(&s, bind(&s.work()));
    }
    let http = HttpServer::start();
    let root = user_rootfs(&s.work());
    let archive = s.work().join("root.tar");
    let out = Command::new("tar").arg("-cf").arg(&archive).arg("-C").arg(&root).arg(".").output().unwrap();
    assert!(out.status.success(), "tar: {}", String::from_utf8_lossy(&out.stderr));
    let ram = s.create("mount", json!({"kind": "uri", "uri": {"url": http.file(&archive), "format": "tar"}}));

    let (c, probe) = run_probe(&s, overlay(vec![reference(id_of(&ram))]));
    let text = probe.text();
    host_root(&s, id_of(&c));
    assert_eq!((probe.get("uid"), probe.get("busybox"), probe.get("u1000")), ("0".into(), "0:0".into(), "1000:1000".into()), "{text}");
    assert_eq!((probe.get("read-root-only"), probe.get("made")), ("0".into(), "0".into()), "{text}");
    stop_and_remove(&s, id_of(&c));

    // The read-only ramdisk itself as the root: the same owners, nothing written.
    let (c, probe) = run_probe(&s, reference(id_of(&ram)));
    let text = probe.text();
    assert_eq!((probe.get("busybox"), probe.get("u1000"), probe.get("read-root-only")), ("0:0".into(), "1000:1000".into(), "0".into()), "{text}");
    assert_ne!(probe.get("made"), "0", "the read-only ramdisk was written: {text}");
    stop_and_remove(&s, id_of(&c));
    s.remove("mount", id_of(&ram), false);
    assert_clean(&s);
}

/// Whether the init of container `id` runs in a user namespace of its own.
fn in_user_namespace(s: &Server, id: u64) -> bool {
    let (init, _) = s.container_procs(id);
    fs::read_link(format!("/proc/{}/ns/user", init.pid)).unwrap() != fs::read_link("/proc/self/ns/user").unwrap()
}

#[test]
fn the_server_can_make_user_namespaces_the_default_or_the_rule() {
    let sleeper = "/bin/sh -c 'trap \"exit 0\" TERM; while :; do sleep 0.2; done'";
    for (policy, given, want) in [
        ("default", None, true),
        ("default", Some(json!(["uts"])), false),
        ("default", Some(json!(["user"])), true),
        ("always", Some(json!(["uts"])), true),
        ("always", None, true),
        ("listed", None, false),
    ] {
        let s = Server::start_with_flags(&["--user-namespaces", policy]);
        if old_kernel() {
            // Refused where the policy gives the mode, as when it is asked for.
            let (status, body) = s.post("/container", &json!({"mount": bind(&s.work()), "command": "/bin/true", "namespaces": given.clone()}));
            assert_eq!(status == 501, want, "--user-namespaces {policy} with {given:?}: {status} {body}");
            if status == 201 {
                s.remove("container", id_of(&body), true);
            }
            continue;
        }
        let image = squashfs_from_dir(&user_rootfs(&s.work()));
        let mut def = json!({"mount": overlay(vec![squashfs_mount(&image)]), "command": sleeper, "state": "running"});
        if let Some(list) = &given {
            def["namespaces"] = list.clone();
        }
        let c = s.create("container", def);
        let id = id_of(&c);
        assert_eq!(c["state"], "running", "{c}");
        assert_eq!(in_user_namespace(&s, id), want, "--user-namespaces {policy} with namespaces {given:?}");
        let listed = c["namespaces"].as_array().is_some_and(|l| l.contains(&json!("user")));
        assert_eq!(listed, want, "--user-namespaces {policy}: the answer does not say so: {c}");
        stop_and_remove(&s, id);
        assert_clean(&s);
    }
}
