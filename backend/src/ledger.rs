//! Crash-safe saving of the object graph.
//!
//! The whole graph is one small JSON document, rewritten after every change:
//! written to a temporary file, fsynced, renamed over the old one, and the
//! directory fsynced, so a kill -9 at any instant leaves either the old or
//! the new document, never a torn one.

use serde::{de::DeserializeOwned, Serialize};
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

pub struct Ledger {
    path: PathBuf,
}

impl Ledger {
    pub fn new(path: PathBuf) -> Ledger {
        Ledger { path }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The saved document, or None when nothing was saved yet.
    pub fn load<T: DeserializeOwned>(&self) -> Result<Option<T>, String> {
        match std::fs::read(&self.path) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .map(Some)
                .map_err(|e| format!("{} is not a valid state document: {e}", self.path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(format!("reading {}: {e}", self.path.display())),
        }
    }

    pub fn save<T: Serialize>(&self, value: &T) -> std::io::Result<()> {
        let dir = self.path.parent().expect("the ledger lives in a directory");
        let tmp = self.path.with_extension("tmp");
        // 1. The new document in full, on disk, under a temporary name.
        let mut f = File::create(&tmp)?;
        f.write_all(&serde_json::to_vec_pretty(value).map_err(std::io::Error::other)?)?;
        f.sync_all()?;
        drop(f);
        // 2. Atomically replace the old one.
        std::fs::rename(&tmp, &self.path)?;
        // 3. Make the rename itself durable.
        File::open(dir)?.sync_all()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_and_loads_atomically() {
        let dir = tempfile::tempdir().unwrap();
        let ledger = Ledger::new(dir.path().join("state.json"));
        assert_eq!(ledger.load::<Vec<u32>>().unwrap(), None);
        ledger.save(&vec![1, 2, 3]).unwrap();
        ledger.save(&vec![4]).unwrap();
        assert_eq!(ledger.load::<Vec<u32>>().unwrap(), Some(vec![4]));
        assert!(!dir.path().join("state.tmp").exists());
        std::fs::write(ledger.path(), b"{torn").unwrap();
        assert!(ledger.load::<Vec<u32>>().unwrap_err().contains("not a valid state document"));
    }
}
