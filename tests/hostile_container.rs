//! Attacks from inside a container, run against the real server, with the
//! host checked afterwards: what root in a container tries first to reach
//! the node it runs on.
//!
//! Covered: a device node of a host block device (made with mknod, then
//! read and written), system calls that act on the whole machine (kexec,
//! bpf, perf, the kernel keyring, open_by_handle_at, swap, fanotify,
//! io_uring, audit sockets; see `tests/hostile/probe.c`), the hostname of
//! the host through a namespace list that leaves uts out (plain and
//! systemd containers), and, with a user namespace, remounting `/proc/sys`
//! and `/sys` read-write and writing a sysctl through them.
//!
//! No test writes a sysctl of the host itself: only the container tries,
//! and the test checks the host's value is unchanged.
//!
//! Needs what `tests/containers.rs` needs, and a C compiler with a static
//! C library (`cc -static`, from gcc and libc6-dev) for the probe.

mod common;

use common::*;
use serde_json::{json, Value};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The console lines of a container's log, without their timestamps.
fn console_lines(container: &Value) -> Vec<String> {
    let log = PathBuf::from(container["logfile"].as_str().unwrap_or_else(|| panic!("container without a logfile: {container}")));
    read(&log).lines().map(|l| l.split_once(' ').map(|(_, rest)| rest).unwrap_or(l).to_string()).collect()
}

/// A busybox image with the static probe in /bin/probe.
fn hostile_image(work: &Path) -> PathBuf {
    let root = busybox_rootfs(&unique(work, "hostile-root"));
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/probe.c");
    let out = Command::new("cc")
        .args(["-static", "-O1", "-o"])
        .arg(root.join("bin/probe"))
        .arg(&src)
        .output()
        .unwrap_or_else(|e| panic!("running cc for {}: {e} (install gcc and libc6-dev)", src.display()));
    assert!(out.status.success(), "cc -static {}: {}", src.display(), String::from_utf8_lossy(&out.stderr));
    squashfs_from_dir(&root)
}

/// Run `command` in a container (extra fields from `extra`) until it exits;
/// returns its console lines. The container and its mount are deleted.
fn run_to_exit(s: &Server, image: &Path, command: &str, extra: Value) -> Vec<String> {
    let mut def = json!({"mount": squashfs_mount(image), "command": command, "state": "running"});
    for (k, v) in extra.as_object().expect("extra is an object") {
        def[k] = v.clone();
    }
    let c = s.create("container", def);
    assert_eq!(c["state"], "running", "the container did not start: {c}");
    let c = s.wait_state(id_of(&c), "exited", 30);
    let lines = console_lines(&c);
    s.remove("container", id_of(&c), false);
    lines
}

// ---- devices -----------------------------------------------------------------------

#[test]
fn a_node_of_a_host_block_device_can_be_made_but_not_read_or_written() {
    let s = Server::start();
    let image = hostile_image(&s.work());
    // A host block device with a secret on it: a loop device of our own.
    let disk = s.work().join("secret.img");
    let mut content = b"HOST-SECRET-0123456789".to_vec();
    content.resize(1 << 20, 0);
    fs::write(&disk, &content).unwrap();
    let lo = TestLoop::new(&disk);
    let n = loop_number(&lo.device);
    let dev = read(Path::new(&format!("/sys/block/loop{n}/dev")));
    let (major, minor) = dev.trim().split_once(':').expect("major:minor");

    let attack = format!(
        "/bin/sh -c 'mknod /dev/victim b {major} {minor} && echo made; \
         head -c 22 /dev/victim; echo \" read=$?\"; \
         echo OVERWRITTEN > /dev/victim; echo \"write=$?\"; \
         mknod /dev/mem2 c 1 1 && head -c 16 /dev/mem2; echo \" mem=$?\"'"
    );
    let lines = run_to_exit(&s, &image, &attack, json!({}));
    let text = lines.join("\n");
    assert!(lines.iter().any(|l| l == "made"), "mknod itself is allowed (images unpack device nodes): {text}");
    assert!(!text.contains("HOST-SECRET"), "the container read the host's block device: {text}");
    assert!(lines.iter().any(|l| l.ends_with(" read=1")), "reading the node did not fail: {text}");
    assert!(lines.iter().any(|l| l == "write=1"), "writing the node did not fail: {text}");
    assert!(lines.iter().any(|l| l.ends_with(" mem=1")), "/dev/mem could be read: {text}");
    assert!(text.contains("Operation not permitted"), "the opens were not refused by the allow-list: {text}");
    // Under tests/cgroup2/run no v1 devices controller exists: then the
    // device BPF program alone refused the opens.
    let v1_devices = mount_table().iter().any(|m| m.fs_type == "cgroup" && m.super_options.iter().any(|o| o == "devices"));
    if std::env::var_os("IMAGEAPI_TEST_CGROUP2_ONLY").is_some() {
        assert!(!v1_devices, "IMAGEAPI_TEST_CGROUP2_ONLY is set, but a v1 devices hierarchy is mounted");
        assert!(mount_table().iter().any(|m| m.fs_type == "cgroup2" && m.mountpoint == Path::new("/sys/fs/cgroup")), "/sys/fs/cgroup is not cgroup2");
    }
    // The host's disk is as it was.
    assert_eq!(fs::read(&disk).unwrap(), content, "the container changed the host's block device");
    drop(lo);
    assert_clean(&s);
}

