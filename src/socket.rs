//! The unix socket file: who may connect, and replacing a stale one safely.
//!
//! The socket is bound inside a fresh private directory, given its final
//! mode and group there, and only then renamed over its public path, so
//! there is no moment at which it exists under that path with the wrong
//! permissions, and a stale file is replaced in one atomic step. A lock
//! file next to it keeps two servers from taking the same path at once.

use nix::fcntl::{Flock, FlockArg};
use std::fs::{File, OpenOptions};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// The bound socket and what keeps it ours.
pub struct SocketFile {
    pub listener: std::os::unix::net::UnixListener,
    path: PathBuf,
    ino: u64,
    _lock: Flock<File>,
}

/// Bind the socket at `path`: mode 0600, or 0660 with group `group`.
pub fn bind(path: &Path, group: Option<&str>) -> Result<SocketFile, String> {
    let shown = path.display();
    let gid = group.map(group_id).transpose()?;
    // 1. Only one server per path: hold an exclusive lock while we serve.
    let lock_path = with_suffix(path, ".lock");
    //    Never through a symlink: root would create or open whatever file
    //    it names.
    let lock = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .mode(0o600)
        .custom_flags(libc::O_NOFOLLOW)
        .open(&lock_path)
        .map_err(|e| match e.raw_os_error() {
            Some(libc::ELOOP) => format!("the lock file {} is a symbolic link; refusing to follow it", lock_path.display()),
            _ => format!("opening the lock file {}: {e}", lock_path.display()),
        })?;
    let lock = Flock::lock(lock, FlockArg::LockExclusiveNonblock)
        .map_err(|(_, e)| format!("{shown} is in use by another server (it holds {}): {e}", lock_path.display()))?;
    // 2. Whatever is at the path must be a socket nobody answers on.
    check_stale(path)?;
    // 3. Bind in a private directory on the same filesystem (so the rename
    //    below is atomic), and set mode and group before anyone can see it.
    let private = with_suffix(path, &format!(".{}.tmp", std::process::id()));
    let _ = std::fs::remove_dir_all(&private);
    std::fs::DirBuilder::new()
        .mode(0o700)
        .create(&private)
        .map_err(|e| format!("creating {}: {e}", private.display()))?;
    let staged = private.join("sock");
    let result = (|| -> Result<std::os::unix::net::UnixListener, String> {
        let listener = std::os::unix::net::UnixListener::bind(&staged).map_err(|e| format!("binding {}: {e}", staged.display()))?;
        let mode = if gid.is_some() { 0o660 } else { 0o600 };
        std::fs::set_permissions(&staged, std::fs::Permissions::from_mode(mode))
            .map_err(|e| format!("setting the mode of {shown}: {e}"))?;
        if let Some(gid) = gid {
            std::os::unix::fs::chown(&staged, None, Some(gid)).map_err(|e| format!("giving {shown} to group {gid}: {e}"))?;
        }
        // 4. Publish it, replacing a stale socket in the same step.
        std::fs::rename(&staged, path).map_err(|e| format!("moving the socket to {shown}: {e}"))?;
        Ok(listener)
    })();
    let _ = std::fs::remove_dir_all(&private);
    let listener = result?;
    let ino = std::fs::symlink_metadata(path).map_err(|e| format!("examining {shown}: {e}"))?.ino();
    listener.set_nonblocking(true).map_err(|e| format!("{shown}: {e}"))?;
    Ok(SocketFile { listener, path: path.to_path_buf(), ino, _lock: lock })
}

impl SocketFile {
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Remove the socket file, if it is still the one we bound.
    pub fn remove(&self) {
        if std::fs::symlink_metadata(&self.path).is_ok_and(|m| m.ino() == self.ino) {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// A socket file nobody answers on is a leftover of an earlier run; any
/// other kind of file is not ours to replace.
fn check_stale(path: &Path) -> Result<(), String> {
    use std::os::unix::fs::FileTypeExt;
    match std::fs::symlink_metadata(path) {
        Err(_) => Ok(()),
        Ok(m) if !m.file_type().is_socket() => {
            Err(format!("{} exists and is not a socket; refusing to replace it", path.display()))
        }
        Ok(_) => match std::os::unix::net::UnixStream::connect(path) {
            Ok(_) => Err(format!("{} is in use by another server", path.display())),
            Err(_) => {
                log::info!("replacing the stale socket {}", path.display());
                Ok(())
            }
        },
    }
}

/// A group by name, or by number.
fn group_id(name: &str) -> Result<u32, String> {
    if let Ok(gid) = name.parse::<u32>() {
        return Ok(gid);
    }
    match nix::unistd::Group::from_name(name) {
        Ok(Some(g)) => Ok(g.gid.as_raw()),
        Ok(None) => Err(format!("--socket-group {name}: there is no such group")),
        Err(e) => Err(format!("--socket-group {name}: looking it up: {e}")),
    }
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}
