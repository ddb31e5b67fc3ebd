//! Crash-safe saving of the object graph: a snapshot plus an append-only
//! journal of the changes made since.
//!
//! - The snapshot (`state.json`) is one JSON document, replaced atomically:
//!   written to a temporary file, fsynced, renamed over the old one, and the
//!   directory fsynced.
//! - The journal (`state.journal`) holds one JSON record per line; a change
//!   appends its records in one write and one fdatasync, so its cost follows
//!   the size of the change, not the size of the graph.
//! - An append that fails (a full disk, an I/O error) is cut off again, back
//!   to the last whole record, before anything else is appended: a failed
//!   change never leaves half a record for a later one to land on. If even
//!   that cut fails, the journal takes nothing more until a later attempt
//!   at the cut succeeds.
//! - A reserve file (`state.reserve`, [`RESERVE`] bytes) is allocated next to
//!   the journal. Ordinary appends need it in place (they re-make it if it
//!   was given up); appends that record a removal or an end may give it up
//!   when the disk is full, so a full disk never keeps a delete or a stop
//!   from being recorded.
//! - Compaction writes a new snapshot and then empties the journal. Records
//!   are idempotent (replace or remove one object), so a crash between the
//!   two steps only replays records the new snapshot already holds.
//! - A kill -9 or a power cut can leave a torn last line (one without its
//!   newline); loading drops it (its change was never acknowledged) and
//!   cuts the file back to the last whole record so later appends start on
//!   a clean line. A whole line that does not parse, the last one included,
//!   is damage: it may be an acknowledged change, so nothing is loaded and
//!   the start stops, leaving the kernel as it is.
//!
//! Both files are created mode 0600: they name every image and path the
//! node uses.

use serde::{de::DeserializeOwned, Serialize};
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::os::fd::AsRawFd;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

const MODE: u32 = 0o600;
/// The space kept aside in the state directory for recording removals
/// once the disk is full.
pub const RESERVE: u64 = 1 << 20;

pub struct Ledger {
    path: PathBuf,
    journal: Mutex<Journal>,
    /// Made and given up only under the journal's lock; read without it.
    reserve: Reserve,
}

struct Journal {
    path: PathBuf,
    file: Option<File>,
    /// The length of the journal up to its last whole record: where the
    /// next append starts.
    len: u64,
    /// A failed append could not be cut off: the journal ends with part
    /// of a record past `len`, and takes nothing until it is cut.
    torn: bool,
    /// Records appended since the last compaction.
    records: usize,
}

/// The reserve file and whether its space is held.
struct Reserve {
    path: PathBuf,
    held: AtomicBool,
}

/// Which appends may give up the reserve.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Room {
    /// A change that adds: it needs the reserve in place, so a later
    /// removal can still be recorded.
    Ordinary,
    /// A removal, a stop or an end: on a full disk it may use the reserve.
    Reserve,
}

/// Why an append failed. The journal is back to its last whole record
/// unless `unusable` says it could not be cut.
#[derive(Debug)]
pub struct AppendError {
    /// What was being done ("writing to /run/imageapi/state.journal").
    pub step: String,
    pub source: std::io::Error,
    /// The journal ends with a partial record that could not be cut off:
    /// no change can be recorded until it is.
    pub unusable: bool,
}

impl std::fmt::Display for AppendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.step, self.source)
    }
}

impl std::error::Error for AppendError {}

/// What a previous run saved: its snapshot and the records appended after it.
#[derive(Debug)]
pub struct Loaded<S, R> {
    pub snapshot: Option<S>,
    pub records: Vec<R>,
}

impl Ledger {
    pub fn new(path: PathBuf) -> Ledger {
        let journal = Journal {
            path: path.with_extension("journal"),
            file: None,
            len: 0,
            torn: false,
            records: 0,
        };
        let reserve = Reserve { path: path.with_extension("reserve"), held: AtomicBool::new(false) };
        Ledger { path, journal: Mutex::new(journal), reserve }
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

    /// Whether the reserve for removals is in place (never waits for an
    /// append under way).
    pub fn reserve_held(&self) -> bool {
        self.reserve.held()
    }

    /// The saved snapshot and journal; a torn last journal line is dropped
    /// and cut off the file. Also puts the reserve in place if there is
    /// room for it (if not, ordinary changes are refused until there is).
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
        for (n, line) in bytes.split_inclusive(|b| *b == b'\n').enumerate() {
            let whole = line.ends_with(b"\n");
            match serde_json::from_slice::<R>(line) {
                // Only the last line can lack its newline: a write cut
                // short, never acknowledged. A whole line that does not
                // parse is damage, wherever it is.
                _ if !whole => {
                    log::warn!("{}: dropping a torn last record (a change interrupted before it was acknowledged)", j.path.display());
                }
                Ok(r) => {
                    records.push(r);
                    good += line.len();
                }
                Err(e) => {
                    return Err(format!(
                        "{} holds a damaged record on line {} (byte {good}): {e}; the server does not start on it, \
                         and leaves every attachment, mount and container in place (see docs/restart.md)",
                        j.path.display(),
                        n + 1
                    ))
                }
            }
        }
        if good < bytes.len() {
            let f = OpenOptions::new().write(true).open(&j.path).map_err(|e| format!("opening {}: {e}", j.path.display()))?;
            f.set_len(good as u64).and_then(|_| f.sync_all()).map_err(|e| format!("truncating {}: {e}", j.path.display()))?;
        }
        j.records = records.len();
        if let Err(e) = self.reserve.make() {
            log::warn!(
                "{}: no room for the reserve of {RESERVE} bytes that keeps removals recordable ({e}); \
                 changes that add objects are refused until there is",
                self.reserve.path.display()
            );
        }
        Ok(Loaded { snapshot, records })
    }

