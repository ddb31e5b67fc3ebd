//! Room on the disks the server writes: the state directory (snapshot and
//! journal), the run directory (mountpoints, overlay layers, container
//! state and logs) and the image store. `GET /metrics` shows each one's
//! free and total bytes; `GET /health` answers `degraded`, saying why, when
//! one of them is nearly full or when the reserve that keeps removals
//! recordable on a full state directory has been used (see
//! [`crate::ledger`]).

use crate::Backend;
use std::path::{Path, PathBuf};

/// A directory is nearly full below this many free bytes, or below
/// [`LOW_SHARE`] of its filesystem, whichever is more.
pub const LOW_BYTES: u64 = 2 * crate::ledger::RESERVE;
/// One fiftieth of the filesystem.
pub const LOW_SHARE: u64 = 50;

/// One directory the server writes, and the room on its filesystem.
pub struct Space {
    /// "state", "run" or "store".
    pub dir: &'static str,
    pub path: PathBuf,
    /// Free bytes (`f_bavail`: the blocks a filesystem keeps for root do
    /// not count).
    pub free: u64,
    pub size: u64,
}

impl Space {
    pub fn nearly_full(&self) -> bool {
        self.free < LOW_BYTES.max(self.size / LOW_SHARE)
    }
}

/// Free and total bytes of the filesystem holding `path`.
fn measure(path: &Path) -> Option<(u64, u64)> {
    let st = nix::sys::statvfs::statvfs(path).ok()?;
    let unit = st.fragment_size() as u64;
    Some((st.blocks_available() as u64 * unit, st.blocks() as u64 * unit))
}

impl Backend {
    /// The directories the server writes, with the room on each.
    pub fn spaces(&self) -> Vec<Space> {
        let dirs = [("state", self.state_dir.clone()), ("run", self.dirs().root().to_path_buf()), ("store", self.store.dir().to_path_buf())];
        dirs.into_iter()
            .filter_map(|(dir, path)| measure(&path).map(|(free, size)| Space { dir, path, free, size }))
            .collect()
    }

    /// Why the server needs its operator, one sentence each; none when all is well.
    pub fn space_warnings(&self) -> Vec<String> {
        let mut warnings: Vec<String> = self
            .spaces()
            .iter()
            .filter(|r| r.nearly_full())
            .map(|r| format!("the {} directory {} is nearly full: {} bytes free of {}", r.dir, r.path.display(), r.free, r.size))
            .collect();
        if !self.reserve_held() {
            warnings.push(format!(
                "the state directory {} has no room for the reserve that keeps deletes recordable: \
                 changes that add objects are refused until there is",
                self.state_dir.display()
            ));
        }
        warnings
    }
}
