//! Applying OCI layers, in order, to a staging tree: regular files,
//! directories, symlinks, hard links, device nodes and FIFOs with their
//! owners, modes, mtimes and xattrs, and the whiteouts of the OCI image
//! spec (`.wh.<name>` removes `<name>` of the lower layers, `.wh..wh..opq`
//! empties its directory of what the lower layers put there).
//!
//! Nothing may land outside the tree, whatever a hostile layer holds:
//! - an absolute entry name or a `..` component is refused, and so is a
//!   whiteout of `..`, `.` or nothing (`.wh...`, `.wh..`, `.wh.`);
//! - every parent directory is opened from the tree's top with
//!   `openat2(RESOLVE_BENEATH)`, so a symlink on the way (the layer's own
//!   or a lower layer's) is followed only while it stays inside; one that
//!   leads out is refused (EXDEV), and nothing races the check because
//!   there is no separate check;
//! - the entry itself is made with the `*at` calls relative to that
//!   parent, never following what is already there (it is removed first);
//! - a hard link's target is found the same way.
//!
//! The total of regular files' sizes is bounded by the import's limit.

use crate::error::{Error, Result};
use nix::errno::Errno;
use nix::fcntl::{AtFlags, OFlag};
use nix::sys::stat::{Mode, SFlag};
use std::collections::HashSet;
use std::ffi::{CString, OsStr, OsString};
use std::fs::File;
use std::io::Read;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Component, Path};

/// The most entries all the layers of an image may have.
const MAX_ENTRIES: u64 = 1 << 20;
const OPAQUE: &[u8] = b".wh..wh..opq";
const WHITEOUT: &[u8] = b".wh.";

/// The tree the layers are applied to, and what they have used of the limit.
pub struct Staging {
    root: File,
    limit: u64,
    bytes: u64,
    entries: u64,
}

/// One entry's name, split into its parent's components and its own.
struct Name {
    parent: Vec<OsString>,
    leaf: OsString,
    shown: String,
}

impl Name {
    fn joined(&self, leaf: &OsStr) -> Vec<u8> {
        let mut p = Vec::new();
        for part in &self.parent {
            p.extend_from_slice(part.as_bytes());
            p.push(b'/');
        }
        p.extend_from_slice(leaf.as_bytes());
        p
    }
}

impl Staging {
    /// Use the existing, empty directory `root` as the tree.
    pub fn open(root: &Path, limit: u64) -> Result<Staging> {
        let root = File::open(root).map_err(|e| Error::io(format!("opening {}", root.display()), &e))?;
        Ok(Staging { root, limit, bytes: 0, entries: 0 })
    }

    /// Apply layer number `n` (from 1), read as a tar from `input`.
    pub fn apply(&mut self, n: usize, input: &mut dyn Read) -> Result<()> {
        let mut archive = tar::Archive::new(input);
        // This layer's own entries (and their parents): whiteouts only
        // remove what the lower layers made.
        let mut ours: HashSet<Vec<u8>> = HashSet::new();
        let bad = |e: &dyn std::fmt::Display| Error::invalid(format!("layer {n} is not a readable tar archive: {e}"));
        for entry in archive.entries().map_err(|e| bad(&e))? {
            let mut entry = entry.map_err(|e| bad(&e))?;
            self.entries += 1;
            if self.entries > MAX_ENTRIES {
                return Err(Error::invalid(format!("the layers have more than {MAX_ENTRIES} entries")));
            }
            let raw = entry.path().map_err(|e| bad(&e))?.into_owned();
            let Some(name) = clean(&raw).map_err(|why| refused(n, &raw.to_string_lossy(), why))? else { continue };
            let leaf = name.leaf.as_bytes();
            if leaf == OPAQUE {
                let dir = self.dir(n, &name, true)?.expect("created");
                empty(&dir, &name, &ours).map_err(|e| failed(n, &name, "making its directory opaque", e))?;
                continue;
            }
            if let Some(hidden) = leaf.strip_prefix(WHITEOUT) {
                // `.wh...` would remove the parent, `.wh..` the directory itself.
                if let Some(why) = not_a_name(hidden) {
                    return Err(refused(n, &name.shown, why));
                }
                let hidden = OsStr::from_bytes(hidden);
                if let Some(dir) = self.dir(n, &name, false)? {
                    if !ours.contains(&name.joined(hidden)) {
                        remove(&dir, hidden).map_err(|e| failed(n, &name, "removing what it whites out", e))?;
                    }
                }
                continue;
            }
            let mut path = Vec::new();
            for part in name.parent.iter().chain([&name.leaf]) {
                if !path.is_empty() {
                    path.push(b'/');
                }
                path.extend_from_slice(part.as_bytes());
                ours.insert(path.clone());
            }
            let dir = self.dir(n, &name, true)?.expect("created");
            self.entry(n, &name, &dir, &mut entry)?;
        }
        Ok(())
    }