#[test]
fn the_allowed_devices_still_work() {
    let s = Server::start();
    let image = hostile_image(&s.work());
    let cmd = "/bin/sh -c 'head -c 4 /dev/zero | wc -c; head -c 4 /dev/urandom | wc -c; echo hi > /dev/null && echo null-ok; echo tty-ok > /dev/console'";
    let lines = run_to_exit(&s, &image, cmd, json!({}));
    assert_eq!(lines.iter().filter(|l| l.trim() == "4").count(), 2, "{lines:?}");
    assert!(lines.iter().any(|l| l == "null-ok") && lines.iter().any(|l| l == "tty-ok"), "{lines:?}");
    assert_clean(&s);
}

// ---- system calls --------------------------------------------------------------------

#[test]
fn system_calls_that_reach_the_whole_machine_are_refused() {
    let s = Server::start();
    let image = hostile_image(&s.work());
    let lines = run_to_exit(&s, &image, "/bin/sh -c 'grep ^Seccomp /proc/self/status; /bin/probe'", json!({}));
    let text = lines.join("\n");
    assert!(lines.iter().any(|l| l.starts_with("Seccomp:") && l.ends_with('2')), "the container runs without a seccomp filter: {text}");
    let probe: Vec<(&str, &str)> = lines.iter().filter_map(|l| l.strip_prefix("probe ")).filter_map(|l| l.split_once(' ')).collect();
    assert_eq!(probe.len(), 10, "the probe did not run to its end: {text}");
    for (call, answer) in probe {
        let want = if call == "audit_socket" { "EAFNOSUPPORT" } else { "EPERM" };
        assert_eq!(answer, want, "{call} answered {answer} in the container, not {want}: {text}");
    }
    assert_clean(&s);
}

// ---- namespaces -----------------------------------------------------------------------

/// Puts the host's hostname back should a test's container change it.
struct HostnameGuard(std::ffi::OsString);

impl Drop for HostnameGuard {
    fn drop(&mut self) {
        if nix::unistd::gethostname().ok().as_ref() != Some(&self.0) {
            let _ = nix::unistd::sethostname(&self.0);
        }
    }
}

#[test]
fn a_namespace_list_without_uts_does_not_let_the_container_rename_the_host() {
    let s = Server::start();
    let image = hostile_image(&s.work());
    let before = nix::unistd::gethostname().expect("gethostname");
    let _guard = HostnameGuard(before.clone());
    for systemd in [false, true] {
        let lines = run_to_exit(
            &s,
            &image,
            "/bin/sh -c 'hostname hostile-rename && hostname'",
            json!({"namespaces": ["ipc"], "systemd": systemd}),
        );
        assert!(lines.iter().any(|l| l == "hostile-rename"), "the rename did not run in the container (systemd: {systemd}): {lines:?}");
        assert_eq!(nix::unistd::gethostname().unwrap(), before, "a container with namespaces [ipc] (systemd: {systemd}) renamed the host");
    }
    assert_clean(&s);
}

// ---- user namespace --------------------------------------------------------------------

/// A busybox root with a file owned by uid 1000, as a writable ext4
/// image (an overlay cannot be idmapped; ext4, xfs, btrfs, squashfs and
/// tmpfs can).
fn user_image(work: &Path) -> PathBuf {
    let root = busybox_rootfs(&unique(work, "user-root"));
    fs::write(root.join("etc/owned-by-1000"), "x\n").unwrap();
    std::os::unix::fs::chown(root.join("etc/owned-by-1000"), Some(1000), Some(1000)).unwrap();
    let image = root.with_extension("ext4");
    fs::File::create(&image).and_then(|f| f.set_len(64 << 20)).unwrap();
    let out = Command::new("mkfs.ext4").args(["-q", "-F", "-d"]).arg(&root).arg(&image).output().expect("running mkfs.ext4");
    assert!(out.status.success(), "mkfs.ext4: {}", String::from_utf8_lossy(&out.stderr));
    image
}

