//! Opening a path confined to a directory: `openat2(2)` where the kernel
//! has it (Linux 5.6), and where it has not, a walk of one component at a
//! time that keeps the same promise.
//!
//! Two scopes, as `openat2`'s resolve flags have them:
//!
//! - [`Scope::InRoot`] (`RESOLVE_IN_ROOT`): the directory is `/` for the
//!   whole walk; `..` at the top stays there, an absolute symlink starts
//!   again from the top;
//! - [`Scope::Beneath`] (`RESOLVE_BENEATH`): a path or a symlink that would
//!   leave the directory is refused with `EXDEV`.
//!
//! Magic links of `/proc` are never followed (`RESOLVE_NO_MAGICLINKS`).
//!
//! The walk opens each component with `O_PATH | O_NOFOLLOW` relative to
//! the descriptor of its parent, reads a symlink through the descriptor it
//! opened (so a link swapped in meanwhile is not the one followed), and
//! resolves `..` from the directories it holds, never through the kernel's
//! `..`: a directory renamed elsewhere while the walk holds it cannot lead
//! it above the top. The last component is opened with the caller's flags
//! and `O_NOFOLLOW`; if it was swapped for a symlink meanwhile the walk
//! starts again.

use std::ffi::{CString, OsStr};
use std::fs::File;
use std::os::fd::{AsRawFd, BorrowedFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::sync::atomic::{AtomicU8, Ordering};

/// How far a path may reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    InRoot,
    Beneath,
}

/// The errno of a failed open.
pub type Errno = i32;

/// How often a lookup raced by renames or mounts elsewhere is tried.
const RETRIES: usize = 64;
/// Symlinks followed in one walk, as the kernel allows.
const MAX_LINKS: usize = 40;

/// 0: not known yet, 1: openat2 works, 2: the kernel lacks it.
static OPENAT2: AtomicU8 = AtomicU8::new(0);

/// Open `path` (relative, or absolute meaning relative to `dir`) under the
/// directory `dir` with open(2) `flags` (`O_CLOEXEC` is added).
pub fn open(dir: BorrowedFd<'_>, path: &OsStr, flags: libc::c_int, scope: Scope) -> Result<File, Errno> {
    if OPENAT2.load(Ordering::Relaxed) != 2 {
        match openat2(dir, path, flags, scope) {
            Err(libc::ENOSYS) => OPENAT2.store(2, Ordering::Relaxed),
            other => {
                OPENAT2.store(1, Ordering::Relaxed);
                return other;
            }
        }
    }
    walk(dir, path, flags, scope)
}

/// Whether [`open`] uses openat2 (known after its first call).
pub fn uses_openat2() -> Option<bool> {
    match OPENAT2.load(Ordering::Relaxed) {
        1 => Some(true),
        2 => Some(false),
        _ => None,
    }
}

fn openat2(dir: BorrowedFd<'_>, path: &OsStr, flags: libc::c_int, scope: Scope) -> Result<File, Errno> {
    let rel = if scope == Scope::InRoot { relative(path)? } else { CString::new(path.as_bytes()).map_err(|_| libc::EINVAL)? };
    // SAFETY: open_how is plain data; all-zero is its empty value.
    let mut how: libc::open_how = unsafe { std::mem::zeroed() };
    how.flags = (flags | libc::O_CLOEXEC) as u64;
    how.resolve = libc::RESOLVE_NO_MAGICLINKS | if scope == Scope::InRoot { libc::RESOLVE_IN_ROOT } else { libc::RESOLVE_BENEATH };
    // A walk through `..` fails with EAGAIN when a rename or mount happened
    // on the node meanwhile; the kernel's documentation says to try again.
    for _ in 0..RETRIES {
        // SAFETY: a valid C string, a properly sized open_how; the returned
        // descriptor (if any) is owned by the File below.
        let fd = unsafe { libc::syscall(libc::SYS_openat2, dir.as_raw_fd(), rel.as_ptr(), &how as *const libc::open_how, std::mem::size_of::<libc::open_how>()) };
        if fd >= 0 {
            // SAFETY: the kernel just returned this descriptor to us.
            return Ok(unsafe { File::from_raw_fd(fd as RawFd) });
        }
        match errno() {
            libc::EAGAIN => continue,
            e => return Err(e),
        }
    }
    Err(libc::EAGAIN)
}