    /// Make one entry in its parent `dir`.
    fn entry(&mut self, n: usize, name: &Name, dir: &OwnedFd, entry: &mut tar::Entry<&mut dyn Read>) -> Result<()> {
        let xattrs = xattrs_of(entry);
        let h = entry.header().clone();
        let kind = h.entry_type();
        let field = |v: std::io::Result<u64>| v.map_err(|e| Error::invalid(format!("layer {n}: entry \"{}\" has a bad header: {e}", name.shown)));
        let mode = Mode::from_bits_truncate(field(h.mode().map(u64::from))? as u32 & 0o7777);
        let (uid, gid) = (field(h.uid())? as u32, field(h.gid())? as u32);
        let mtime = field(h.mtime())? as i64;
        let d = dir.as_raw_fd();
        let leaf = name.leaf.as_os_str();
        let step = |what: &'static str| move |e: Errno| failed(n, name, what, e);
        if kind.is_dir() {
            match nix::sys::stat::fstatat(Some(d), leaf, AtFlags::AT_SYMLINK_NOFOLLOW) {
                Ok(st) if SFlag::from_bits_truncate(st.st_mode) & SFlag::S_IFMT == SFlag::S_IFDIR => {}
                Ok(_) => {
                    remove(dir, leaf).map_err(step("replacing what is there"))?;
                    nix::sys::stat::mkdirat(Some(d), leaf, Mode::from_bits_truncate(0o700)).map_err(step("creating the directory"))?;
                }
                Err(Errno::ENOENT) => nix::sys::stat::mkdirat(Some(d), leaf, Mode::from_bits_truncate(0o700)).map_err(step("creating the directory"))?,
                Err(e) => return Err(step("examining what is there")(e)),
            }
            let fd = openat(d, leaf, OFlag::O_RDONLY | OFlag::O_DIRECTORY | OFlag::O_NOFOLLOW, Mode::empty()).map_err(step("opening the directory"))?;
            return finish_fd(&fd, uid, gid, mode, mtime, &xattrs).map_err(step("setting its owner, mode and xattrs"));
        }
        if kind.is_file() || kind == tar::EntryType::Continuous || kind.is_gnu_sparse() {
            let size = entry.size();
            if self.bytes + size > self.limit {
                return Err(Error::invalid(format!("the layers unpack to more than the size limit of {} bytes (at layer {n}, \"{}\")", self.limit, name.shown)));
            }
            self.bytes += size;
            remove(dir, leaf).map_err(step("replacing what is there"))?;
            let flags = OFlag::O_WRONLY | OFlag::O_CREAT | OFlag::O_EXCL | OFlag::O_NOFOLLOW;
            let fd = openat(d, leaf, flags, Mode::from_bits_truncate(0o600)).map_err(step("creating the file"))?;
            let mut file = File::from(fd);
            std::io::copy(entry, &mut file).map_err(|e| Error::invalid(format!("layer {n}: writing \"{}\": {e}", name.shown)))?;
            return finish_fd(&file.into(), uid, gid, mode, mtime, &xattrs).map_err(step("setting its owner, mode and xattrs"));
        }
        if kind.is_symlink() || kind.is_hard_link() {
            let target = entry.link_name().map_err(|e| Error::invalid(format!("layer {n}: entry \"{}\": {e}", name.shown)))?.unwrap_or_default().into_owned();
            remove(dir, leaf).map_err(step("replacing what is there"))?;
            if kind.is_symlink() {
                nix::unistd::symlinkat(target.as_os_str(), Some(d), leaf).map_err(step("creating the symbolic link"))?;
            } else {
                let shown = format!("{} -> {}", name.shown, target.display());
                let t = clean(&target).map_err(|why| refused(n, &shown, why))?.ok_or_else(|| refused(n, &shown, "a link to the top directory"))?;
                let Some(tdir) = self.dir(n, &t, false)? else { return Err(refused(n, &shown, "a link to a file the layers do not have")) };
                match nix::sys::stat::fstatat(Some(tdir.as_raw_fd()), t.leaf.as_os_str(), AtFlags::AT_SYMLINK_NOFOLLOW) {
                    Ok(st) if SFlag::from_bits_truncate(st.st_mode) & SFlag::S_IFMT == SFlag::S_IFDIR => return Err(refused(n, &shown, "a hard link to a directory")),
                    Ok(_) => {}
                    Err(_) => return Err(refused(n, &shown, "a link to a file the layers do not have")),
                }
                nix::unistd::linkat(Some(tdir.as_raw_fd()), t.leaf.as_os_str(), Some(d), leaf, AtFlags::empty())
                    .map_err(step("creating the hard link"))?;
                return Ok(());
            }
            nix::unistd::fchownat(Some(d), leaf, Some(uid.into()), Some(gid.into()), AtFlags::AT_SYMLINK_NOFOLLOW).map_err(step("setting its owner"))?;
            let t = nix::sys::time::TimeSpec::new(mtime, 0);
            return nix::sys::stat::utimensat(Some(d), leaf, &t, &t, nix::sys::stat::UtimensatFlags::NoFollowSymlink).map_err(step("setting its mtime"));
        }
        let node = match kind {
            tar::EntryType::Char => Some(SFlag::S_IFCHR),
            tar::EntryType::Block => Some(SFlag::S_IFBLK),
            tar::EntryType::Fifo => Some(SFlag::S_IFIFO),
            _ => None,
        };
        if let Some(flag) = node {
            let dev = match flag {
                SFlag::S_IFIFO => 0,
                _ => nix::sys::stat::makedev(field(h.device_major().map(|m| m.unwrap_or(0) as u64))?, field(h.device_minor().map(|m| m.unwrap_or(0) as u64))?),
            };
            remove(dir, leaf).map_err(step("replacing what is there"))?;
            nix::sys::stat::mknodat(Some(d), leaf, flag, mode, dev).map_err(step("creating the device node"))?;
            nix::unistd::fchownat(Some(d), leaf, Some(uid.into()), Some(gid.into()), AtFlags::AT_SYMLINK_NOFOLLOW).map_err(step("setting its owner"))?;
            // chown clears set-id bits: the mode goes last.
            return nix::sys::stat::fchmodat(Some(d), leaf, mode, nix::sys::stat::FchmodatFlags::FollowSymlink).map_err(step("setting its mode"));
        }
        log::debug!("store: layer {n}: entry \"{}\" of type {kind:?} skipped", name.shown);
        Ok(())
    }

