//! The container's filesystem view, built in the child (already in its own
//! mount, pid and cgroup namespaces) just before the init is exec'd: a
//! numbered recipe of mounts that ends with pivot_root into the rootfs.
//!
//! Every step is one kernel call with one line of why. Everything mounted
//! here lives only in the container's mount namespace: it disappears with
//! the last process of the container, so nothing needs unmounting later.

use super::cgroup::Layout;
use super::runtime::{ContainerConfig, Namespace};
use nix::mount::{mount, umount2, MntFlags, MsFlags};
use nix::sys::stat::{makedev, mknod, Mode, SFlag};
use std::ffi::CString;
use std::fs;
use std::os::fd::RawFd;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::symlink;
use std::path::{Component, Path, PathBuf};

type Result<T = ()> = std::result::Result<T, String>;

const NOSUID_NODEV_NOEXEC: MsFlags = MsFlags::MS_NOSUID.union(MsFlags::MS_NODEV).union(MsFlags::MS_NOEXEC);

/// Character devices every container gets: (name, major, minor).
const DEVICES: &[(&str, u64, u64)] =
    &[("null", 1, 3), ("zero", 1, 5), ("full", 1, 7), ("random", 1, 8), ("urandom", 1, 9), ("tty", 5, 0)];

/// Parts of /proc that reach the host kernel as a whole: read-only.
const PROC_READ_ONLY: &[&str] = &["sys", "sysrq-trigger", "irq", "bus", "fs", "acpi"];

