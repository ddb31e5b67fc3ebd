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
//! parent opened with `RESOLVE_IN_ROOT`.

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
            make_node(dest, &name, entry.header()).map_err(|e| Error::io(format!("{what}: creating {shown}"), &e))?;
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
    // The tar crate wraps the OS error; find it to tell a full disk apart.
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            if io.raw_os_error() == Some(libc::ENOSPC) {
                return space(step, io);
            }
        }
        source = s.source();
    }
    Error::new(Kind::Unprocessable, format!("{step}: {e}"))
}

/// mknodat(2) for a device node or FIFO, inside `dest` whatever the
/// parent's path holds, then its owner and mode.
fn make_node(dest: &Path, name: &Path, header: &tar::Header) -> std::io::Result<()> {
    use nix::sys::stat::{mknodat, Mode, SFlag};
    let to_io = |e: nix::errno::Errno| std::io::Error::from_raw_os_error(e as i32);
    let parent: PathBuf = name.parent().map(Path::to_path_buf).unwrap_or_default();
    let Some(file) = name.file_name() else { return Ok(()) };
    std::fs::create_dir_all(dest.join(&parent))?;
    let dir = path::open_in_root(dest, &parent.to_string_lossy(), libc::O_PATH | libc::O_DIRECTORY).map_err(to_io)?;
    let kind = header.entry_type();
    let flag = if kind.is_character_special() {
        SFlag::S_IFCHR
    } else if kind.is_block_special() {
        SFlag::S_IFBLK
    } else {
        SFlag::S_IFIFO
    };
    let mode = header.mode()? & 0o7777;
    let dev = nix::sys::stat::makedev(header.device_major()?.unwrap_or(0) as u64, header.device_minor()?.unwrap_or(0) as u64);
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
