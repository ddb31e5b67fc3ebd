//! Containers with a user namespace (`user` in `namespaces`): the
//! container's uids and gids 0-65535 are host ids `shift`..`shift+65535`,
//! an unprivileged range of its own, so its root is nobody on the host.
//!
//! Three pieces, in the order a start uses them:
//!
//! 1. [`idmapped_root`] (in the shim, as host root, before the clone): a
//!    copy of the rootfs mount tree whose files, owned by 0-65535 on disk,
//!    belong to `shift`.. on the host, so the container sees the image's
//!    owners unchanged (mount_setattr with MOUNT_ATTR_IDMAP);
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
use std::path::Path;

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

/// A detached copy of the mount tree at `rootfs` (submounts included) with
/// its ids shifted by `shift`: the container's root, to be moved in place
/// by the init ([`attach_root`]).
pub fn idmapped_root(rootfs: &Path, shift: u32) -> Result<OwnedFd, String> {
    let userns = mapping_userns(shift)?;
    let c = CString::new(rootfs.as_os_str().as_bytes()).map_err(|_| format!("bad path {}", rootfs.display()))?;
    // SAFETY: a NUL-terminated path; open_tree returns a new fd or -1.
    let fd = unsafe { libc::syscall(libc::SYS_open_tree, libc::AT_FDCWD, c.as_ptr(), OPEN_TREE_CLONE | libc::O_CLOEXEC as u32 | AT_RECURSIVE) };
    if fd < 0 {
        return Err(last_err(&format!("open_tree {}", rootfs.display())));
    }
    // SAFETY: the kernel just returned this fd; nothing else owns it.
    let tree = unsafe { OwnedFd::from_raw_fd(fd as RawFd) };
    let attr = libc::mount_attr { attr_set: MOUNT_ATTR_IDMAP, attr_clr: 0, propagation: 0, userns_fd: userns.as_raw_fd() as u64 };
    // SAFETY: an empty NUL-terminated path relative to `tree`, and a mount_attr that outlives the call.
    let r = unsafe {
        libc::syscall(libc::SYS_mount_setattr, tree.as_raw_fd(), c"".as_ptr(), AT_EMPTY_PATH | AT_RECURSIVE, &attr, std::mem::size_of::<libc::mount_attr>())
    };
    if r < 0 {
        return Err(format!(
            "idmapping the root filesystem {} for the user namespace: {} (an overlay cannot be idmapped; squashfs, ext4, xfs, btrfs and tmpfs can)",
            rootfs.display(),
            std::io::Error::last_os_error()
        ));
    }
    Ok(tree)
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
