//! Containers with a user namespace (`user` in `namespaces`): the
//! container's uids and gids 0-65535 are host ids `shift`..`shift+65535`,
//! an unprivileged range of its own, so its root is nobody on the host.
//!
//! Three pieces, in the order a start uses them:
//!
//! 1. [`user_root`] (in the shim, as host root, before the clone): a copy
//!    of the rootfs mount tree whose files, owned by 0-65535 on disk,
//!    belong to `shift`.. on the host, so the container sees the image's
//!    owners unchanged (mount_setattr with MOUNT_ATTR_IDMAP); for an
//!    overlay root, an overlay of its own over idmapped lowers;
//! 2. the shim maps the cloned init's user namespace 0 → `shift` (see
//!    `shim.rs`); the init builds the container's mounts in it;
//! 3. [`lock_mounts`] (in the init, after pivot_root): the init moves into
//!    a second user namespace (identity over the first) with new mount,
//!    uts, ipc and cgroup namespaces. A mount namespace copied into a less
//!    privileged user namespace has every mount locked, so read-only
//!    mounts (`/proc/sys`, `/sys`, ...) cannot be made writable again and
//!    the mounts over `/proc` parts cannot be taken away; and since the pid
//!    namespace belongs to the first user namespace, no new proc can be
//!    mounted either.

use nix::sched::{unshare, CloneFlags};
use nix::sys::wait::{waitpid, WaitStatus};
use nix::unistd::{fork, ForkResult};
use std::ffi::CString;
use std::fs::File;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// How many ids a container gets.
pub const RANGE: u32 = 65536;
/// The lowest host id handed out: above every id a distribution gives to
/// users or systemd's dynamic users.
pub const FIRST_SHIFT: u32 = 0x4000_0000;
/// Ranges are picked among this many (2^31 - FIRST_SHIFT = 16384 ranges).
pub const SLOTS: u64 = 16383;

const OPEN_TREE_CLONE: u32 = 1;
const AT_RECURSIVE: u32 = 0x8000;
const AT_EMPTY_PATH: u32 = 0x1000;
const MOUNT_ATTR_IDMAP: u64 = 0x0010_0000;
const MOUNT_ATTR_NOSUID: u64 = 0x0000_0002;
const MOUNT_ATTR_NODEV: u64 = 0x0000_0004;
const MOVE_MOUNT_F_EMPTY_PATH: u32 = 4;

/// Where the host ids of the container whose state lives in `state_dir`
/// start, unless another container holds that range (see `idranges.rs`,
/// which hands out the ranges): spread over the slots by a hash of the
/// path, so containers of different servers seldom have to move.
pub fn shift_for(state_dir: &Path) -> u32 {
    let hash = state_dir.as_os_str().as_bytes().iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3));
    FIRST_SHIFT + (hash % SLOTS) as u32 * RANGE
}

/// The uid_map/gid_map line of the container's first user namespace.
pub fn map_line(shift: u32) -> String {
    format!("0 {shift} {RANGE}\n")
}

fn last_err(what: &str) -> String {
    format!("{what}: {}", std::io::Error::last_os_error())
}

/// A user namespace with the container's mapping, for mount_setattr: a
/// throwaway child enters it and waits, the shim writes its maps and opens
/// it, then lets the child go.
fn mapping_userns(shift: u32) -> Result<OwnedFd, String> {
    let (r, w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).map_err(|e| format!("pipe2: {}", e.desc()))?;
    // SAFETY: the shim is single-threaded; the child only calls
    // async-signal-safe functions (unshare, read, _exit).
    match unsafe { fork() }.map_err(|e| format!("fork: {}", e.desc()))? {
        ForkResult::Child => {
            drop(w);
            let code = if unshare(CloneFlags::CLONE_NEWUSER).is_ok() { 0 } else { 1 };
            let mut b = [0u8; 1];
            // Wait for the shim to close its end: EOF.
            let _ = nix::unistd::read(r.as_raw_fd(), &mut b);
            // SAFETY: _exit ends this forked child without running the shim's destructors.
            unsafe { libc::_exit(code) }
        }
        ForkResult::Parent { child } => {
            drop(r);
            // The child unshares right after the fork: wait until its user namespace differs from ours.
            let mine = std::fs::read_link("/proc/self/ns/user").map_err(|e| format!("reading our user namespace: {e}"))?;
            let result = (|| {
                let ns = format!("/proc/{child}/ns/user");
                let start = std::time::Instant::now();
                while std::fs::read_link(&ns).map_err(|e| format!("reading {ns}: {e}"))? == mine {
                    if start.elapsed() > std::time::Duration::from_secs(5) {
                        return Err("the id-mapping helper did not enter its user namespace".to_string());
                    }
                    std::thread::sleep(std::time::Duration::from_millis(1));
                }
                for map in ["uid_map", "gid_map"] {
                    std::fs::write(format!("/proc/{child}/{map}"), map_line(shift)).map_err(|e| format!("writing the id-mapping helper's {map}: {e}"))?;
                }
                File::open(&ns).map(OwnedFd::from).map_err(|e| format!("opening {ns}: {e}"))
            })();
            drop(w);
            let _ = waitpid(child, None);
            result
        }
    }
}