    /// Append `records` to the journal, durably, in one write. On a failure
    /// nothing of them stays in the journal (unless the error says it is
    /// unusable), so the change can be undone and refused.
    pub fn append<R: Serialize>(&self, records: &[R], room: Room) -> Result<(), AppendError> {
        self.append_as(records, room, true)
    }

    /// [`Ledger::append`] without the sync: the records are in the file
    /// (a full disk refuses them as it would a synced append), and reach
    /// the disk with the next synced append, whose sync covers the whole
    /// file. For records whose loss in a crash of the machine costs
    /// nothing: the intent of a delete, whose objects such a crash takes
    /// along (a crash of the server alone loses no written byte).
    pub fn append_unsynced<R: Serialize>(&self, records: &[R], room: Room) -> Result<(), AppendError> {
        self.append_as(records, room, false)
    }

    fn append_as<R: Serialize>(&self, records: &[R], room: Room, sync: bool) -> Result<(), AppendError> {
        if records.is_empty() {
            return Ok(());
        }
        let mut buf = Vec::with_capacity(256 * records.len());
        for r in records {
            serde_json::to_writer(&mut buf, r).map_err(|e| AppendError {
                step: "encoding a journal record".into(),
                source: std::io::Error::other(e),
                unusable: false,
            })?;
            buf.push(b'\n');
        }
        let dir = self.dir().to_path_buf();
        let mut j = self.journal();
        j.cut_torn()?;
        if room == Room::Ordinary && !self.reserve.held() {
            self.reserve.make().map_err(|source| AppendError {
                step: format!("keeping {RESERVE} bytes in reserve for removals in {}", dir.display()),
                source,
                unusable: false,
            })?;
            log::info!("{}: the reserve for removals is in place again", self.reserve.path.display());
        }
        match j.write(&buf, &dir, sync) {
            Err(e) if room == Room::Reserve && is_full(&e.source) && self.reserve.held() && !e.unusable => {
                log::warn!("{}: the disk is full; giving up the reserve to record a removal", j.path.display());
                if let Err(re) = self.reserve.release() {
                    log::error!("{}: {re}", self.reserve.path.display());
                    return Err(e);
                }
                j.write(&buf, &dir, sync)?;
            }
            other => other?,
        }
        j.records += records.len();
        Ok(())
    }

    /// Replace the snapshot with `value` and empty the journal. On a
    /// failure the journal still holds every change, and the temporary
    /// file is removed again (it would only take room on a full disk).
    pub fn compact<S: Serialize>(&self, value: &S) -> std::io::Result<()> {
        let mut j = self.journal();
        let tmp = self.path.with_extension("tmp");
        let written = self.write_snapshot(&tmp, value);
        if written.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        written?;
        // 3. Only now forget the journal: a crash before this replays
        //    records the new snapshot already holds, which changes nothing.
        //    This also cuts off a partial record a failed append left.
        let f = OpenOptions::new().create(true).write(true).truncate(true).mode(MODE).open(&j.path)?;
        f.set_permissions(std::fs::Permissions::from_mode(MODE))?;
        f.sync_all()?;
        j.file = None;
        j.len = 0;
        j.torn = false;
        j.records = 0;
        Ok(())
    }

    fn write_snapshot<S: Serialize>(&self, tmp: &Path, value: &S) -> std::io::Result<()> {
        // 1. The new snapshot in full, on disk, under a temporary name.
        let _ = std::fs::remove_file(tmp);
        let mut f = OpenOptions::new().create_new(true).write(true).mode(MODE).open(tmp)?;
        f.write_all(&serde_json::to_vec(value).map_err(std::io::Error::other)?)?;
        f.sync_all()?;
        drop(f);
        // 2. Atomically replace the old one, and make the rename durable.
        std::fs::rename(tmp, &self.path)?;
        File::open(self.dir())?.sync_all()
    }

    fn dir(&self) -> &Path {
        self.path.parent().expect("the ledger lives in a directory")
    }
}

/// ENOSPC or EDQUOT: the disk (or the quota) is full.
pub fn is_full(e: &std::io::Error) -> bool {
    matches!(e.raw_os_error(), Some(libc::ENOSPC) | Some(libc::EDQUOT))
}

