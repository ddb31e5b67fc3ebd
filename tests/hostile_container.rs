//! Attacks from inside a container, run against the real server, with the
//! host checked afterwards: what root in a container tries first to reach
//! the node it runs on.
//!
//! Covered: a device node of a host block device (made with mknod, then
//! read and written), also after root tried to get out from under the
//! device allow-list through fresh cgroup mounts (moving its init to the
//! root it sees, writing "a" to devices.allow; with and without a user
//! namespace), system calls that act on the whole machine (kexec,
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

// ---- cgroups ---------------------------------------------------------------------------

/// A loop device of the test's own over a 1 MiB file that starts with a
/// secret: the host block device the container goes after. Returns the
/// file, its content, the device (detached when dropped) and its
/// "major minor".
fn host_disk(work: &Path) -> (PathBuf, Vec<u8>, TestLoop, String) {
    let disk = unique(work, "secret").with_extension("img");
    let mut content = b"HOST-SECRET-0123456789".to_vec();
    content.resize(1 << 20, 0);
    fs::write(&disk, &content).unwrap();
    let lo = TestLoop::new(&disk);
    let dev = read(Path::new(&format!("/sys/block/loop{}/dev", loop_number(&lo.device))));
    let numbers = dev.trim().replace(':', " ");
    (disk, content, lo, numbers)
}

/// What root tries to get out from under the device allow-list, once the
/// test sends SIGUSR1: fresh mounts of the v1 `devices` hierarchy and of
/// cgroup2; "a" (everything) into `devices.allow` of its own cgroup and of
/// each one above it up to the root it sees; its init into the root
/// `cgroup.procs` of each mount; then a node of the host's disk `numbers`
/// ("major minor"), read and written. Each step prints `<step>=<status>`.
/// (Under tests/cgroup2/run on a hybrid node the server places containers
/// in no v1 hierarchy, so the v1 cgroup the container reaches is the root,
/// which allows every device whatever is written to it: the write changes
/// nothing, and the cgroup2 program alone holds.)
fn cgroup_escape(numbers: &str) -> String {
    format!(
        "/bin/sh -c 'trap \"go=1\" USR1; while [ -z \"$go\" ]; do sleep 0.1; done; \
         mkdir /dev/v1 /dev/v2; \
         mount -t cgroup -o devices cgroup /dev/v1; v1=$?; echo \"mount-v1=$v1\"; \
         mount -t cgroup2 cgroup2 /dev/v2; v2=$?; echo \"mount-v2=$v2\"; \
         line=$(grep :devices: /proc/self/cgroup); p=${{line#*:devices:}}; [ \"$p\" = / ] && p=; \
         while [ $v1 = 0 ]; do echo a > /dev/v1$p/devices.allow; echo \"allow ${{p:-/}}=$?\"; [ -z \"$p\" ] && break; p=${{p%/*}}; done; \
         [ $v1 = 0 ] && {{ echo 1 > /dev/v1/cgroup.procs; echo \"join-v1=$?\"; }}; \
         [ $v2 = 0 ] && {{ echo 1 > /dev/v2/cgroup.procs; echo \"join-v2=$?\"; }}; \
         echo \"release-agent=$(ls /dev/v1/release_agent 2>/dev/null)\"; \
         if mknod /dev/victim b {numbers}; then echo mknod=0; \
         dd if=/dev/victim bs=22 count=1 2>&1; echo \" read=$?\"; \
         echo OVERWRITTEN | dd of=/dev/victim conv=notrunc,fsync 2>&1; echo \"write=$?\"; \
         else echo mknod=1; fi; \
         cat /proc/self/cgroup; \
         trap \"exit 0\" TERM; echo attack-done; while :; do sleep 0.2; done'"
    )
}

