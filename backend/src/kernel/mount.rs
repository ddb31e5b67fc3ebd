//! mount(2) and umount(2), mount option parsing, /proc/self/mountinfo, and
//! the propagation rule: no mount the server makes propagates to or from
//! the node's other mounts.

use crate::error::{Error, Result};
use nix::errno::Errno;
use nix::mount::{MntFlags, MsFlags};
use std::path::{Path, PathBuf};

/// Mount options that are flags of mount(2); every other option is
/// filesystem data. `(name, flag, set)`: `set == false` clears the flag.
const FLAGS: &[(&str, MsFlags, bool)] = &[
    ("ro", MsFlags::MS_RDONLY, true),
    ("rw", MsFlags::MS_RDONLY, false),
    ("nosuid", MsFlags::MS_NOSUID, true),
    ("suid", MsFlags::MS_NOSUID, false),
    ("nodev", MsFlags::MS_NODEV, true),
    ("dev", MsFlags::MS_NODEV, false),
    ("noexec", MsFlags::MS_NOEXEC, true),
    ("exec", MsFlags::MS_NOEXEC, false),
    ("sync", MsFlags::MS_SYNCHRONOUS, true),
    ("async", MsFlags::MS_SYNCHRONOUS, false),
    ("dirsync", MsFlags::MS_DIRSYNC, true),
    ("noatime", MsFlags::MS_NOATIME, true),
    ("atime", MsFlags::MS_NOATIME, false),
    ("nodiratime", MsFlags::MS_NODIRATIME, true),
    ("diratime", MsFlags::MS_NODIRATIME, false),
    ("relatime", MsFlags::MS_RELATIME, true),
    ("norelatime", MsFlags::MS_RELATIME, false),
    ("strictatime", MsFlags::MS_STRICTATIME, true),
    ("lazytime", MsFlags::MS_LAZYTIME, true),
    ("nolazytime", MsFlags::MS_LAZYTIME, false),
    ("silent", MsFlags::MS_SILENT, true),
    ("loud", MsFlags::MS_SILENT, false),
];

/// Options that would change what kind of mount this is; never accepted
/// from a client.
const REFUSED: &[&str] = &["bind", "rbind", "move", "remount", "shared", "private", "slave", "unbindable", "rshared", "rprivate", "rslave", "runbindable", "loop"];

/// Mount flags and the filesystem data string of an option list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub flags: MsFlags,
    pub data: String,
}

pub fn parse_options(options: &[String]) -> Result<Options> {
    let mut flags = MsFlags::empty();
    let mut data = Vec::new();
    for opt in options {
        if REFUSED.contains(&opt.as_str()) {
            return Err(Error::invalid(format!("mount option \"{opt}\" is not allowed here: it changes the kind of mount")));
        }
        match FLAGS.iter().find(|(name, _, _)| *name == opt) {
            Some((_, flag, true)) => flags.insert(*flag),
            Some((_, flag, false)) => flags.remove(*flag),
            None => data.push(opt.as_str()),
        }
    }
    Ok(Options { flags, data: data.join(",") })
}

/// Whether a mount of filesystem type `fs` can work on the running kernel:
/// the type is registered already (`/proc/filesystems`), or mount(2) will
/// load it. The kernel asks modprobe for the alias `fs-<type>` when a
/// mount names a type it does not know yet, so a type whose module the
/// running kernel's `modules.alias` lists is as good as loaded.
pub fn kernel_has_filesystem(fs: &str) -> bool {
    let registered = std::fs::read_to_string("/proc/filesystems")
        .map(|list| list.lines().any(|l| l.split_whitespace().last() == Some(fs)))
        .unwrap_or(true);
    registered || module_provides_filesystem(Path::new("/lib/modules"), fs)
}

/// Whether the modules of the running kernel under `modules` (the
/// `modules.alias` of its release) provide filesystem type `fs`.
fn module_provides_filesystem(modules: &Path, fs: &str) -> bool {
    let Ok(release) = std::fs::read_to_string("/proc/sys/kernel/osrelease") else { return false };
    let alias = format!("fs-{fs}");
    std::fs::read_to_string(modules.join(release.trim()).join("modules.alias"))
        .is_ok_and(|list| list.lines().any(|l| l.split_whitespace().nth(1) == Some(alias.as_str())))
}

pub fn mount(source: &Path, target: &Path, fstype: Option<&str>, flags: MsFlags, data: Option<&str>) -> Result<(), Errno> {
    nix::mount::mount(Some(source), target, fstype, flags, data)
}

/// Why [`mount_within`] did not mount.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Abandoned {
    /// mount(2) failed with this errno.
    Failed(Errno),
    /// It had not returned when the deadline passed: it was killed, and
    /// nothing is mounted.
    TimedOut,
}