    /// Open the parent directory of `name`, creating what is missing when
    /// `create`; `None` when it does not exist and `create` is false.
    fn dir(&self, n: usize, name: &Name, create: bool) -> Result<Option<OwnedFd>> {
        let lookup = |upto: usize| -> std::result::Result<OwnedFd, Errno> {
            let mut path = OsString::from(".");
            for part in &name.parent[..upto] {
                path.push("/");
                path.push(part);
            }
            beneath(&self.root, &path)
        };
        let all = name.parent.len();
        let mut fd = match lookup(all) {
            Ok(fd) => return Ok(Some(fd)),
            Err(Errno::ENOENT) if !create => return Ok(None),
            Err(Errno::ENOENT) => lookup(0).map_err(|e| failed(n, name, "opening the top of the tree", e))?,
            Err(e) => return Err(parent_error(n, name, e)),
        };
        for i in 0..all {
            fd = match lookup(i + 1) {
                Ok(next) => next,
                Err(Errno::ENOENT) => {
                    match nix::sys::stat::mkdirat(Some(fd.as_raw_fd()), name.parent[i].as_os_str(), Mode::from_bits_truncate(0o755)) {
                        Ok(()) | Err(Errno::EEXIST) => {}
                        Err(e) => return Err(failed(n, name, "creating its parent directory", e)),
                    }
                    lookup(i + 1).map_err(|e| parent_error(n, name, e))?
                }
                Err(e) => return Err(parent_error(n, name, e)),
            };
        }
        Ok(Some(fd))
    }
}