/// The paths of `pid`'s cgroups that the device allow-list rests on, as the
/// host sees them: cgroup2's and the v1 `devices` one, each where the
/// server uses that hierarchy (it is mounted in this view of the node).
fn device_cgroups_of(pid: i32) -> Vec<(String, String)> {
    let v1_devices = v1_devices_mounted();
    let v2 = mount_table().iter().any(|m| m.fs_type == "cgroup2");
    read(Path::new(&format!("/proc/{pid}/cgroup")))
        .lines()
        .filter_map(|l| {
            let mut parts = l.splitn(3, ':');
            let (_, controllers, path) = (parts.next()?, parts.next()?, parts.next()?);
            let wanted = (controllers.is_empty() && v2) || (v1_devices && controllers.split(',').any(|c| c == "devices"));
            wanted.then(|| (if controllers.is_empty() { "cgroup2" } else { controllers }.to_string(), path.to_string()))
        })
        .collect()
}

/// Whether this view of the node has a v1 `devices` hierarchy mounted
/// (the server then puts containers under it too).
fn v1_devices_mounted() -> bool {
    mount_table().iter().any(|m| m.fs_type == "cgroup" && m.super_options.iter().any(|o| o == "devices"))
}

/// Run [`cgroup_escape`] in a container of `mount` with `namespaces`
/// against a disk of the test's own, and check that nothing of it reached
/// the disk or took the init out of its cgroups. Returns the console lines.
fn attack_cgroups(s: &Server, mount: Value, namespaces: Value) -> Vec<String> {
    let (disk, content, lo, numbers) = host_disk(&s.work());
    let c = s.create("container", json!({"mount": mount, "command": cgroup_escape(&numbers), "state": "running", "namespaces": namespaces}));
    let id = id_of(&c);
    assert_eq!(c["state"], "running", "the container did not start: {c}");
    let (init, _) = s.container_procs(id);
    let payload = format!("/imageapi/{}/payload", imageapi_backend::container::cgroup::name_for(id, &s.container_dir(id)));
    let before = device_cgroups_of(init.pid);
    assert!(!before.is_empty(), "the init is in no cgroup that holds a device list: {before:?}");
    for (h, path) in &before {
        assert!(path.starts_with(&payload), "before the attack the init is in {h}:{path}, not under {payload}");
    }
    wait_until_catches(init.pid, libc::SIGUSR1);
    assert!(signal_verified(init.pid, init.start_time, libc::SIGUSR1), "the container's init is gone");
    assert!(eventually(20, || console_lines(&c).iter().any(|l| l == "attack-done")), "the attack did not run to its end: {:?}", console_lines(&c));
    let lines = console_lines(&c);
    let text = lines.join("\n");
    let after = device_cgroups_of(init.pid);

    assert!(!text.contains("HOST-SECRET"), "the container read the host's block device: {text}");
    assert_eq!(fs::read(&disk).unwrap(), content, "the container changed the host's block device: {text}");
    let result = |key: &str| lines.iter().find_map(|l| l.strip_prefix(&format!("{key}="))).unwrap_or_else(|| panic!("no {key}= in {text}")).to_string();
    if result("mknod") == "0" {
        assert!(lines.iter().any(|l| l.ends_with(" read=1")), "reading the node did not fail: {text}");
        assert_eq!(result("write"), "1", "writing the node did not fail: {text}");
        assert!(text.contains("can't open '/dev/victim': Operation not permitted"), "the opens were not refused by the allow-list: {text}");
    }
    for (h, path) in &after {
        assert!(path.starts_with(&payload), "the container moved its init to {h}:{path}, out of {payload}: {text}");
    }
    if let Some(devices) = mount_table().into_iter().find(|m| m.fs_type == "cgroup" && m.super_options.iter().any(|o| o == "devices")) {
        assert_eq!(result("release-agent"), "", "the container reached the root of the devices hierarchy: {text}");
        // The payload's v1 rules are still the list: nothing widened them.
        let list = read(&devices.mountpoint.join(payload.trim_start_matches('/')).join("devices.list"));
        assert!(list.lines().any(|l| l == "b *:* m") && !list.lines().any(|l| l.starts_with("a ") || (l.starts_with("b ") && l.ends_with("rwm"))), "the payload's device rules after the attack:\n{list}");
    }

    assert_eq!(set_state(s, id, "state=exited")["state"], "stopping");
    s.wait_state(id, "exited", 15);
    s.remove("container", id, false);
    drop(lo);
    lines
}