/// A harmless host-wide sysctl the container tries to change.
const SYSCTL: &str = "/proc/sys/fs/lease-break-time";

#[test]
fn with_a_user_namespace_root_cannot_make_proc_sys_or_sys_writable_and_files_keep_their_owners() {
    let s = Server::start();
    let image = user_image(&s.work());
    let sysctl_before = read(Path::new(SYSCTL));
    let wanted = sysctl_before.trim().parse::<u64>().expect("a number") + 7;
    let attack = format!(
        "/bin/sh -c 'echo \"uid=$(id -u)\"; stat -c \"owner %u %g %n\" /bin/busybox /etc/owned-by-1000; \
         mount -o remount,rw /proc/sys; echo \"remount-proc-sys=$?\"; \
         mount -o remount,rw,bind /proc/sys; echo \"remount-bind-proc-sys=$?\"; \
         umount -l /proc/sys; echo \"umount-proc-sys=$?\"; \
         echo {wanted} > {SYSCTL}; echo \"write-sysctl=$?\"; \
         mount -o remount,rw /sys; echo \"remount-sys=$?\"; \
         mkdir -p /tmp/p && mount -t proc proc /tmp/p; echo \"new-proc=$?\"; \
         mknod /tmp/blk b 7 0; echo \"mknod=$?\"; \
         hostname user-ns-name; echo \"hostname=$?\"; \
         touch /root/made-inside && stat -c \"made=%u\" /root/made-inside; \
         trap \"exit 0\" TERM; while :; do sleep 0.2; done'"
    );
    let c = s.create("container", json!({"mount": attach_mount(loopback(&image), "ext4"), "command": attack, "state": "running", "namespaces": ["user"]}));
    let id = id_of(&c);
    assert_eq!(c["state"], "running", "a container with a user namespace did not start: {c}");
    let (init, _) = s.container_procs(id);
    assert!(eventually(10, || console_lines(&c).iter().any(|l| l.starts_with("made="))), "the attack did not run to its end: {:?}", console_lines(&c));
    let lines = console_lines(&c);
    let text = lines.join("\n");
    let result = |key: &str| lines.iter().find_map(|l| l.strip_prefix(&format!("{key}="))).unwrap_or_else(|| panic!("no {key}= in {text}")).to_string();

    // Root inside is an unprivileged uid outside.
    assert_eq!(result("uid"), "0", "root inside is not uid 0 there: {text}");
    let status = read(Path::new(&format!("/proc/{}/status", init.pid)));
    let host_uid: u32 = status.lines().find_map(|l| l.strip_prefix("Uid:")).and_then(|l| l.split_whitespace().next()).and_then(|u| u.parse().ok()).expect("Uid line");
    assert!(host_uid >= 65536, "the container's root is host uid {host_uid}");
    // The image's files keep their owners inside (idmapped root).
    assert!(lines.iter().any(|l| l.starts_with("owner 0 0 ") && l.ends_with("/bin/busybox")), "/bin/busybox is not root's inside: {text}");
    assert!(lines.iter().any(|l| l.starts_with("owner 1000 1000 ")), "the file of uid 1000 changed owner inside: {text}");
    // A file root makes inside is the container's root's on the host.
    assert_eq!(result("made").trim(), "0", "{text}");
    // Every attempt failed, and the host is unchanged.
    for key in ["remount-proc-sys", "remount-bind-proc-sys", "umount-proc-sys", "write-sysctl", "remount-sys", "new-proc", "mknod"] {
        assert_ne!(result(key), "0", "{key} succeeded in a container with a user namespace: {text}");
    }
    assert_eq!(read(Path::new(SYSCTL)), sysctl_before, "the container changed {SYSCTL} on the host");
    assert_eq!(result("hostname"), "0", "the container cannot set its own hostname: {text}");
    assert_ne!(nix::unistd::gethostname().unwrap().to_string_lossy(), "user-ns-name", "the container renamed the host");

    assert_eq!(set_state(&s, id, "state=exited")["state"], "stopping");
    s.wait_state(id, "exited", 15);
    s.remove("container", id, false);
    assert_clean(&s);
}

fn set_state(s: &Server, id: u64, query: &str) -> Value {
    let path = format!("/container?id={id}&{query}");
    let (status, body) = s.patch(&path);
    assert_eq!(status, 200, "PATCH {path} answered {body}");
    body
}
