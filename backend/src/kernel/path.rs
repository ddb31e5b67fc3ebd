//! Opening files by a client-supplied path, confined to a base directory.
//!
//! A path relative to a mount is resolved with `openat2(RESOLVE_IN_ROOT)`:
//! the kernel treats the mount's top as `/` for the whole walk, so `..`,
//! absolute paths and symlinks (also in intermediate components) can never
//! reach outside it, and nothing can race the check because there is no
//! separate check. A kernel without openat2 (before 5.6) gets the same
//! confinement from a walk of one component at a time (`imageapi-confine`).

use crate::error::Error;
use nix::errno::Errno;
use std::fs::File;
use std::os::fd::{AsFd, AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

/// Open `path` below the directory `root` (treated as `/`) with `flags`
/// (`openat2(RESOLVE_IN_ROOT)`, or the same walk done one component at a
/// time on a kernel without it: see the `imageapi-confine` crate).
pub fn open_in_root(root: &Path, path: &str, flags: libc::c_int) -> std::result::Result<File, Errno> {
    let root_fd = nix::fcntl::open(root, nix::fcntl::OFlag::O_PATH | nix::fcntl::OFlag::O_DIRECTORY | nix::fcntl::OFlag::O_CLOEXEC, nix::sys::stat::Mode::empty())?;
    // SAFETY: open returned a fresh descriptor that nothing else owns.
    let root_fd = unsafe { OwnedFd::from_raw_fd(root_fd) };
    imageapi_confine::open(root_fd.as_fd(), std::ffi::OsStr::new(path), flags, imageapi_confine::Scope::InRoot).map_err(Errno::from_raw)
}

/// Open `path` on the node (absolute) with `flags`.
pub fn open_on_root(path: &str, flags: libc::c_int) -> std::result::Result<File, Errno> {
    let fd = nix::fcntl::open(Path::new(path), nix::fcntl::OFlag::from_bits_truncate(flags | libc::O_CLOEXEC), nix::sys::stat::Mode::empty())?;
    // SAFETY: open returned a fresh descriptor that nothing else owns.
    Ok(unsafe { File::from_raw_fd(fd) })
}

/// Open for real, with `flags`, the very file `found` (an `O_PATH`
/// descriptor) refers to, through its `/proc/self/fd` name: the file whose
/// type was checked on `found` is the one opened, whatever happens to its
/// path meanwhile.
pub fn reopen(found: &File, flags: libc::c_int) -> std::result::Result<File, Errno> {
    open_on_root(&fd_path(found).to_string_lossy(), flags | libc::O_NOCTTY)
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

#[cfg(test)]
mod tests {
    //! Confinement of client paths to a base directory, against a real
    //! directory tree: `root/` is the base, `outside/secret` must never be
    //! reached from it, whatever the path says.

    use super::*;
    use std::io::Read;
    use std::os::unix::fs::symlink;

    struct Tree {
        _dir: tempfile::TempDir,
        root: std::path::PathBuf,
        outside: std::path::PathBuf,
    }

    fn tree() -> Tree {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("root");
        let outside = dir.path().join("outside");
        std::fs::create_dir_all(root.join("sub")).unwrap();
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(root.join("sub/file"), "inside").unwrap();
        std::fs::write(root.join("secret"), "inside").unwrap();
        std::fs::write(outside.join("secret"), "OUTSIDE").unwrap();
        Tree { _dir: dir, root, outside }
    }

    fn read(root: &Path, path: &str) -> std::result::Result<String, Errno> {
        let mut s = String::new();
        open_in_root(root, path, libc::O_RDONLY)?.read_to_string(&mut s).unwrap();
        Ok(s)
    }

    #[test]
    fn dot_dot_stays_at_the_root() {
        let t = tree();
        // `..` at the top is the top itself, as `/..` is `/`.
        assert_eq!(read(&t.root, "../secret").unwrap(), "inside");
        assert_eq!(read(&t.root, "sub/../../../../secret").unwrap(), "inside");
        assert_eq!(read(&t.root, "../outside/secret"), Err(Errno::ENOENT));
    }

    #[test]
    fn absolute_paths_are_taken_inside_the_root() {
        let t = tree();
        assert_eq!(read(&t.root, "/sub/file").unwrap(), "inside");
        let outside = t.outside.join("secret");
        assert_eq!(read(&t.root, outside.to_str().unwrap()), Err(Errno::ENOENT));
        assert_eq!(read(&t.root, "/etc/passwd"), Err(Errno::ENOENT));
    }

    #[test]
    fn symlinks_resolve_inside_the_root() {
        let t = tree();
        symlink(t.outside.join("secret"), t.root.join("abs")).unwrap();
        symlink("../../outside/secret", t.root.join("sub/rel")).unwrap();
        symlink("/", t.root.join("top")).unwrap();
        symlink(&t.outside, t.root.join("dir")).unwrap();
        // An absolute target is read from the root, so it names nothing here.
        assert_eq!(read(&t.root, "abs"), Err(Errno::ENOENT));
        // A relative target climbs no higher than the root.
        assert_eq!(read(&t.root, "sub/rel"), Err(Errno::ENOENT));
        // In the middle of a path as well.
        assert_eq!(read(&t.root, "top/secret").unwrap(), "inside");
        assert_eq!(read(&t.root, "dir/secret"), Err(Errno::ENOENT));
        assert_eq!(read(&t.root, "top/sub/../../../secret").unwrap(), "inside");
    }

    #[test]
    fn magic_links_are_refused() {
        let t = tree();
        symlink("/proc/self/root/etc/passwd", t.root.join("magic")).unwrap();
        // /proc does not exist inside the root, so the walk ends there.
        assert!(read(&t.root, "magic").is_err());
        // Through a /proc inside the root, the magic link itself is refused.
        let fd = std::fs::File::open(t.outside.join("secret")).unwrap();
        let proc_dir = t.root.join("proc");
        std::fs::create_dir(&proc_dir).unwrap();
        let mounted = nix::mount::mount(Some("proc"), &proc_dir, Some("proc"), nix::mount::MsFlags::empty(), None::<&str>);
        if mounted.is_ok() {
            // Unmounted even if the assertion fails.
            struct Unmount<'a>(&'a Path);
            impl Drop for Unmount<'_> {
                fn drop(&mut self) {
                    let _ = nix::mount::umount2(self.0, nix::mount::MntFlags::MNT_DETACH);
                }
            }
            let _unmount = Unmount(&proc_dir);
            let link = format!("proc/{}/fd/{}", std::process::id(), fd.as_raw_fd());
            assert_eq!(read(&t.root, &link), Err(Errno::ELOOP));
        }
    }

    #[test]
    fn a_symlink_swapped_in_concurrently_never_leads_outside() {
        let t = tree();
        let (root, outside) = (t.root.clone(), t.outside.clone());
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        // Keep replacing sub/ with a symlink to the outside and back.
        let swapper = {
            let (root, stop) = (root.clone(), stop.clone());
            std::thread::spawn(move || {
                let (real, parked, link) = (root.join("sub"), root.join("sub.real"), root.join("sub.link"));
                let _ = symlink(&outside, &link);
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    std::fs::rename(&real, &parked).unwrap();
                    std::fs::rename(&link, &real).unwrap();
                    std::fs::rename(&real, &link).unwrap();
                    std::fs::rename(&parked, &real).unwrap();
                }
            })
        };
        std::fs::write(t.outside.join("file"), "OUTSIDE").unwrap();
        let (mut inside, mut refused) = (0, 0);
        for _ in 0..20_000 {
            match read(&root, "sub/file") {
                Ok(s) => {
                    assert_eq!(s, "inside", "a swapped-in symlink led outside the root");
                    inside += 1;
                }
                Err(_) => refused += 1,
            }
        }
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
        swapper.join().unwrap();
        assert!(inside > 0 && inside + refused == 20_000);
    }

    #[test]
    fn dot_dot_survives_renames_made_elsewhere_meanwhile() {
        let t = tree();
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        // Any rename (or mount) on the node during a walk through `..`
        // makes the kernel answer EAGAIN: open_in_root must try again.
        let churn = {
            let (dir, stop) = (t.outside.clone(), stop.clone());
            std::thread::spawn(move || {
                std::fs::write(dir.join("a"), "").unwrap();
                // A busy node, not a livelock: a rename every few microseconds.
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    std::fs::rename(dir.join("a"), dir.join("b")).unwrap();
                    std::fs::rename(dir.join("b"), dir.join("a")).unwrap();
                    std::thread::sleep(std::time::Duration::from_micros(20));
                }
            })
        };
        let path = format!("{}secret", "sub/../".repeat(8));
        for _ in 0..5000 {
            assert_eq!(read(&t.root, &path).unwrap(), "inside");
        }
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
        churn.join().unwrap();
    }
}