/// The walk of the module header.
pub fn walk(dir: BorrowedFd<'_>, path: &OsStr, flags: libc::c_int, scope: Scope) -> Result<File, Errno> {
    for _ in 0..RETRIES {
        match walk_once(dir, path, flags, scope) {
            Err(Raced) => continue,
            Ok(result) => return result,
        }
    }
    Err(libc::EAGAIN)
}

/// The last component changed between its check and its open.
struct Raced;

fn walk_once(dir: BorrowedFd<'_>, path: &OsStr, flags: libc::c_int, scope: Scope) -> Result<Result<File, Errno>, Raced> {
    macro_rules! tryo {
        ($e:expr) => {
            match $e {
                Ok(v) => v,
                Err(e) => return Ok(Err(e)),
            }
        };
    }
    // The directories from the top down to the current one.
    let top = tryo!(reopen_dir(dir.as_raw_fd()));
    let mut stack: Vec<OwnedFd> = Vec::new();
    let mut todo: Vec<Vec<u8>> = components(path.as_bytes());
    todo.reverse();
    if path.as_bytes().starts_with(b"/") && scope == Scope::Beneath {
        return Ok(Err(libc::EXDEV));
    }
    let mut links = 0;
    while let Some(name) = todo.pop() {
        let cur = stack.last().unwrap_or(&top).as_raw_fd();
        if name == b".." {
            if stack.pop().is_none() && scope == Scope::Beneath {
                return Ok(Err(libc::EXDEV));
            }
            continue;
        }
        let last = todo.is_empty();
        let c = tryo!(CString::new(name.clone()).map_err(|_| libc::EINVAL));
        let fd = tryo!(at(cur, &c, libc::O_PATH | libc::O_NOFOLLOW));
        let st = tryo!(fstat(fd.as_raw_fd()));
        match st.st_mode & libc::S_IFMT {
            libc::S_IFLNK => {
                links += 1;
                if links > MAX_LINKS {
                    return Ok(Err(libc::ELOOP));
                }
                let target = tryo!(read_link(fd.as_raw_fd()));
                if is_magic(&target) {
                    return Ok(Err(libc::ELOOP));
                }
                if target.starts_with(b"/") {
                    if scope == Scope::Beneath {
                        return Ok(Err(libc::EXDEV));
                    }
                    stack.clear();
                }
                let mut more = components(&target);
                more.reverse();
                todo.extend(more);
            }
            libc::S_IFDIR if !last => stack.push(fd),
            _ if !last => return Ok(Err(libc::ENOTDIR)),
            _ => {
                // The last one: opened for real, never through a symlink.
                return match at(cur, &c, flags | libc::O_NOFOLLOW) {
                    Err(libc::ELOOP) if flags & libc::O_NOFOLLOW == 0 => Err(Raced),
                    other => Ok(other.map(File::from)),
                };
            }
        }
    }
    // The path named a directory (empty, "." or ending in "..").
    let cur = stack.last().unwrap_or(&top).as_raw_fd();
    Ok(at(cur, c".", flags).map(File::from))
}

/// The components of `path`, without empty ones and ".".
fn components(path: &[u8]) -> Vec<Vec<u8>> {
    path.split(|b| *b == b'/').filter(|c| !c.is_empty() && *c != b".").map(<[u8]>::to_vec).collect()
}

/// A /proc magic link's target reads like "pipe:[123]" or "anon_inode:..."
/// (never a path), or names a file that is gone.
fn is_magic(target: &[u8]) -> bool {
    !target.starts_with(b"/") && !target.starts_with(b".") && target.windows(2).any(|w| w == b":[") || target.starts_with(b"anon_inode:")
}

fn relative(path: &OsStr) -> Result<CString, Errno> {
    let bytes = path.as_bytes();
    let trimmed: &[u8] = match bytes.iter().position(|b| *b != b'/') {
        Some(i) => &bytes[i..],
        None => b".",
    };
    CString::new(trimmed).map_err(|_| libc::EINVAL)
}

fn reopen_dir(fd: RawFd) -> Result<OwnedFd, Errno> {
    at(fd, c".", libc::O_PATH | libc::O_DIRECTORY)
}

