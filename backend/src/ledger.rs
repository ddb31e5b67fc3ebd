//! Crash-safe saving of the object graph: a snapshot plus an append-only
//! journal of the changes made since.
//!
//! - The snapshot (`state.json`) is one JSON document, replaced atomically:
//!   written to a temporary file, fsynced, renamed over the old one, and the
//!   directory fsynced.
//! - The journal (`state.journal`) holds one JSON record per line; a change
//!   appends its records in one write and one fdatasync, so its cost follows
//!   the size of the change, not the size of the graph.
//! - Compaction writes a new snapshot and then empties the journal. Records
//!   are idempotent (replace or remove one object), so a crash between the
//!   two steps only replays records the new snapshot already holds.
//! - A kill -9 or a power cut can leave a torn last line; loading drops it
//!   (its change was never acknowledged) and cuts the file back to the last
//!   whole record so later appends start on a clean line.
//!
//! Both files are created mode 0600: they name every image and path the
//! node uses.

use serde::{de::DeserializeOwned, Serialize};
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

const MODE: u32 = 0o600;

pub struct Ledger {
    path: PathBuf,
    journal: Mutex<Journal>,
}

struct Journal {
    path: PathBuf,
    file: Option<File>,
    /// Records appended since the last compaction.
    records: usize,
}

/// What a previous run saved: its snapshot and the records appended after it.
#[derive(Debug)]
pub struct Loaded<S, R> {
    pub snapshot: Option<S>,
    pub records: Vec<R>,
}

impl Ledger {
    pub fn new(path: PathBuf) -> Ledger {
        let journal = Journal { path: path.with_extension("journal"), file: None, records: 0 };
        Ledger { path, journal: Mutex::new(journal) }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn journal(&self) -> std::sync::MutexGuard<'_, Journal> {
        self.journal.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Records appended since the last compaction.
    pub fn pending(&self) -> usize {
        self.journal().records
    }

    /// The saved snapshot and journal; a torn last journal line is dropped
    /// and cut off the file.
    pub fn load<S: DeserializeOwned, R: DeserializeOwned>(&self) -> Result<Loaded<S, R>, String> {
        let snapshot = match std::fs::read(&self.path) {
            Ok(bytes) => Some(
                serde_json::from_slice(&bytes)
                    .map_err(|e| format!("{} is not a valid state document: {e}", self.path.display()))?,
            ),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(format!("reading {}: {e}", self.path.display())),
        };
        let mut j = self.journal();
        let bytes = match std::fs::read(&j.path) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => return Err(format!("reading {}: {e}", j.path.display())),
        };
        let mut records = Vec::new();
        let mut good = 0;
        for line in bytes.split_inclusive(|b| *b == b'\n') {
            let whole = line.ends_with(b"\n");
            match serde_json::from_slice::<R>(line) {
                Ok(r) if whole => {
                    records.push(r);
                    good += line.len();
                }
                _ if good + line.len() == bytes.len() => {
                    log::warn!("{}: dropping a torn last record (a change interrupted before it was acknowledged)", j.path.display());
                }
                Err(e) => return Err(format!("{} holds a damaged record at byte {good}: {e}", j.path.display())),
                Ok(_) => unreachable!("only the last line can lack its newline"),
            }
        }
        if good < bytes.len() {
            let f = OpenOptions::new().write(true).open(&j.path).map_err(|e| format!("opening {}: {e}", j.path.display()))?;
            f.set_len(good as u64).and_then(|_| f.sync_all()).map_err(|e| format!("truncating {}: {e}", j.path.display()))?;
        }
        j.records = records.len();
        Ok(Loaded { snapshot, records })
    }

