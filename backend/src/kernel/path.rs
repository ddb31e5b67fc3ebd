//! Opening files by a client-supplied path, confined to a base directory.
//!
//! A path relative to a mount is resolved with `openat2(RESOLVE_IN_ROOT)`:
//! the kernel treats the mount's top as `/` for the whole walk, so `..`,
//! absolute paths and symlinks (also in intermediate components) can never
//! reach outside it, and nothing can race the check because there is no
//! separate check.

use crate::error::Error;
use nix::errno::Errno;
use std::ffi::CString;
use std::fs::File;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

/// Open `path` below the directory `root` (treated as `/`) with `flags`.
pub fn open_in_root(root: &Path, path: &str, flags: libc::c_int) -> std::result::Result<File, Errno> {
    let root_fd = nix::fcntl::open(root, nix::fcntl::OFlag::O_PATH | nix::fcntl::OFlag::O_DIRECTORY | nix::fcntl::OFlag::O_CLOEXEC, nix::sys::stat::Mode::empty())?;
    // SAFETY: open returned a fresh descriptor that nothing else owns.
    let root_fd = unsafe { OwnedFd::from_raw_fd(root_fd) };
    let rel = CString::new(path.trim_start_matches('/').as_bytes()).map_err(|_| Errno::EINVAL)?;
    let rel = if rel.as_bytes().is_empty() { CString::new(".").unwrap() } else { rel };
    let mut how: libc::open_how = unsafe { std::mem::zeroed() };
    how.flags = (flags | libc::O_CLOEXEC) as u64;
    how.resolve = libc::RESOLVE_IN_ROOT | libc::RESOLVE_NO_MAGICLINKS;
    // SAFETY: rel is a valid C string, how is a properly sized open_how, and
    // the returned descriptor (if any) is owned by the File below.
    let fd = unsafe {
        libc::syscall(libc::SYS_openat2, root_fd.as_raw_fd(), rel.as_ptr(), &how as *const libc::open_how, std::mem::size_of::<libc::open_how>())
    };
    if fd < 0 {
        return Err(Errno::last());
    }
    // SAFETY: the kernel just returned this descriptor to us.
    Ok(unsafe { File::from_raw_fd(fd as libc::c_int) })
}

/// Open `path` on the node (absolute) with `flags`.
pub fn open_on_root(path: &str, flags: libc::c_int) -> std::result::Result<File, Errno> {
    let fd = nix::fcntl::open(Path::new(path), nix::fcntl::OFlag::from_bits_truncate(flags | libc::O_CLOEXEC), nix::sys::stat::Mode::empty())?;
    // SAFETY: open returned a fresh descriptor that nothing else owns.
    Ok(unsafe { File::from_raw_fd(fd) })
}

/// The `/proc/self/fd/N` name of an open file: mount(2) follows it to the
/// very file that was opened, whatever happens to the path afterwards.
pub fn fd_path(file: &impl AsRawFd) -> std::path::PathBuf {
    std::path::PathBuf::from(format!("/proc/self/fd/{}", file.as_raw_fd()))
}

/// A path inside a base, for messages.
pub fn describe(base: Option<&Path>, path: &str) -> String {
    match base {
        Some(b) => format!("\"{path}\" inside {}", b.display()),
        None => format!("\"{path}\""),
    }
}

/// Map a failed open of a client path to a client error.
pub fn open_error(what: &str, errno: Errno) -> Error {
    match errno {
        Errno::ENOENT => Error::not_found(format!("{what}: no such file or directory")),
        Errno::ENOTDIR => Error::invalid(format!("{what}: a component of the path is not a directory")),
        Errno::EISDIR => Error::invalid(format!("{what}: is a directory, not a regular file")),
        Errno::ELOOP => Error::invalid(format!("{what}: too many levels of symbolic links")),
        Errno::EXDEV => Error::invalid(format!("{what}: the path leaves its base")),
        e => Error::kernel(format!("opening {what}"), e),
    }
}

pub fn as_bytes(p: &Path) -> &[u8] {
    p.as_os_str().as_bytes()
}
