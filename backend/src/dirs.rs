//! The layout of the run directory: where mountpoints, overlay layers, logs
//! and container state live. Every path the server creates is under it.

use std::path::{Path, PathBuf};

/// The lock file of a run directory: one server at a time.
const LOCK_FILE: &str = "server.lock";

/// A run directory held by this server for its whole life: an exclusive
/// `flock` on `<run-dir>/server.lock`, which the kernel drops when the
/// process ends however it ends (kill -9 included), so a restart never
/// finds a stale lock. The descriptor is close-on-exec: the container
/// shims this server starts (and which outlive it) never hold it.
#[derive(Debug)]
pub struct RunLock {
    _file: nix::fcntl::Flock<std::fs::File>,
}

/// Take the run directory `root` (created if need be, mode 0700, and
/// nothing else in it touched) for this server, or say which server has it.
pub fn lock_run_dir(root: &Path) -> Result<RunLock, String> {
    use std::io::{Read, Seek, Write};
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(root).map_err(|e| format!("creating the run directory {}: {e}", root.display()))?;
    let path = root.join(LOCK_FILE);
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .custom_flags(libc::O_CLOEXEC | libc::O_NOFOLLOW)
        .open(&path)
        .map_err(|e| format!("opening the lock file {}: {e}", path.display()))?;
    let mut file = match nix::fcntl::Flock::lock(file, nix::fcntl::FlockArg::LockExclusiveNonblock) {
        Ok(locked) => locked,
        Err((mut file, nix::errno::Errno::EWOULDBLOCK)) => {
            let mut text = String::new();
            let _ = file.read_to_string(&mut text);
            let holder = match text.trim().parse::<u32>() {
                Ok(pid) => format!("another imageapi-server (pid {pid})"),
                Err(_) => "another imageapi-server".to_string(),
            };
            return Err(format!(
                "the run directory {} is in use by {holder}; stop that server first, or give this one another --run-dir",
                root.display()
            ));
        }
        Err((_, e)) => return Err(format!("locking {}: {e}", path.display())),
    };
    // Ours: say who holds it, for the next server that tries.
    let pid = format!("{}\n", std::process::id());
    file.set_len(0).and_then(|_| file.rewind()).and_then(|_| file.write_all(pid.as_bytes())).map_err(|e| format!("writing {}: {e}", path.display()))?;
    Ok(RunLock { _file: file })
}

#[derive(Debug, Clone)]
pub struct Dirs {
    root: PathBuf,
}

impl Dirs {
    /// Create the layout under `root` (mode 0700: it holds images' contents).
    pub fn create(root: &Path) -> std::io::Result<Dirs> {
        use std::os::unix::fs::DirBuilderExt;
        let root = std::path::absolute(root)?;
        for dir in ["", "mounts", "overlay", "logs", "containers"] {
            std::fs::DirBuilder::new().recursive(true).mode(0o700).create(root.join(dir))?;
        }
        Ok(Dirs { root })
    }

    /// Make the mounts directory a mount of its own that no mount
    /// propagates into or out of (see [`crate::kernel::mount::isolate`]).
    pub fn isolate_mounts(&self) -> crate::error::Result<()> {
        crate::kernel::mount::isolate(&self.root.join("mounts"))
    }

    /// Unmount the mounts directory itself once nothing is mounted in it.
    pub fn release_mounts(&self) {
        crate::kernel::mount::release(&self.root.join("mounts"))
    }

    pub fn root(&self) -> &Path {
        &self.root
    }
    /// Mountpoint of mount `id`.
    pub fn mountpoint(&self, id: u64) -> PathBuf {
        self.root.join("mounts").join(id.to_string())
    }
    /// Upper and work directories of overlay mount `id` (one filesystem).
    pub fn overlay(&self, id: u64) -> PathBuf {
        self.root.join("overlay").join(id.to_string())
    }
    pub fn logs(&self) -> PathBuf {
        self.root.join("logs")
    }
    /// The tag on the loop devices made under this run directory (in their
    /// `lo_file_name`, 64 bytes with the NUL): "imageapi:" and a digest of
    /// the run directory's path, then ":" and the attachment's id.
    pub fn loop_tag_prefix(&self) -> String {
        use sha2::Digest;
        let digest = sha2::Sha256::digest(self.root.as_os_str().as_encoded_bytes());
        let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
        format!("imageapi:{hex}:")
    }
    pub fn loop_tag(&self, id: u64) -> String {
        format!("{}{id}", self.loop_tag_prefix())
    }
    /// State of container `id` (its config, pid and exit files).
    pub fn container(&self, id: u64) -> PathBuf {
        self.root.join("containers").join(id.to_string())
    }
}