    /// Append `records` to the journal, durably, in one write.
    pub fn append<R: Serialize>(&self, records: &[R]) -> std::io::Result<()> {
        if records.is_empty() {
            return Ok(());
        }
        let mut buf = Vec::with_capacity(256 * records.len());
        for r in records {
            serde_json::to_writer(&mut buf, r).map_err(std::io::Error::other)?;
            buf.push(b'\n');
        }
        let mut j = self.journal();
        if j.file.is_none() {
            let f = OpenOptions::new().create(true).append(true).mode(MODE).open(&j.path)?;
            f.set_permissions(std::fs::Permissions::from_mode(MODE))?;
            // A journal created just now must itself survive a crash.
            File::open(self.dir())?.sync_all()?;
            j.file = Some(f);
        }
        let f = j.file.as_mut().expect("opened above");
        f.write_all(&buf)?;
        f.sync_data()?;
        j.records += records.len();
        Ok(())
    }

    /// Replace the snapshot with `value` and empty the journal.
    pub fn compact<S: Serialize>(&self, value: &S) -> std::io::Result<()> {
        let mut j = self.journal();
        let tmp = self.path.with_extension("tmp");
        // 1. The new snapshot in full, on disk, under a temporary name.
        let _ = std::fs::remove_file(&tmp);
        let mut f = OpenOptions::new().create_new(true).write(true).mode(MODE).open(&tmp)?;
        f.write_all(&serde_json::to_vec(value).map_err(std::io::Error::other)?)?;
        f.sync_all()?;
        drop(f);
        // 2. Atomically replace the old one, and make the rename durable.
        std::fs::rename(&tmp, &self.path)?;
        File::open(self.dir())?.sync_all()?;
        // 3. Only now forget the journal: a crash before this replays
        //    records the new snapshot already holds, which changes nothing.
        let f = OpenOptions::new().create(true).write(true).truncate(true).mode(MODE).open(&j.path)?;
        f.set_permissions(std::fs::Permissions::from_mode(MODE))?;
        f.sync_all()?;
        j.file = None;
        j.records = 0;
        Ok(())
    }

    fn dir(&self) -> &Path {
        self.path.parent().expect("the ledger lives in a directory")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snapshot_and_journal_load_back_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let ledger = Ledger::new(dir.path().join("state.json"));
        let l = ledger.load::<Vec<u32>, u32>().unwrap();
        assert_eq!((l.snapshot, l.records), (None, vec![]));
        ledger.append(&[1u32, 2]).unwrap();
        ledger.append(&[3u32]).unwrap();
        let l = ledger.load::<Vec<u32>, u32>().unwrap();
        assert_eq!((l.snapshot, l.records), (None, vec![1, 2, 3]));
        ledger.compact(&vec![7u32]).unwrap();
        ledger.append(&[4u32]).unwrap();
        let l = Ledger::new(dir.path().join("state.json")).load::<Vec<u32>, u32>().unwrap();
        assert_eq!((l.snapshot, l.records), (Some(vec![7]), vec![4]));
        assert!(!dir.path().join("state.tmp").exists());
        for f in ["state.json", "state.journal"] {
            let mode = std::fs::metadata(dir.path().join(f)).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{f}");
        }
    }

    #[test]
    fn a_torn_last_record_is_dropped_and_cut_off() {
        let dir = tempfile::tempdir().unwrap();
        let ledger = Ledger::new(dir.path().join("state.json"));
        ledger.append(&[1u32, 2]).unwrap();
        let journal = dir.path().join("state.journal");
        let mut f = OpenOptions::new().append(true).open(&journal).unwrap();
        f.write_all(b"12").unwrap();
        let ledger = Ledger::new(dir.path().join("state.json"));
        assert_eq!(ledger.load::<(), u32>().unwrap().records, vec![1, 2]);
        ledger.append(&[5u32]).unwrap();
        assert_eq!(Ledger::new(dir.path().join("state.json")).load::<(), u32>().unwrap().records, vec![1, 2, 5]);
        std::fs::write(&journal, b"1\n{bad\n2\n").unwrap();
        assert!(Ledger::new(dir.path().join("state.json")).load::<(), u32>().unwrap_err().contains("damaged record"));
        std::fs::write(ledger.path(), b"{torn").unwrap();
        assert!(ledger.load::<(), u32>().unwrap_err().contains("not a valid state document"));
    }
}