impl Journal {
    /// Append `buf` and flush it; on a failure cut the journal back to its
    /// last whole record.
    fn write(&mut self, buf: &[u8], dir: &Path, sync: bool) -> Result<(), AppendError> {
        let step = format!("recording the change in {}", self.path.display());
        if self.file.is_none() {
            let opened = (|| {
                let f = OpenOptions::new().create(true).append(true).mode(MODE).open(&self.path)?;
                f.set_permissions(std::fs::Permissions::from_mode(MODE))?;
                // A journal created just now must itself survive a crash.
                File::open(dir)?.sync_all()?;
                let len = f.metadata()?.len();
                Ok((f, len))
            })();
            let (f, len) = opened.map_err(|source| AppendError { step: step.clone(), source, unusable: false })?;
            self.file = Some(f);
            self.len = len;
        }
        let f = self.file.as_mut().expect("opened above");
        let Err(source) = f.write_all(buf).and_then(|_| if sync { f.sync_data() } else { Ok(()) }) else {
            self.len += buf.len() as u64;
            return Ok(());
        };
        // The part that was written must not stay for the next append to
        // land on.
        if let Err(e) = f.set_len(self.len) {
            log::error!("{}: cutting off a failed append: {e}; no change is recorded until it is cut", self.path.display());
            self.torn = true;
            return Err(AppendError { step, source, unusable: true });
        }
        Err(AppendError { step, source, unusable: false })
    }

    /// Cut off what a failed append left, if an earlier cut failed.
    fn cut_torn(&mut self) -> Result<(), AppendError> {
        if !self.torn {
            return Ok(());
        }
        let f = self.file.as_ref().expect("a torn journal is open");
        f.set_len(self.len).map_err(|source| AppendError {
            step: format!("cutting off the partial record that a failed append left in {}", self.path.display()),
            source,
            unusable: true,
        })?;
        log::info!("{}: the partial record of a failed append is cut off", self.path.display());
        self.torn = false;
        Ok(())
    }
}

impl Reserve {
    fn held(&self) -> bool {
        self.held.load(Ordering::Acquire)
    }

    /// Allocate the reserve's space (a no-op if it is allocated already).
    fn make(&self) -> std::io::Result<()> {
        let f = OpenOptions::new().create(true).write(true).truncate(false).mode(MODE).open(&self.path)?;
        // SAFETY: fallocate only acts on the descriptor, which `f` keeps open.
        let rc = unsafe { libc::fallocate(f.as_raw_fd(), 0, 0, RESERVE as libc::off_t) };
        let made = if rc == 0 {
            Ok(())
        } else {
            match std::io::Error::last_os_error() {
                // A filesystem without fallocate: write the bytes instead.
                e if e.raw_os_error() == Some(libc::EOPNOTSUPP) => {
                    (&f).write_all(&vec![0u8; RESERVE as usize]).and_then(|_| f.sync_data())
                }
                e => Err(e),
            }
        };
        if let Err(e) = made {
            // Whatever part was allocated goes back.
            let _ = f.set_len(0);
            self.held.store(false, Ordering::Release);
            return Err(e);
        }
        self.held.store(true, Ordering::Release);
        Ok(())
    }

    /// Give the reserve's space back to the filesystem.
    fn release(&self) -> std::io::Result<()> {
        OpenOptions::new().write(true).open(&self.path)?.set_len(0)?;
        self.held.store(false, Ordering::Release);
        Ok(())
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
        ledger.append(&[1u32, 2], Room::Ordinary).unwrap();
        ledger.append(&[3u32], Room::Ordinary).unwrap();
        let l = ledger.load::<Vec<u32>, u32>().unwrap();
        assert_eq!((l.snapshot, l.records), (None, vec![1, 2, 3]));
        ledger.compact(&vec![7u32]).unwrap();
        ledger.append(&[4u32], Room::Ordinary).unwrap();
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
        ledger.append(&[1u32, 2], Room::Ordinary).unwrap();
        let journal = dir.path().join("state.journal");
        let mut f = OpenOptions::new().append(true).open(&journal).unwrap();
        f.write_all(b"12").unwrap();
        let ledger = Ledger::new(dir.path().join("state.json"));
        assert_eq!(ledger.load::<(), u32>().unwrap().records, vec![1, 2]);
        ledger.append(&[5u32], Room::Ordinary).unwrap();
        assert_eq!(Ledger::new(dir.path().join("state.json")).load::<(), u32>().unwrap().records, vec![1, 2, 5]);
        std::fs::write(&journal, b"1\n{bad\n2\n").unwrap();
        assert!(Ledger::new(dir.path().join("state.json")).load::<(), u32>().unwrap_err().contains("damaged record on line 2"));
        // A whole last line that does not parse is damage too, not a torn write.
        std::fs::write(&journal, b"1\n2{3\n").unwrap();
        assert!(Ledger::new(dir.path().join("state.json")).load::<(), u32>().unwrap_err().contains("damaged record on line 2"));
        std::fs::write(ledger.path(), b"{torn").unwrap();
        assert!(ledger.load::<(), u32>().unwrap_err().contains("not a valid state document"));
    }
}
