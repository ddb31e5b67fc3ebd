//! The layout of the run directory: where mountpoints, overlay layers, logs
//! and container state live. Every path the server creates is under it.

use std::path::{Path, PathBuf};

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
