//! Writing a download into the ramdisk: a tar archive (plain, gzip, xz or
//! zstd) unpacked with ownership, modes, mtimes and xattrs, or a single
//! file kept as it is.
//!
//! No entry may land outside the ramdisk. Each one is checked before it is
//! written, and refused (the whole mount fails) rather than skipped:
//! - an absolute path or a `..` component;
//! - a hard link whose target is absolute or has a `..` component;
//! - a symlink whose relative target climbs above the top of the archive
//!   from where the link stands. Absolute targets are kept: a system image
//!   needs them (`/etc/localtime -> /usr/share/zoneinfo/...`) and this
//!   server resolves every path inside a mount with the mount's top as `/`.
//!
//! Beyond that the tar crate refuses to write through a symlinked parent
//! directory, and device nodes and FIFOs are made with mknodat(2) in a
//! parent created and opened one component at a time with mkdirat(2) and
//! `RESOLVE_IN_ROOT`: an archive's own symlinks never lead its entries
//! onto the node. (The ramdisk is mounted `nodev,nosuid`, so neither a
//! device node nor a set-id file of a download is live.)

use crate::error::{Error, Kind, Result};
use crate::kernel::path;
use imageapi_generated::models::MountUriFormat as Format;
use std::io::Read;
use std::path::{Component, Path, PathBuf};

/// How many entries (and bytes of regular files) were written.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub entries: u64,
    pub bytes: u64,
}

/// Unpack the archive read from `input` (of `format`) into `dest`.
pub fn unpack(format: Format, input: &mut dyn Read, dest: &Path) -> Result<Counts> {
    let what = format!("reading the {format} archive");
    let decoded: Box<dyn Read + '_> = match format {
        Format::Tar => Box::new(input),
        Format::TarGz => Box::new(flate2::read::MultiGzDecoder::new(input)),
        Format::TarXz => Box::new(xz2::read::XzDecoder::new_multi_decoder(input)),
        Format::TarZst => Box::new(zstd::stream::read::Decoder::new(input).map_err(|e| Error::io(&what, &e))?),
        Format::File => unreachable!("a file is kept, not unpacked"),
    };
    let mut archive = tar::Archive::new(decoded);
    archive.set_preserve_permissions(true);
    archive.set_preserve_ownerships(true);
    archive.set_preserve_mtime(true);
    archive.set_unpack_xattrs(true);
    archive.set_overwrite(true);
    let mut counts = Counts::default();
    for entry in archive.entries().map_err(|e| archive_error(&what, &e))? {
        let mut entry = entry.map_err(|e| archive_error(&what, &e))?;
        let name = entry.path().map_err(|e| archive_error(&what, &e))?.into_owned();
        let shown = name.display().to_string();
        let kind = entry.header().entry_type();
        check_path(&name).map_err(|why| refused(&shown, why))?;
        if kind.is_hard_link() || kind.is_symlink() {
            let target = entry.link_name().map_err(|e| archive_error(&what, &e))?.unwrap_or_default().into_owned();
            let check = if kind.is_hard_link() { check_path(&target) } else { check_symlink(&name, &target) };
            check.map_err(|why| refused(&format!("{shown} -> {}", target.display()), why))?;
        }
        if kind.is_character_special() || kind.is_block_special() || kind.is_fifo() {
            make_node(dest, &name, entry.header()).map_err(|e| archive_error(&format!("{what}: creating {shown}"), &e))?;
        } else {
            entry.unpack_in(dest).map_err(|e| archive_error(&format!("{what}: writing {shown}"), &e))?;
        }
        counts.entries += 1;
        if kind.is_file() {
            counts.bytes += entry.header().size().unwrap_or(0);
        }
    }
    Ok(counts)
}

/// Copy `input` to the new file `dest` (mode 0644).
pub fn keep_file(input: &mut dyn Read, dest: &Path) -> Result<Counts> {
    use std::os::unix::fs::OpenOptionsExt;
    let step = format!("writing {}", dest.display());
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o644).open(dest).map_err(|e| Error::io(&step, &e))?;
    let bytes = std::io::copy(input, &mut file).map_err(|e| space(&step, &e))?;
    Ok(Counts { entries: 1, bytes })
}

/// Relative, and never `..`.
fn check_path(p: &Path) -> std::result::Result<(), &'static str> {
    for c in p.components() {
        match c {
            Component::RootDir | Component::Prefix(_) => return Err("an absolute path"),
            Component::ParentDir => return Err("a \"..\" component"),
            Component::CurDir | Component::Normal(_) => {}
        }
    }
    Ok(())
}

/// A relative target must stay inside the archive's top, seen from the
/// directory the link is in.
fn check_symlink(link: &Path, target: &Path) -> std::result::Result<(), &'static str> {
    if target.has_root() {
        return Ok(());
    }
    let mut depth: i64 = link.components().filter(|c| matches!(c, Component::Normal(_))).count() as i64 - 1;
    for c in target.components() {
        match c {
            Component::ParentDir => depth -= 1,
            Component::Normal(_) => depth += 1,
            _ => {}
        }
        if depth < 0 {
            return Err("a symlink that points outside the archive");
        }
    }
    Ok(())
}

fn refused(entry: &str, why: &str) -> Error {
    Error::new(Kind::Unprocessable, format!("the archive entry \"{}\" is refused: {why}", entry.escape_debug()))
}