/// Relative, without `..`: the parent's components and the leaf; `None`
/// for the top directory itself.
fn clean(raw: &Path) -> std::result::Result<Option<Name>, &'static str> {
    let mut parts = Vec::new();
    for c in raw.components() {
        match c {
            Component::RootDir | Component::Prefix(_) => return Err("an absolute path"),
            Component::ParentDir => return Err("a \"..\" component"),
            Component::CurDir => {}
            Component::Normal(p) => parts.push(p.to_os_string()),
        }
    }
    let Some(leaf) = parts.pop() else { return Ok(None) };
    let shown = raw.to_string_lossy().into_owned();
    Ok(Some(Name { parent: parts, leaf, shown }))
}

/// Why a whiteout's target is not the name of an entry, if it is not.
fn not_a_name(hidden: &[u8]) -> Option<&'static str> {
    match hidden {
        b".." => Some("it whites out \"..\", a \"..\" component"),
        b"." => Some("it whites out \".\", its own directory"),
        b"" => Some("it whites out no name"),
        _ => None,
    }
}

fn refused(n: usize, entry: &str, why: &str) -> Error {
    Error::invalid(format!("layer {n}: the entry \"{}\" is refused: {why}; nothing was kept", entry.escape_debug()))
}

fn parent_error(n: usize, name: &Name, e: Errno) -> Error {
    match e {
        Errno::EXDEV | Errno::ELOOP => refused(n, &name.shown, "it lies beyond a symbolic link that leads outside the image's root"),
        Errno::ENOTDIR => refused(n, &name.shown, "one of its parents is not a directory"),
        Errno::ENAMETOOLONG => refused(n, &name.shown, "its path is too long"),
        e => failed(n, name, "opening its parent directory", e),
    }
}

fn failed(n: usize, name: &Name, step: &str, e: Errno) -> Error {
    Error::internal(format!("layer {n}: entry \"{}\": {step}: {}", name.shown.escape_debug(), e.desc()))
}

/// A directory opened beneath `root` (`openat2(RESOLVE_BENEATH)`, or the
/// same walk one component at a time where the kernel lacks openat2).
fn beneath(root: &File, path: &OsStr) -> std::result::Result<OwnedFd, Errno> {
    use std::os::fd::AsFd;
    imageapi_confine::open(root.as_fd(), path, libc::O_PATH | libc::O_DIRECTORY, imageapi_confine::Scope::Beneath).map(OwnedFd::from).map_err(Errno::from_raw)
}