/// mount(2) in a child process that is killed if it has not returned
/// within `deadline`. A network filesystem's mount waits for its server
/// (a hard NFS mount of a server that never answers, for minutes); that
/// wait ends only with a fatal signal, which a thread of the server cannot
/// take alone. The child shares our mount namespace, so its mount is ours.
pub fn mount_within(source: &str, target: &Path, fstype: &str, flags: MsFlags, data: &str, deadline: std::time::Duration) -> Result<(), Abandoned> {
    use nix::sys::signal::{kill, Signal};
    use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
    use std::ffi::CString;
    use std::os::unix::ffi::OsStrExt;
    // 1. Everything the child needs, made before the fork: after it, the
    //    child of a multi-threaded process must not allocate.
    let cstr = |b: &[u8]| CString::new(b).map_err(|_| Abandoned::Failed(Errno::EINVAL));
    let (source, fstype, data) = (cstr(source.as_bytes())?, cstr(fstype.as_bytes())?, cstr(data.as_bytes())?);
    let target_c = cstr(target.as_os_str().as_bytes())?;
    // 2. The child mounts and exits with the errno (0 for success).
    // SAFETY: the child calls only mount(2) and _exit(2), both
    // async-signal-safe, on memory prepared before the fork.
    let child = match unsafe { nix::unistd::fork() }.map_err(Abandoned::Failed)? {
        nix::unistd::ForkResult::Child => unsafe {
            let rc = libc::mount(source.as_ptr(), target_c.as_ptr(), fstype.as_ptr(), flags.bits(), data.as_ptr().cast());
            libc::_exit(if rc == 0 { 0 } else { *libc::__errno_location() & 0xff })
        },
        nix::unistd::ForkResult::Parent { child } => child,
    };
    // 3. Wait for it, at most until the deadline.
    let start = std::time::Instant::now();
    loop {
        match waitpid(child, Some(WaitPidFlag::WNOHANG)) {
            Ok(WaitStatus::StillAlive) => {}
            Ok(WaitStatus::Exited(_, 0)) => return Ok(()),
            Ok(WaitStatus::Exited(_, code)) => return Err(Abandoned::Failed(Errno::from_raw(code))),
            Ok(_) => return Err(Abandoned::Failed(Errno::EINTR)),
            Err(e) => return Err(Abandoned::Failed(e)),
        }
        if start.elapsed() >= deadline {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    // 4. Too late: kill it. A mount that completed just before the kill
    //    is undone, so that the answer (nothing mounted) stays true.
    let _ = kill(child, Signal::SIGKILL);
    let _ = waitpid(child, None);
    if is_mountpoint(target) {
        let _ = nix::mount::umount2(target, MntFlags::MNT_DETACH);
    }
    Err(Abandoned::TimedOut)
}

/// Make `dir` (the mounts directory) a mount that nothing propagates into
/// or out of, so that every mount made below it stays the server's own.
pub fn isolate(dir: &Path) -> Result<()> {
    // 1. A mount of its own, so its propagation can be set apart from the
    //    mount it lives on (a restart finds it already there).
    if !is_mountpoint(dir) {
        mount(dir, dir, None, MsFlags::MS_BIND, None).map_err(|e| Error::kernel(format!("binding {} onto itself", dir.display()), e))?;
    }
    // 2. Unbindable, which implies private: mounts below it neither reach
    //    the peers of the mount above (a shared / on a systemd node) nor
    //    receive theirs, and a recursive bind of a tree above it (even of
    //    `/`, by us or anyone) does not copy them.
    mount(Path::new("none"), dir, None, MsFlags::MS_UNBINDABLE, None)
        .map_err(|e| Error::kernel(format!("making {} unbindable", dir.display()), e))
}

/// Undo [`isolate`] when nothing is mounted below `dir` any more.
pub fn release(dir: &Path) {
    let table = mountinfo();
    let mounted = table.iter().any(|m| m.mountpoint == dir);
    let in_use = table.iter().any(|m| m.mountpoint != dir && m.mountpoint.starts_with(dir));
    if mounted && !in_use {
        if let Err(e) = nix::mount::umount2(dir, MntFlags::empty()) {
            log::warn!("unmounting {}: {e}", dir.display());
        }
    }
}

/// Make the mount at `target` private (with everything below it when
/// `recursive`): a bind of a shared tree would otherwise join its peer
/// group, and mounts and unmounts would travel both ways.
pub fn make_private(target: &Path, recursive: bool) -> Result<(), Errno> {
    let flags = if recursive { MsFlags::MS_PRIVATE | MsFlags::MS_REC } else { MsFlags::MS_PRIVATE };
    mount(Path::new("none"), target, None, flags, None)
}

/// Unmount `target` and every mount below it, deepest first (a recursive
/// bind carries the submounts of its source). A normal teardown refuses a
/// busy mount (409); a forced one detaches it lazily so the kernel finishes
/// once the last user leaves.
pub fn unmount(target: &Path, force: bool) -> Result<()> {
    match unmount_one(target, force) {
        Err(e) if e.kind == crate::error::Kind::Busy => {
            // Busy may only mean submounts: take those first, then retry.
            let mut below: Vec<PathBuf> =
                mountinfo().into_iter().map(|m| m.mountpoint).filter(|p| p != target && p.starts_with(target)).collect();
            if below.is_empty() {
                return Err(e);
            }
            below.sort_by_key(|p| std::cmp::Reverse(p.components().count()));
            below.dedup();
            for sub in &below {
                unmount_one(sub, force)?;
            }
            unmount_one(target, force)
        }
        other => other,
    }
}

fn unmount_one(target: &Path, force: bool) -> Result<()> {
    let flags = if force { MntFlags::MNT_DETACH } else { MntFlags::empty() };
    match nix::mount::umount2(target, flags) {
        Ok(()) => Ok(()),
        // Already gone: teardown is idempotent.
        Err(Errno::EINVAL) | Err(Errno::ENOENT) if !is_mountpoint(target) => Ok(()),
        Err(Errno::EBUSY) => Err(Error::busy(format!(
            "{} is busy (a process has files open or its working directory there); stop them or use force=true",
            target.display()
        ))),
        Err(e) => Err(Error::kernel(format!("unmounting {}", target.display()), e)),
    }
}

/// One line of /proc/self/mountinfo.
#[derive(Debug, Clone)]
pub struct MountInfo {
    pub mount_id: u32,
    pub mountpoint: PathBuf,
    pub options: String,
    pub fstype: String,
    pub source: String,
}

/// Mountinfo escapes space, tab, newline and backslash as `\ooo`.
pub fn unescape(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' && i + 3 < b.len() && b[i + 1..i + 4].iter().all(|c| (b'0'..=b'7').contains(c)) {
            out.push((b[i + 1] - b'0') * 64 + (b[i + 2] - b'0') * 8 + (b[i + 3] - b'0'));
            i += 4;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

pub fn mountinfo() -> Vec<MountInfo> {
    let text = std::fs::read_to_string("/proc/self/mountinfo").unwrap_or_default();
    text.lines()
        .filter_map(|line| {
            let (left, right) = line.split_once(" - ")?;
            let l: Vec<&str> = left.split(' ').collect();
            let r: Vec<&str> = right.split(' ').collect();
            Some(MountInfo {
                mount_id: l.first()?.parse().ok()?,
                mountpoint: PathBuf::from(unescape(l.get(4)?)),
                options: l.get(5)?.to_string(),
                fstype: r.first()?.to_string(),
                source: unescape(r.get(1)?),
            })
        })
        .collect()
}

pub fn is_mountpoint(path: &Path) -> bool {
    mountinfo().iter().any(|m| m.mountpoint == path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_split_into_flags_and_data() {
        let o = parse_options(&["ro".into(), "noatime".into(), "errors=remount-ro".into(), "user_xattr".into()]).unwrap();
        assert_eq!(o.flags, MsFlags::MS_RDONLY | MsFlags::MS_NOATIME);
        assert_eq!(o.data, "errors=remount-ro,user_xattr");
        let o = parse_options(&["ro".into(), "rw".into()]).unwrap();
        assert!(o.flags.is_empty());
        assert!(parse_options(&["bind".into()]).is_err());
    }

    #[test]
    fn a_filesystem_module_of_the_running_kernel_counts_as_support() {
        let modules = tempfile::tempdir().unwrap();
        let release = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap();
        let dir = modules.path().join(release.trim());
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("modules.alias"), "alias fs-ext4 ext4\nalias fs-nfs4 nfsv4\nalias char-major-10-237 loop\n").unwrap();
        assert!(module_provides_filesystem(modules.path(), "ext4"));
        assert!(module_provides_filesystem(modules.path(), "nfs4"));
        assert!(!module_provides_filesystem(modules.path(), "iso9660"), "no alias for it");
        assert!(!module_provides_filesystem(modules.path(), "loop"), "an alias that is not fs-<type>");
        // Another release's modules are not this kernel's.
        std::fs::rename(&dir, modules.path().join("0.0.0-other")).unwrap();
        assert!(!module_provides_filesystem(modules.path(), "ext4"));
    }

    #[test]
    fn a_mount_within_a_deadline_mounts_or_says_why_not() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().canonicalize().unwrap();
        let deadline = std::time::Duration::from_secs(10);
        assert_eq!(mount_within("none", &target, "no-such-fs-type", MsFlags::empty(), "", deadline), Err(Abandoned::Failed(Errno::ENODEV)));
        assert!(!is_mountpoint(&target));
        mount_within("imageapi-test", &target, "tmpfs", MsFlags::empty(), "size=1m", deadline).expect("mounting a tmpfs");
        assert!(is_mountpoint(&target), "the child's mount is not in our namespace");
        nix::mount::umount2(&target, MntFlags::empty()).unwrap();
    }

    #[test]
    fn mountinfo_unescapes_paths() {
        assert_eq!(unescape(r"/run/a\040b\134c"), "/run/a b\\c");
        assert!(mountinfo().iter().any(|m| m.mountpoint == Path::new("/")));
    }
}