/// What the shim needs to know of a user-namespace container's root
/// beyond its path, filled in by the backend from the object graph.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserRoot {
    /// The root is an overlay: its layers (overlayfs cannot be idmapped
    /// itself, its layers can).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub overlay: Option<OverlayLayers>,
    /// Mountpoints of binds of node directories not given `idmap`: their
    /// files keep their node owners, which the container's range does not map.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keep_owners: Vec<PathBuf>,
}

impl UserRoot {
    pub fn is_plain(&self) -> bool {
        self.overlay.is_none() && self.keep_owners.is_empty()
    }
}

/// The layers of an overlay root, as its mount has them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OverlayLayers {
    /// Topmost first: mountpoints of the lowers, a lower overlay replaced
    /// by its upper directory and its own lowers.
    pub lowers: Vec<PathBuf>,
    /// The upper directory. It is not idmapped: what the container writes
    /// there is owned by its host range on the node.
    pub upper: PathBuf,
    /// The directory holding upper and work, where the container's own work
    /// directory is made.
    pub layers: PathBuf,
}

/// The container's root as a detached mount tree: files owned by 0-65535
/// on disk belong to `shift`.. on the host, so the container sees the
/// image's owners unchanged, and its root can act on them. Made by host
/// root, before the clone; the init moves it in place ([`attach_root`]).
///
/// - A plain root (any filesystem that can be idmapped: squashfs, ext4,
///   xfs, btrfs, tmpfs) is a recursive clone of its mount, idmapped.
/// - An overlay root is a new overlay of the container's own
///   ([`idmapped_overlay`]).
/// - Binds of node directories named in `keep_owners` are not idmapped.
///
/// Afterwards the node's own mount of the root is made nosuid and nodev:
/// what the container wrote there is never a setuid program or a device
/// for anyone outside it.
pub fn user_root(rootfs: &Path, shift: u32, plan: &UserRoot) -> Result<OwnedFd, String> {
    let userns = mapping_userns(shift)?;
    let tree = match &plan.overlay {
        Some(layers) => idmapped_overlay(rootfs, shift, layers, &plan.keep_owners, &userns)?,
        None => {
            let tree = clone_tree(rootfs, true)?;
            if !plan.keep_owners.iter().any(|p| p == rootfs) {
                idmap(&tree, &userns, rootfs)?;
            }
            // Its setuid programs grant only the container's own ids; the
            // node's mount turns nosuid below, which a clone would inherit.
            tree_attr(&tree, 0, MOUNT_ATTR_NOSUID, None).map_err(|e| format!("clearing nosuid on the container's root: {e}"))?;
            tree
        }
    };
    confine_on_node(rootfs)?;
    Ok(tree)
}

