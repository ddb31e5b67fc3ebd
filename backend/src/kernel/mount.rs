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
    fn mountinfo_unescapes_paths() {
        assert_eq!(unescape(r"/run/a\040b\134c"), "/run/a b\\c");
        assert!(mountinfo().iter().any(|m| m.mountpoint == Path::new("/")));
    }
}