/// Build the container's mounts under `cfg.rootfs` and pivot into it.
/// `console` is the host path of the pty slave that becomes /dev/console.
pub(super) fn setup(cfg: &ContainerConfig, layout: &Layout, console: &Path, root_tree: Option<RawFd>) -> Result {
    let mut root = cfg.rootfs.as_path();
    // With a user namespace the network namespace comes later (userns.rs).
    let net = cfg.unshares(Namespace::Net) && !cfg.unshares(Namespace::User);

    // 1. Make every mount private: nothing below may propagate to the host.
    do_mount(None, Path::new("/"), None, MsFlags::MS_REC | MsFlags::MS_PRIVATE, None)?;
    // 2. A mount of the rootfs of our own: pivot_root needs a mount point.
    //    With a user namespace, the shim's idmapped copy; else a bind onto itself.
    match root_tree {
        Some(tree) => super::userns::attach_root(tree, root)?,
        None => do_mount(Some(root), root, None, MsFlags::MS_BIND | MsFlags::MS_REC, None)?,
    }
    // 2b. In a user namespace: become its root. Our ids so far are host
    //     root's, which it does not map (files made now would fail), but
    //     its root cannot walk the server's private run directory: reach
    //     the rootfs through our cwd from here on, which needs no walk.
    if root_tree.is_some() {
        std::env::set_current_dir(root).map_err(|e| format!("chdir {}: {e}", root.display()))?;
        root = Path::new("/proc/self/cwd");
        become_root()?;
    }

    // 3. A proc of the container's own pid namespace.
    let proc_ = dir_in(root, "proc")?;
    do_mount(Some(Path::new("proc")), &proc_, Some("proc"), NOSUID_NODEV_NOEXEC, None)?;
    // 4. Host-global kernel knobs read-only (bind each onto itself, then ro).
    for sub in PROC_READ_ONLY {
        let p = proc_.join(sub);
        if p.exists() {
            do_mount(Some(&p), &p, None, MsFlags::MS_BIND | MsFlags::MS_REC, None)?;
            set_attr(&p, libc::MOUNT_ATTR_RDONLY, 0, false)?;
        }
    }
    // 5. ... except the network knobs of a network namespace of its own.
    if net {
        let p = proc_.join("sys/net");
        do_mount(Some(&p), &p, None, MsFlags::MS_BIND, None)?;
        set_attr(&p, 0, libc::MOUNT_ATTR_RDONLY, false)?;
    }

    // 6. /dev: a small tmpfs of its own rather than the host's devices.
    let dev = dir_in(root, "dev")?;
    do_mount(Some(Path::new("tmpfs")), &dev, Some("tmpfs"), MsFlags::MS_NOSUID | MsFlags::MS_STRICTATIME, Some("mode=755,size=4m"))?;
    // 7. The harmless character devices: mknod, or a bind of the host's
    //    node where mknod is not allowed (user namespace).
    for (name, major, minor) in DEVICES {
        let p = dev.join(name);
        if mknod(&p, SFlag::S_IFCHR, Mode::from_bits_truncate(0o666), makedev(*major, *minor)).is_err() {
            fs::File::create(&p).map_err(|e| format!("creating {}: {e}", p.display()))?;
            do_mount(Some(&Path::new("/dev").join(name)), &p, None, MsFlags::MS_BIND, None)?;
        }
    }
    // 8. The usual symlinks into /proc and /dev/pts.
    for (name, to) in [
        ("fd", "/proc/self/fd"),
        ("stdin", "/proc/self/fd/0"),
        ("stdout", "/proc/self/fd/1"),
        ("stderr", "/proc/self/fd/2"),
        ("ptmx", "pts/ptmx"),
    ] {
        symlink(to, dev.join(name)).map_err(|e| format!("symlinking /dev/{name}: {e}"))?;
    }
    // 9. A devpts instance of its own: the container's ptys are not the host's.
    let pts = mkdir(&dev.join("pts"))?;
    do_mount(
        Some(Path::new("devpts")),
        &pts,
        Some("devpts"),
        MsFlags::MS_NOSUID | MsFlags::MS_NOEXEC,
        Some("newinstance,ptmxmode=0666,mode=620,gid=5"),
    )?;
    // 10. POSIX shared memory.
    let shm = mkdir(&dev.join("shm"))?;
    do_mount(Some(Path::new("tmpfs")), &shm, Some("tmpfs"), MsFlags::MS_NOSUID | MsFlags::MS_NODEV, Some("mode=1777"))?;
    // 11. POSIX message queues (of the ipc namespace; not allowed in a user
    //     namespace without one: then the container goes without).
    let mq = mkdir(&dev.join("mqueue"))?;
    if let Err(e) = do_mount(Some(Path::new("mqueue")), &mq, Some("mqueue"), NOSUID_NODEV_NOEXEC, None) {
        eprintln!("imageapi-init: warning: {e}");
    }
    // 12. /dev/console is the pty the shim relays to the log.
    let console_target = dev.join("console");
    fs::File::create(&console_target).map_err(|e| format!("creating /dev/console: {e}"))?;
    do_mount(Some(console), &console_target, None, MsFlags::MS_BIND, None)?;

    // 13. /sys read-only: a sysfs of its own network namespace, else the host's.
    let sys = dir_in(root, "sys")?;
    if net {
        do_mount(Some(Path::new("sysfs")), &sys, Some("sysfs"), NOSUID_NODEV_NOEXEC | MsFlags::MS_RDONLY, None)?;
    } else {
        do_mount(Some(Path::new("/sys")), &sys, None, MsFlags::MS_BIND | MsFlags::MS_REC, None)?;
        set_attr(&sys, libc::MOUNT_ATTR_RDONLY | libc::MOUNT_ATTR_NOSUID | libc::MOUNT_ATTR_NODEV | libc::MOUNT_ATTR_NOEXEC, 0, true)?;
    }
    // 14. /sys/fs/cgroup of the container's cgroup namespace (every
    //     container has one), not the host's tree the /sys bind brought.
    if cfg.unshares(Namespace::Cgroup) {
        mount_cgroups(&sys.join("fs/cgroup"), layout, root_tree.is_some(), cfg.systemd)?;
    }

    // 15. systemd's container interface: /run and /tmp are tmpfs.
    if cfg.systemd {
        let run = dir_in(root, "run")?;
        do_mount(Some(Path::new("tmpfs")), &run, Some("tmpfs"), MsFlags::MS_NOSUID | MsFlags::MS_NODEV, Some("mode=755"))?;
        let tmp = dir_in(root, "tmp")?;
        do_mount(Some(Path::new("tmpfs")), &tmp, Some("tmpfs"), MsFlags::MS_NOSUID | MsFlags::MS_NODEV, Some("mode=1777"))?;
    }

    // 16. Swap roots: stack the old root under the new one ("." on "."),
    //     then detach it so no host path stays reachable.
    std::env::set_current_dir(root).map_err(|e| format!("chdir {}: {e}", root.display()))?;
    nix::unistd::pivot_root(".", ".").map_err(|e| format!("pivot_root into {}: {}", root.display(), e.desc()))?;
    umount2(".", MntFlags::MNT_DETACH).map_err(|e| format!("detaching the old root: {}", e.desc()))?;
    std::env::set_current_dir("/").map_err(|e| format!("chdir /: {e}"))?;
    Ok(())
}

/// Take uid and gid 0 of the user namespace (and no supplementary groups).
fn become_root() -> Result {
    let (uid, gid) = (nix::unistd::Uid::from_raw(0), nix::unistd::Gid::from_raw(0));
    nix::unistd::setgroups(&[]).map_err(|e| format!("setgroups: {}", e.desc()))?;
    nix::unistd::setresgid(gid, gid, gid).map_err(|e| format!("setresgid 0: {}", e.desc()))?;
    nix::unistd::setresuid(uid, uid, uid).map_err(|e| format!("setresuid 0: {}", e.desc()))
}