/// An overlay of the container's own over `layers`, as a detached mount:
///
/// 1. a mount namespace of the shim's own for a moment, private, so
///    nothing made here is seen elsewhere or outlives the step;
/// 2. each lower idmapped, stacked on its own path (overlayfs takes layers
///    by path);
/// 3. a work directory of the container's own beside the upper (the
///    node's overlay keeps using its own), the upper's root given to the
///    container's root, as the image's root directory is;
/// 4. the overlay, mounted over the root's path and cloned off;
/// 5. back into the node's mount namespace, where the overlay of the node
///    keeps its mountpoint. The upper directory is shared by both: the
///    node's view of it may lag what the container writes (`index=off`,
///    so overlayfs allows the second mount).
fn idmapped_overlay(rootfs: &Path, shift: u32, layers: &OverlayLayers, keep: &[PathBuf], userns: &OwnedFd) -> Result<OwnedFd, String> {
    let work = layers.layers.join(format!("work.{shift}"));
    for p in layers.lowers.iter().chain([&layers.upper, &work, &rootfs.to_path_buf()]) {
        if p.as_os_str().as_bytes().iter().any(|b| matches!(b, b',' | b':' | b'\\')) {
            return Err(format!("{} cannot be an overlay layer of a user-namespace container: it holds ',', ':' or '\\'", p.display()));
        }
    }
    std::fs::create_dir_all(&work).map_err(|e| format!("creating {}: {e}", work.display()))?;
    std::os::unix::fs::chown(&layers.upper, Some(shift), Some(shift)).map_err(|e| format!("giving {} to the container's root: {e}", layers.upper.display()))?;
    let home = File::open("/proc/self/ns/mnt").map_err(|e| format!("opening our mount namespace: {e}"))?;
    let cwd = File::open(".").map_err(|e| format!("opening our working directory: {e}"))?;
    // 1.
    unshare(CloneFlags::CLONE_NEWNS).map_err(|e| format!("unshare(CLONE_NEWNS): {}", e.desc()))?;
    let built = (|| {
        nix::mount::mount(None::<&str>, "/", None::<&str>, nix::mount::MsFlags::MS_REC | nix::mount::MsFlags::MS_PRIVATE, None::<&str>)
            .map_err(|e| format!("making our mounts private: {}", e.desc()))?;
        // 2.
        for lower in &layers.lowers {
            if keep.contains(lower) {
                continue;
            }
            let t = clone_tree(lower, true)?;
            idmap(&t, userns, lower)?;
            attach_root(t.as_raw_fd(), lower)?;
        }
        // 3. (the directories were made above, as the node's root)
        // 4.
        let lower: Vec<String> = layers.lowers.iter().map(|p| p.display().to_string()).collect();
        let data = format!("lowerdir={},upperdir={},workdir={},index=off", lower.join(":"), layers.upper.display(), work.display());
        nix::mount::mount(Some("overlay"), rootfs, Some("overlay"), nix::mount::MsFlags::empty(), Some(data.as_str()))
            .map_err(|e| format!("mounting the container's overlay of {}: {}", lower.join(", "), e.desc()))?;
        clone_tree(rootfs, false)
    })();
    // 5.
    nix::sched::setns(&home, CloneFlags::CLONE_NEWNS).map_err(|e| format!("returning to the node's mount namespace: {}", e.desc()))?;
    nix::unistd::fchdir(cwd.as_raw_fd()).map_err(|e| format!("returning to our working directory: {}", e.desc()))?;
    built
}

/// A detached clone of the mount at `path` (and, if `recursive`, of the mounts below it).
fn clone_tree(path: &Path, recursive: bool) -> Result<OwnedFd, String> {
    let c = CString::new(path.as_os_str().as_bytes()).map_err(|_| format!("bad path {}", path.display()))?;
    let flags = OPEN_TREE_CLONE | libc::O_CLOEXEC as u32 | if recursive { AT_RECURSIVE } else { 0 };
    // SAFETY: a NUL-terminated path; open_tree returns a new fd or -1.
    let fd = unsafe { libc::syscall(libc::SYS_open_tree, libc::AT_FDCWD, c.as_ptr(), flags) };
    if fd < 0 {
        return Err(last_err(&format!("open_tree {}", path.display())));
    }
    // SAFETY: the kernel just returned this fd; nothing else owns it.
    Ok(unsafe { OwnedFd::from_raw_fd(fd as RawFd) })
}