fn openat(dir: RawFd, name: &OsStr, flags: OFlag, mode: Mode) -> std::result::Result<OwnedFd, Errno> {
    let fd = nix::fcntl::openat(Some(dir), name, flags | OFlag::O_CLOEXEC, mode)?;
    // SAFETY: openat returned a fresh descriptor that nothing else owns.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

/// Owner, then mode (chown clears set-id bits), then xattrs (it clears
/// file capabilities too), then mtime.
fn finish_fd(fd: &OwnedFd, uid: u32, gid: u32, mode: Mode, mtime: i64, xattrs: &[(CString, Vec<u8>)]) -> std::result::Result<(), Errno> {
    nix::unistd::fchown(fd.as_raw_fd(), Some(uid.into()), Some(gid.into()))?;
    nix::sys::stat::fchmod(fd.as_raw_fd(), mode)?;
    for (key, value) in xattrs {
        // SAFETY: key is a C string and value a live buffer of its length.
        let r = unsafe { libc::fsetxattr(fd.as_raw_fd(), key.as_ptr(), value.as_ptr().cast(), value.len(), 0) };
        if r != 0 {
            log::debug!("store: xattr {key:?} not set: {}", Errno::last());
        }
    }
    let t = nix::sys::time::TimeSpec::new(mtime, 0);
    nix::sys::stat::futimens(fd.as_raw_fd(), &t, &t)
}

/// The entry's xattrs, from its PAX `SCHILY.xattr.*` records.
fn xattrs_of(entry: &mut tar::Entry<&mut dyn Read>) -> Vec<(CString, Vec<u8>)> {
    let Ok(Some(exts)) = entry.pax_extensions() else { return Vec::new() };
    exts.flatten()
        .filter_map(|ext| {
            let key = ext.key_bytes().strip_prefix(b"SCHILY.xattr.")?;
            Some((CString::new(key).ok()?, ext.value_bytes().to_vec()))
        })
        .collect()
}

/// Remove `name` in `dir`, a directory with all it holds; nothing there is fine.
fn remove(dir: &OwnedFd, name: &OsStr) -> std::result::Result<(), Errno> {
    let d = dir.as_raw_fd();
    let st = match nix::sys::stat::fstatat(Some(d), name, AtFlags::AT_SYMLINK_NOFOLLOW) {
        Ok(st) => st,
        Err(Errno::ENOENT) => return Ok(()),
        Err(e) => return Err(e),
    };
    if SFlag::from_bits_truncate(st.st_mode) & SFlag::S_IFMT != SFlag::S_IFDIR {
        return nix::unistd::unlinkat(Some(d), name, nix::unistd::UnlinkatFlags::NoRemoveDir);
    }
    let sub = openat(d, name, OFlag::O_RDONLY | OFlag::O_DIRECTORY | OFlag::O_NOFOLLOW, Mode::empty())?;
    for child in children(&sub)? {
        remove(&sub, &child)?;
    }
    nix::unistd::unlinkat(Some(d), name, nix::unistd::UnlinkatFlags::RemoveDir)
}

fn children(dir: &OwnedFd) -> std::result::Result<Vec<OsString>, Errno> {
    let mut listing = nix::dir::Dir::openat(Some(dir.as_raw_fd()), ".", OFlag::O_RDONLY | OFlag::O_DIRECTORY | OFlag::O_CLOEXEC, Mode::empty())?;
    let mut names = Vec::new();
    for e in listing.iter() {
        let name = e?.file_name().to_bytes().to_vec();
        if name != b"." && name != b".." {
            names.push(OsString::from(std::ffi::OsStr::from_bytes(&name)));
        }
    }
    Ok(names)
}

/// An opaque directory: remove what the lower layers put in it.
fn empty(dir: &OwnedFd, name: &Name, ours: &HashSet<Vec<u8>>) -> std::result::Result<(), Errno> {
    for child in children(dir)? {
        if !ours.contains(&name.joined(&child)) {
            remove(dir, &child)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_relative_without_dot_dot() {
        let n = clean(Path::new("./usr/bin/sh")).unwrap().unwrap();
        assert_eq!((n.parent.len(), n.leaf.as_os_str()), (2, OsStr::new("sh")));
        assert!(clean(Path::new("./")).unwrap().is_none());
        assert!(clean(Path::new("/etc/passwd")).is_err());
        assert!(clean(Path::new("a/../../x")).is_err());
        assert_eq!(n.joined(OsStr::new("ls")), b"usr/bin/ls");
    }

    #[test]
    fn whiteouts_name_entries_only() {
        for bad in [&b".."[..], b".", b""] {
            assert!(not_a_name(bad).is_some(), "{bad:?}");
        }
        for good in [&b"..."[..], b"..x", b".x", b"wh..opq"] {
            assert!(not_a_name(good).is_none(), "{good:?}");
        }
    }
}