/// The cgroup tree systemd expects at /sys/fs/cgroup, seen through the
/// container's cgroup namespace (so each hierarchy's root is the payload).
/// v2: one cgroup2, writable. v1/hybrid (as systemd-nspawn lays it out): a
/// tmpfs with every v1 controller read-only, name=systemd and the unified
/// cgroup2 writable, then the tmpfs itself read-only. In a user namespace
/// (`userns`), where no v1 hierarchy can be mounted, the cgroup2 alone, on
/// a hybrid node too: systemd then runs in its unified mode.
fn mount_cgroups(target: &Path, layout: &Layout, userns: bool, systemd: bool) -> Result {
    if !target.is_dir() {
        return Err(format!("{} is missing", target.display()));
    }
    // 14a. Drop the host's tree that the /sys bind brought along (the
    //      same cgroup2 cannot be mounted again on its own mount point).
    //      In a user namespace it is locked and stays: 14b covers it.
    let covered = match umount2(target, MntFlags::MNT_DETACH) {
        Ok(()) => false,
        Err(nix::errno::Errno::EINVAL) => is_cgroup2(target),
        Err(e) => return Err(format!("detaching the host's {}: {}", target.display(), e.desc())),
    };
    if layout.unified_root || userns {
        if layout.v2().is_none() {
            if systemd {
                return Err("a systemd container with a user namespace needs the cgroup2 hierarchy, which this node does not mount: v1 hierarchies cannot be mounted in a user namespace".into());
            }
            // 14a'. A v1-only node: no cgroup tree at all for the container,
            //      an empty read-only directory where the host's would be.
            do_mount(Some(Path::new("tmpfs")), target, Some("tmpfs"), NOSUID_NODEV_NOEXEC | MsFlags::MS_RDONLY, Some("mode=755"))?;
            return Ok(());
        }
        // 14b. (A tmpfs between the host's locked tree and ours.)
        if covered || userns {
            do_mount(Some(Path::new("tmpfs")), target, Some("tmpfs"), NOSUID_NODEV_NOEXEC, Some("mode=755"))?;
        }
        // 14c. cgroup2 rooted at the payload: systemd manages its own subtree.
        return do_mount(Some(Path::new("cgroup2")), target, Some("cgroup2"), NOSUID_NODEV_NOEXEC, None);
    }
    // 14d. A tmpfs to hold the hierarchies' mount points.
    do_mount(Some(Path::new("tmpfs")), target, Some("tmpfs"), NOSUID_NODEV_NOEXEC, Some("mode=755"))?;
    for h in &layout.hierarchies {
        let Ok(rel) = h.mountpoint.strip_prefix("/sys/fs/cgroup") else { continue };
        let to = mkdir(&target.join(rel))?;
        if h.v2 {
            // 14e. The unified hierarchy: writable, systemd tracks its units there.
            do_mount(Some(Path::new("cgroup2")), &to, Some("cgroup2"), NOSUID_NODEV_NOEXEC, None)?;
        } else {
            // 14f. A v1 hierarchy, mounted with the host's options (the kernel
            //      reuses the hierarchy); only name=systemd stays writable.
            do_mount(Some(Path::new("cgroup")), &to, Some("cgroup"), NOSUID_NODEV_NOEXEC, Some(&h.options))?;
            if h.options != "name=systemd" {
                set_attr(&to, libc::MOUNT_ATTR_RDONLY, 0, false)?;
            }
        }
    }
    // 14g. The host's aliases for joint hierarchies (cpu -> cpu,cpuacct).
    if let Ok(entries) = fs::read_dir("/sys/fs/cgroup") {
        for e in entries.flatten() {
            if let Ok(to) = fs::read_link(e.path()) {
                let _ = symlink(to, target.join(e.file_name()));
            }
        }
    }
    // 14h. Nothing else may be created there.
    set_attr(target, libc::MOUNT_ATTR_RDONLY, 0, false)
}

/// Whether `path` is (the root of) a cgroup2 mount.
fn is_cgroup2(path: &Path) -> bool {
    nix::sys::statfs::statfs(path).is_ok_and(|s| s.filesystem_type() == nix::sys::statfs::CGROUP2_SUPER_MAGIC)
}