/// Change the attributes of the detached tree `tree` (recursively).
fn tree_attr(tree: &OwnedFd, set: u64, clear: u64, idmap_ns: Option<&OwnedFd>) -> std::io::Result<()> {
    let attr = libc::mount_attr { attr_set: set, attr_clr: clear, propagation: 0, userns_fd: idmap_ns.map_or(0, |u| u.as_raw_fd() as u64) };
    // SAFETY: an empty NUL-terminated path relative to `tree`, and a mount_attr that outlives the call.
    let r = unsafe {
        libc::syscall(libc::SYS_mount_setattr, tree.as_raw_fd(), c"".as_ptr(), AT_EMPTY_PATH | AT_RECURSIVE, &attr, std::mem::size_of::<libc::mount_attr>())
    };
    if r < 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

/// Shift the ids of every mount of `tree` (a clone of `path`) by the container's mapping.
fn idmap(tree: &OwnedFd, userns: &OwnedFd, path: &Path) -> Result<(), String> {
    tree_attr(tree, MOUNT_ATTR_IDMAP, 0, Some(userns)).map_err(|e| {
        format!("idmapping {} for the user namespace: {e} (its filesystem cannot be idmapped by this kernel; squashfs, ext4, xfs, btrfs, tmpfs and overlays of them can)", path.display())
    })
}

/// Make the node's mount at `path` nosuid and nodev.
fn confine_on_node(path: &Path) -> Result<(), String> {
    super::rootfs::set_attr(path, MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV, 0, false)
        .map_err(|e| format!("making {} nosuid and nodev on the node: {e}", path.display()))
}

/// Put the idmapped tree `tree` on `target` (in the init, in its own mount namespace).
pub fn attach_root(tree: RawFd, target: &Path) -> Result<(), String> {
    let c = CString::new(target.as_os_str().as_bytes()).map_err(|_| format!("bad path {}", target.display()))?;
    // SAFETY: NUL-terminated paths, a detached-mount fd this process holds.
    let r = unsafe { libc::syscall(libc::SYS_move_mount, tree, c"".as_ptr(), libc::AT_FDCWD, c.as_ptr(), MOVE_MOUNT_F_EMPTY_PATH) };
    if r < 0 {
        return Err(last_err(&format!("moving the idmapped root onto {}", target.display())));
    }
    Ok(())
}

/// Step 3 of the module header: enter a second user namespace (identity
/// over the first) with fresh mount, uts, ipc, cgroup (when `cgroup`) and
/// net (when `net`) namespaces. A helper forked before the unshare, still
/// in the first user namespace, writes the maps: only a process there may.
pub fn lock_mounts(cgroup: bool, net: bool) -> Result<(), String> {
    let (r, w) = nix::unistd::pipe2(nix::fcntl::OFlag::O_CLOEXEC).map_err(|e| format!("pipe2: {}", e.desc()))?;
    let me = std::process::id();
    // Changing ids (setresuid above) made us undumpable, which gives our
    // /proc files to an owner the helper cannot write as: undo that.
    // SAFETY: prctl with integer arguments only.
    if unsafe { libc::prctl(libc::PR_SET_DUMPABLE, 1, 0, 0, 0) } < 0 {
        return Err(last_err("prctl(PR_SET_DUMPABLE)"));
    }
    // SAFETY: single-threaded (the init before exec); the child writes two
    // files and exits with _exit.
    match unsafe { fork() }.map_err(|e| format!("fork: {}", e.desc()))? {
        ForkResult::Child => {
            drop(w);
            let mut b = [0u8; 1];
            let mut code = 0;
            if nix::unistd::read(r.as_raw_fd(), &mut b) == Ok(1) {
                for (i, m) in ["uid_map", "gid_map"].iter().enumerate() {
                    if let Err(e) = std::fs::write(format!("/proc/{me}/{m}"), format!("0 0 {RANGE}\n")) {
                        code = i as i32 * 128 + e.raw_os_error().unwrap_or(127).min(127);
                        break;
                    }
                }
            } else {
                code = 1;
            }
            // SAFETY: _exit ends this forked child without running destructors.
            unsafe { libc::_exit(code) }
        }
        ForkResult::Parent { child } => {
            drop(r);
            let mut flags = CloneFlags::CLONE_NEWUSER | CloneFlags::CLONE_NEWNS | CloneFlags::CLONE_NEWUTS | CloneFlags::CLONE_NEWIPC;
            if cgroup {
                flags |= CloneFlags::CLONE_NEWCGROUP;
            }
            if net {
                flags |= CloneFlags::CLONE_NEWNET;
            }
            let unshared = unshare(flags).map_err(|e| format!("unshare into the locked namespaces: {}", e.desc()));
            if unshared.is_ok() {
                let _ = nix::unistd::write(&w, b"1");
            }
            drop(w);
            let status = waitpid(child, None);
            unshared?;
            match status {
                Ok(WaitStatus::Exited(_, 0)) => Ok(()),
                other => Err(format!("writing the inner user namespace's maps failed ({other:?})")),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifts_are_unprivileged_aligned_and_differ() {
        let a = shift_for(Path::new("/run/a/containers/1"));
        let b = shift_for(Path::new("/run/b/containers/1"));
        assert_ne!(a, b);
        for s in [a, b] {
            assert!(s >= FIRST_SHIFT && s % RANGE == 0 && u64::from(s) + u64::from(RANGE) <= 1 << 31, "{s}");
        }
        assert_eq!(map_line(FIRST_SHIFT), "0 1073741824 65536\n");
    }
}