fn at(dir: RawFd, name: &std::ffi::CStr, flags: libc::c_int) -> Result<OwnedFd, Errno> {
    // SAFETY: a NUL-terminated name; a new descriptor or -1.
    let fd = unsafe { libc::openat(dir, name.as_ptr(), flags | libc::O_CLOEXEC) };
    if fd < 0 {
        return Err(errno());
    }
    // SAFETY: openat returned a fresh descriptor that nothing else owns.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

fn fstat(fd: RawFd) -> Result<libc::stat, Errno> {
    // SAFETY: stat is plain data, filled in by the kernel.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: a descriptor we hold and a stat buffer of the right size.
    if unsafe { libc::fstat(fd, &mut st) } < 0 {
        return Err(errno());
    }
    Ok(st)
}

/// The target of the symlink opened (O_PATH) as `fd`.
fn read_link(fd: RawFd) -> Result<Vec<u8>, Errno> {
    let mut buf = vec![0u8; libc::PATH_MAX as usize];
    // SAFETY: an empty path relative to the O_PATH descriptor of the link
    // itself, and a buffer of the size given.
    let n = unsafe { libc::readlinkat(fd, c"".as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
    if n < 0 {
        return Err(errno());
    }
    buf.truncate(n as usize);
    Ok(buf)
}

fn errno() -> Errno {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(libc::EIO)
}

#[cfg(test)]
mod tests {
    //! Both ways (openat2 and the walk) against the same real trees: the
    //! walk must answer what the kernel answers.

    use super::*;
    use std::io::Read;
    use std::os::fd::AsFd;
    use std::os::unix::fs::symlink;
    use std::path::Path;

    struct Tree {
        _dir: tempfile::TempDir,
        root: std::path::PathBuf,
    }

    /// root/{sub/file, secret, links...} and outside/secret beside it.
    fn tree() -> Tree {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("root");
        let outside = dir.path().join("outside");
        std::fs::create_dir_all(root.join("sub/deeper")).unwrap();
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(root.join("sub/file"), "inside").unwrap();
        std::fs::write(root.join("secret"), "inside").unwrap();
        std::fs::write(outside.join("secret"), "OUTSIDE").unwrap();
        symlink("/secret", root.join("abs")).unwrap();
        symlink("../../secret", root.join("sub/up2")).unwrap();
        symlink("../outside/secret", root.join("out")).unwrap();
        symlink(outside.join("secret"), root.join("abs-out")).unwrap();
        symlink("sub", root.join("subdir")).unwrap();
        symlink("loop2", root.join("loop1")).unwrap();
        symlink("loop1", root.join("loop2")).unwrap();
        symlink("/proc/self/root/etc/hostname", root.join("magic")).unwrap();
        Tree { _dir: dir, root }
    }

    fn read_with(root: &Path, path: &str, scope: Scope, walk_only: bool) -> Result<String, Errno> {
        let dir = File::open(root).unwrap();
        let f = if walk_only { walk(dir.as_fd(), OsStr::new(path), libc::O_RDONLY, scope)? } else { openat2(dir.as_fd(), OsStr::new(path), libc::O_RDONLY, scope)? };
        let mut s = String::new();
        let mut f = f;
        f.read_to_string(&mut s).map_err(|e| e.raw_os_error().unwrap_or(libc::EIO))?;
        Ok(s)
    }

    const CASES: &[&str] = &[
        "secret", "/secret", "sub/file", "sub/../secret", "../secret", "../../../secret", "sub/../../secret", "abs", "sub/up2",
        "out", "abs-out", "subdir/file", "subdir/../secret", "loop1", "sub/file/x", "missing", "sub/deeper/../../secret",
        "./sub/./file", "sub//file", "magic",
    ];

    #[test]
    fn the_walk_answers_as_openat2_in_root_and_beneath() {
        let t = tree();
        for scope in [Scope::InRoot, Scope::Beneath] {
            for case in CASES {
                let kernel = read_with(&t.root, case, scope, false);
                let walked = read_with(&t.root, case, scope, true);
                assert_eq!(walked, kernel, "{case} ({scope:?})");
                assert_ne!(walked.as_deref(), Ok("OUTSIDE"), "{case} ({scope:?}) left the root");
            }
        }
    }

    #[test]
    fn directories_open_as_directories() {
        let t = tree();
        let dir = File::open(&t.root).unwrap();
        for case in ["", "/", ".", "sub", "sub/deeper/..", "subdir"] {
            let f = walk(dir.as_fd(), OsStr::new(case), libc::O_RDONLY | libc::O_DIRECTORY, Scope::InRoot).unwrap_or_else(|e| panic!("{case}: {e}"));
            assert!(f.metadata().unwrap().is_dir(), "{case}");
        }
    }
}