#[test]
fn root_cannot_take_its_processes_out_of_the_device_allow_list_nor_widen_it() {
    let s = Server::start();
    let image = busybox_image(&s.work());
    let lines = attack_cgroups(&s, squashfs_mount(&image), json!([]));
    let text = lines.join("\n");
    let result = |key: &str| lines.iter().find_map(|l| l.strip_prefix(&format!("{key}="))).unwrap_or_else(|| panic!("no {key}= in {text}")).to_string();
    // The attack reached the cgroup files: what held was where they are.
    assert_eq!(result("mknod"), "0", "mknod itself is allowed: {text}");
    assert_eq!(result("mount-v2"), "0", "root could not mount cgroup2: {text}");
    let v1_devices_in_kernel = read(Path::new("/proc/self/cgroup")).lines().any(|l| l.split(':').nth(1) == Some("devices"));
    if v1_devices_in_kernel {
        assert_eq!(result("mount-v1"), "0", "root could not mount the devices hierarchy: {text}");
        let allowed: Vec<&String> = lines.iter().filter(|l| l.starts_with("allow ")).collect();
        assert!(!allowed.is_empty(), "no devices.allow was tried: {text}");
    }
    assert_clean(&s);
}

#[test]
fn with_a_user_namespace_root_cannot_take_its_processes_out_of_the_device_allow_list() {
    let s = Server::start();
    if old_kernel() {
        return assert_user_namespace_refused(&s, bind(&s.work()));
    }
    let image = user_image(&s.work());
    let lines = attack_cgroups(&s, attach_mount(loopback(&image), "ext4"), json!(["user"]));
    let text = lines.join("\n");
    assert_eq!(lines.iter().find(|l| l.starts_with("mknod=")).map(String::as_str), Some("mknod=1"), "mknod of a block device worked in a user namespace: {text}");
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
    if old_kernel() {
        return assert_user_namespace_refused(&s, bind(&s.work()));
    }
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

/// Where the host ids of the container of `state_dir` would start if no
/// other container held that range (the server's hash of the path).
fn preferred_shift(state_dir: &Path) -> u32 {
    use std::os::unix::ffi::OsStrExt;
    let hash = state_dir.as_os_str().as_bytes().iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3));
    0x4000_0000 + (hash % 16383) as u32 * 65536
}

/// The host id that uid 0 of process `pid` is.
fn host_root_of(pid: i32) -> u32 {
    let map = read(Path::new(&format!("/proc/{pid}/uid_map")));
    let fields: Vec<u32> = map.split_whitespace().map(|f| f.parse().unwrap()).collect();
    assert_eq!((fields.len(), fields[0], fields.get(2)), (3, 0, Some(&65536)), "pid {pid} has uid_map {map:?}");
    fields[1]
}

const IDRANGES: &str = "/run/imageapi-idranges";