/// `root/rel` as a directory to mount on, created if missing; refuses a
/// symlink anywhere on the way (it could point out of the rootfs).
fn dir_in(root: &Path, rel: &str) -> Result<PathBuf> {
    let mut p = root.to_path_buf();
    for c in Path::new(rel).components() {
        let Component::Normal(c) = c else { return Err(format!("bad path {rel}")) };
        p.push(c);
        match fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => return Err(format!("/{rel} in the rootfs is a symlink")),
            Ok(m) if !m.is_dir() => return Err(format!("/{rel} in the rootfs is not a directory")),
            Ok(_) => {}
            Err(_) => {
                fs::create_dir(&p).map_err(|e| format!("the rootfs has no /{rel} and it cannot be made: {e}"))?;
            }
        }
    }
    Ok(p)
}

/// A directory on a filesystem this recipe mounted itself.
fn mkdir(p: &Path) -> Result<PathBuf> {
    fs::create_dir_all(p).map_err(|e| format!("creating {}: {e}", p.display()))?;
    Ok(p.to_path_buf())
}

fn do_mount(src: Option<&Path>, target: &Path, fstype: Option<&str>, flags: MsFlags, data: Option<&str>) -> Result {
    mount(src, target, fstype, flags, data).map_err(|e| {
        let what = fstype.map(str::to_string).or_else(|| src.map(|s| s.display().to_string())).unwrap_or_default();
        format!("mounting {what} on {} ({flags:?}): {}", target.display(), e.desc())
    })
}

/// Change per-mount attributes (read-only, ...) with mount_setattr(2), of
/// the mount at `path` and, if `recursive`, of every mount below it.
pub(super) fn set_attr(path: &Path, set: u64, clear: u64, recursive: bool) -> Result {
    let c = CString::new(path.as_os_str().as_bytes()).map_err(|_| format!("bad path {}", path.display()))?;
    let attr = libc::mount_attr { attr_set: set, attr_clr: clear, propagation: 0, userns_fd: 0 };
    let flags = if recursive { libc::AT_RECURSIVE } else { 0 } | libc::AT_SYMLINK_NOFOLLOW;
    // SAFETY: a NUL-terminated path and a mount_attr that outlive the call; the size is the struct's.
    let r = unsafe {
        libc::syscall(libc::SYS_mount_setattr, libc::AT_FDCWD, c.as_ptr(), flags, &attr, std::mem::size_of::<libc::mount_attr>())
    };
    if r < 0 {
        let e = std::io::Error::last_os_error();
        if e.raw_os_error() == Some(libc::ENOSYS) {
            return remount_attr(path, set, clear, recursive);
        }
        return Err(format!("mount_setattr {}: {e}", path.display()));
    }
    Ok(())
}

/// [`set_attr`] without mount_setattr (before Linux 5.12): a bind remount
/// of each mount, at `path` and (if `recursive`) below it, with its own
/// flags as mountinfo lists them, `set` added and `clear` taken away.
fn remount_attr(path: &Path, set: u64, clear: u64, recursive: bool) -> Result {
    const FLAGS: [(u64, MsFlags, &str); 4] = [
        (libc::MOUNT_ATTR_RDONLY, MsFlags::MS_RDONLY, "ro"),
        (libc::MOUNT_ATTR_NOSUID, MsFlags::MS_NOSUID, "nosuid"),
        (libc::MOUNT_ATTR_NODEV, MsFlags::MS_NODEV, "nodev"),
        (libc::MOUNT_ATTR_NOEXEC, MsFlags::MS_NOEXEC, "noexec"),
    ];
    const ATIME: [(MsFlags, &str); 3] = [(MsFlags::MS_NOATIME, "noatime"), (MsFlags::MS_NODIRATIME, "nodiratime"), (MsFlags::MS_RELATIME, "relatime")];
    let info = fs::read_to_string("/proc/self/mountinfo").map_err(|e| format!("reading /proc/self/mountinfo: {e}"))?;
    let top = path.display().to_string();
    let mut done = false;
    for line in info.lines() {
        let fields: Vec<&str> = line.split(' ').collect();
        let (Some(at), Some(opts)) = (fields.get(4), fields.get(5)) else { continue };
        let at = at.replace("\\040", " ");
        let below = recursive && at.strip_prefix(&top).is_some_and(|r| r.starts_with('/'));
        if at != top && !below {
            continue;
        }
        let opts: Vec<&str> = opts.split(',').collect();
        let mut flags = MsFlags::MS_REMOUNT | MsFlags::MS_BIND;
        for (attr, ms, name) in FLAGS {
            if (opts.contains(&name) || set & attr != 0) && clear & attr == 0 {
                flags |= ms;
            }
        }
        for (ms, name) in ATIME {
            if opts.contains(&name) {
                flags |= ms;
            }
        }
        do_mount(None, Path::new(&at), None, flags, None)?;
        done = true;
    }
    if !done {
        return Err(format!("{} is not a mount point", path.display()));
    }
    Ok(())
}