/// A full ramdisk means the contents exceed the size limit.
fn space(step: &str, e: &std::io::Error) -> Error {
    match e.raw_os_error() {
        Some(libc::ENOSPC) => Error::new(Kind::Unprocessable, format!("{step}: the contents do not fit in the size limit (the ramdisk is full)")),
        _ => Error::io(step, e),
    }
}

fn archive_error(step: &str, e: &std::io::Error) -> Error {
    // The tar crate wraps the OS error, sometimes in a new io::Error that
    // keeps only its kind: look down the chain to tell a full disk apart,
    // and give the client the whole chain (the top says only "failed").
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    let mut chain = Vec::new();
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            if io.raw_os_error() == Some(libc::ENOSPC) || io.kind() == std::io::ErrorKind::StorageFull {
                return space(step, &std::io::Error::from_raw_os_error(libc::ENOSPC));
            }
        }
        chain.push(s.to_string());
        source = s.source();
    }
    chain.dedup();
    Error::new(Kind::Unprocessable, format!("{step}: {}", chain.join(": ")))
}

/// mknodat(2) for a device node or FIFO, inside `dest` whatever the
/// parent's path holds, then its owner and mode.
fn make_node(dest: &Path, name: &Path, header: &tar::Header) -> std::io::Result<()> {
    use nix::sys::stat::{mknodat, Mode, SFlag};
    let Some(file) = name.file_name() else { return Ok(()) };
    let dir = make_parents(dest, name.parent().unwrap_or(Path::new("")))?;
    let kind = header.entry_type();
    let flag = if kind.is_character_special() {
        SFlag::S_IFCHR
    } else if kind.is_block_special() {
        SFlag::S_IFBLK
    } else {
        SFlag::S_IFIFO
    };
    let mode = header.mode()? & 0o7777;
    // A FIFO has no device numbers: GNU tar leaves those fields empty.
    let dev = if flag == SFlag::S_IFIFO {
        0
    } else {
        nix::sys::stat::makedev(header.device_major()?.unwrap_or(0) as u64, header.device_minor()?.unwrap_or(0) as u64)
    };
    let dirfd = Some(std::os::fd::AsRawFd::as_raw_fd(&dir));
    // Overwrite, as for other entries; never follow what is there.
    let _ = nix::unistd::unlinkat(dirfd, file, nix::unistd::UnlinkatFlags::NoRemoveDir);
    mknodat(dirfd, file, flag, Mode::from_bits_truncate(mode), dev).map_err(to_io)?;
    let (uid, gid) = (header.uid()? as u32, header.gid()? as u32);
    nix::unistd::fchownat(dirfd, file, Some(uid.into()), Some(gid.into()), nix::fcntl::AtFlags::AT_SYMLINK_NOFOLLOW)
        .map_err(to_io)?;
    // chown clears set-id bits: set the mode last.
    nix::sys::stat::fchmodat(dirfd, file, Mode::from_bits_truncate(mode), nix::sys::stat::FchmodatFlags::FollowSymlink)
        .map_err(to_io)
}

fn to_io(e: nix::errno::Errno) -> std::io::Error {
    std::io::Error::from_raw_os_error(e as i32)
}

/// Open the directory `parent` below `dest`, creating what is missing one
/// component at a time with mkdirat(2). Each step is opened again from
/// `dest` with `RESOLVE_IN_ROOT`, so a symlink of the archive on the way
/// (`top -> /`) resolves inside the ramdisk, never on the node.
fn make_parents(dest: &Path, parent: &Path) -> std::io::Result<std::fs::File> {
    let flags = libc::O_PATH | libc::O_DIRECTORY;
    let mut dir = path::open_in_root(dest, "", flags).map_err(to_io)?;
    let mut walked = PathBuf::new();
    // check_path refused absolute paths and `..` before we got here.
    for part in parent.components().filter_map(|c| match c {
        Component::Normal(p) => Some(p),
        _ => None,
    }) {
        let dirfd = Some(std::os::fd::AsRawFd::as_raw_fd(&dir));
        match nix::sys::stat::mkdirat(dirfd, part, nix::sys::stat::Mode::from_bits_truncate(0o755)) {
            Ok(()) | Err(nix::errno::Errno::EEXIST) => {}
            Err(e) => return Err(to_io(e)),
        }
        walked.push(part);
        let walked = walked.to_str().ok_or_else(|| std::io::Error::other("the entry's path is not UTF-8"))?;
        dir = path::open_in_root(dest, walked, flags).map_err(to_io)?;
    }
    Ok(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_and_links_are_checked() {
        assert!(check_path(Path::new("./usr/bin/sh")).is_ok());
        assert!(check_path(Path::new("/etc/passwd")).is_err());
        assert!(check_path(Path::new("a/../../escape")).is_err());
        assert!(check_symlink(Path::new("bin/sh"), Path::new("busybox")).is_ok());
        assert!(check_symlink(Path::new("usr/lib/x"), Path::new("../../bin/busybox")).is_ok());
        assert!(check_symlink(Path::new("./usr/lib/x"), Path::new("../../bin/busybox")).is_ok());
        assert!(check_symlink(Path::new("etc/localtime"), Path::new("/usr/share/zoneinfo/UTC")).is_ok());
        assert!(check_symlink(Path::new("usr/x"), Path::new("../../etc/shadow")).is_err());
        assert!(check_symlink(Path::new("x"), Path::new("..")).is_err());
        assert!(check_symlink(Path::new("a/x"), Path::new("b/../../../y")).is_err());
    }
}