#[test]
fn a_container_never_shares_host_ids_with_another_even_when_their_ranges_collide() {
    let s = Server::start();
    if old_kernel() {
        return assert_user_namespace_refused(&s, bind(&s.work()));
    }
    let image = user_image(&s.work());
    let m = s.create("mount", attach_mount(loopback(&image), "ext4"));
    let sleeper = "/bin/sh -c 'trap \"exit 0\" TERM; while :; do sleep 0.2; done'";
    let body = json!({"mount": {"id": id_of(&m)}, "command": sleeper, "state": "running", "namespaces": ["user"]});
    // The next object's id follows the mount's and its attachment's: the range its state
    // directory hashes to is held, as by a container of another server
    // on this node, before it is made.
    let next = id_of(&m).max(id_of(&m["attach"]["attach"])) + 1;
    let wanted = preferred_shift(&s.container_dir(next));
    let other_owner = s.work().join("other-server/containers/1");
    fs::create_dir_all(&other_owner).unwrap();
    fs::create_dir_all(IDRANGES).unwrap();
    let taken = Path::new(IDRANGES).join(wanted.to_string());
    let fake = TestFile::create_new(&taken, other_owner.as_os_str().as_encoded_bytes());
    let c = s.create("container", body.clone());
    assert_eq!(id_of(&c), next, "the ids of this server are not consecutive: {c}");
    assert_eq!(c["state"], "running", "{c}");
    let (init, _) = s.container_procs(next);
    let got = host_root_of(init.pid);
    assert_ne!(got, wanted, "the container got the host ids another container holds");
    assert!(got >= 0x4000_0000 && got % 65536 == 0, "host root {got}");
    let held = Path::new(IDRANGES).join(got.to_string());
    assert_eq!(fs::read(&held).unwrap(), s.container_dir(next).as_os_str().as_encoded_bytes(), "{} does not name the container", held.display());
    assert_eq!(fs::read(&taken).unwrap(), other_owner.as_os_str().as_encoded_bytes(), "the other container's hold changed");
    // Stopped and started again, it keeps its range (its files keep their owner).
    assert_eq!(set_state(&s, next, "state=exited")["state"], "stopping");
    s.wait_state(next, "exited", 15);
    assert_eq!(set_state(&s, next, "state=running")["state"], "running");
    let (init, _) = s.container_procs(next);
    assert_eq!(host_root_of(init.pid), got, "a restarted container changed its host ids");
    assert_eq!(set_state(&s, next, "state=exited")["state"], "stopping");
    s.wait_state(next, "exited", 15);
    s.remove("container", next, false);
    assert!(!held.exists(), "the deleted container still holds {}", held.display());

    // A hold whose server is gone (its run directory removed) is free.
    fs::remove_dir_all(s.work().join("other-server")).unwrap();
    let next = next + 1;
    let wanted = preferred_shift(&s.container_dir(next));
    let stale = TestFile::create_new(&Path::new(IDRANGES).join(wanted.to_string()), other_owner.as_os_str().as_encoded_bytes());
    let c = s.create("container", body);
    assert_eq!((id_of(&c), c["state"].as_str()), (next, Some("running")), "{c}");
    let (init, _) = s.container_procs(next);
    assert_eq!(host_root_of(init.pid), wanted, "a stale hold kept the container from its range");
    assert_eq!(set_state(&s, next, "state=exited")["state"], "stopping");
    s.wait_state(next, "exited", 15);
    s.remove("container", next, false);
    assert!(!stale.path.exists(), "the container's hold outlived it");
    drop((fake, stale));
    s.remove("mount", id_of(&m), false);
    assert_clean(&s);
}

/// A file the test made outside its temp dir, removed when the test ends
/// (also when it fails), with its directory if that is then empty.
struct TestFile {
    path: PathBuf,
}

impl TestFile {
    fn create_new(path: &Path, content: &[u8]) -> TestFile {
        use std::io::Write;
        let mut f = fs::OpenOptions::new().write(true).create_new(true).open(path).unwrap_or_else(|e| panic!("creating {}: {e}", path.display()));
        f.write_all(content).unwrap();
        TestFile { path: path.to_path_buf() }
    }
}

impl Drop for TestFile {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
        if let Some(dir) = self.path.parent() {
            let _ = fs::remove_dir(dir);
        }
    }
}

fn set_state(s: &Server, id: u64, query: &str) -> Value {
    let path = format!("/container?id={id}&{query}");
    let (status, body) = s.patch(&path);
    assert_eq!(status, 200, "PATCH {path} answered {body}");
    body
}
