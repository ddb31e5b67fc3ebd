//! Container logs as the API serves them. Everything that reads a
//! container's log goes through here: [`Backend::container_log`] says which
//! files make up the log of a container (oldest first, the last one being
//! written), and [`LogReader`] reads them from the start or from the last N
//! lines, and keeps following the file being written across a rotation
//! (renamed away and recreated, or truncated in place).
//!
//! How logs are capped and rotated is the container runtime's business;
//! [`segments`] is the one place that knows which files one start left.

use crate::containers::{container, find};
use crate::error::{Error, Result};
use crate::graph::Id;
use crate::{Backend, Selector};
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

/// How much of a file the tail search reads at a time, from the end.
const TAIL_CHUNK: u64 = 64 * 1024;

/// The log of one container, as found when the request came in.
#[derive(Debug, Clone)]
pub struct ContainerLog {
    pub id: Id,
    /// Oldest first; the last is the file being written. Empty for a
    /// container that was never started.
    pub files: Vec<PathBuf>,
}

/// Whether a followed container can still write to its log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Writer {
    /// Its processes exist (running, paused, stopping).
    Active,
    /// It ended, or it was deleted: what is in the files is all there is.
    Done,
}

/// The files of the log written since `logfile` was opened by a start,
/// oldest first. Without rotation that is the file itself; rotated
/// segments sit beside it as `<logfile>.1` (older: `.2`, ...).
pub fn segments(logfile: &Path) -> Vec<PathBuf> {
    let mut older = Vec::new();
    for n in 1.. {
        let mut name = logfile.as_os_str().to_owned();
        name.push(format!(".{n}"));
        let p = PathBuf::from(name);
        if !p.exists() {
            break;
        }
        older.push(p);
    }
    older.reverse();
    older.push(logfile.to_path_buf());
    older
}

impl Backend {
    /// The log of the container `sel` names.
    pub fn container_log(&self, sel: Option<Selector>) -> Result<ContainerLog> {
        let sel = sel.ok_or_else(|| Error::invalid("give the container's id or name"))?;
        let g = self.read();
        let id = find(&g, &sel)?;
        let files = container(&g, id).logfile.as_deref().map(segments).unwrap_or_default();
        Ok(ContainerLog { id, files })
    }

    /// Whether container `id` may still add to its log.
    pub fn log_writer(&self, id: Id) -> Writer {
        let g = self.read();
        match find(&g, &Selector::Id(id as i64)) {
            Ok(id) if container(&g, id).is_active() => Writer::Active,
            _ => Writer::Done,
        }
    }
}

/// Reads a container's log forward from a starting point; at the end of
/// the file being written it returns 0 and can be asked again later.
pub struct LogReader {
    files: Vec<PathBuf>,
    /// Index in `files` of the open file.
    at: usize,
    file: Option<File>,
    /// Read position in `file`.
    pos: u64,
}

impl LogReader {
    /// Open `log` at its start, or where its last `tail` lines begin.
    pub fn open(log: &ContainerLog, tail: Option<u64>) -> io::Result<LogReader> {
        let mut r = LogReader { files: log.files.clone(), at: 0, file: None, pos: 0 };
        if r.files.is_empty() {
            return Ok(r);
        }
        let (at, pos) = match tail {
            None => (0, 0),
            Some(n) => tail_start(&r.files, n)?,
        };
        r.at = at;
        r.pos = pos;
        r.file = open_at(&r.files[at], pos)?;
        Ok(r)
    }

    /// Read what is there; 0 means nothing more for now (the end of the
    /// last file, which may still grow).
    pub fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            let n = match self.file.as_mut() {
                Some(f) => f.read(buf)?,
                None => 0,
            };
            if n > 0 {
                self.pos += n as u64;
                return Ok(n);
            }
            if self.at + 1 < self.files.len() {
                // The end of an older segment: on to the next one.
                self.at += 1;
                self.pos = 0;
                self.file = open_at(&self.files[self.at], 0)?;
                continue;
            }
            if !self.reopen_if_rotated()? {
                return Ok(0);
            }
        }
    }

    /// At the end of the file being written: if its path now names another
    /// file (it was rotated away) or the file shrank (truncated in place),
    /// go on from the start of what is written now. True if it did.
    fn reopen_if_rotated(&mut self) -> io::Result<bool> {
        let Some(path) = self.files.last() else { return Ok(false) };
        let now = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
            Err(e) => return Err(e),
        };
        if let Some(f) = &self.file {
            let open = f.metadata()?;
            let same = open.ino() == now.ino() && open.dev() == now.dev();
            if same && now.len() >= self.pos {
                return Ok(false);
            }
        }
        self.pos = 0;
        self.file = open_at(path, 0)?;
        Ok(self.file.is_some())
    }
}

/// Open `path` at `pos`; a file not (or no longer) there reads as empty.
fn open_at(path: &Path, pos: u64) -> io::Result<Option<File>> {
    match File::open(path) {
        Ok(mut f) => {
            f.seek(SeekFrom::Start(pos))?;
            Ok(Some(f))
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Where the last `n` lines of `files` begin: (file index, offset). A last
/// line without its newline yet counts as a line.
fn tail_start(files: &[PathBuf], n: u64) -> io::Result<(usize, u64)> {
    let mut wanted = n;
    for (i, path) in files.iter().enumerate().rev() {
        let Some(mut f) = open_at(path, 0)? else { continue };
        let len = f.metadata()?.len();
        if wanted == 0 {
            return Ok((i, len));
        }
        let mut end = len;
        // The newline that ends the file's last line starts no new line.
        let mut skip_last = true;
        let mut buf = vec![0u8; TAIL_CHUNK as usize];
        while end > 0 {
            let start = end.saturating_sub(TAIL_CHUNK);
            let chunk = &mut buf[..(end - start) as usize];
            f.seek(SeekFrom::Start(start))?;
            f.read_exact(chunk)?;
            for (j, b) in chunk.iter().enumerate().rev() {
                if *b != b'\n' {
                    skip_last = false;
                    continue;
                }
                if std::mem::take(&mut skip_last) && start + j as u64 == len - 1 {
                    continue;
                }
                wanted -= 1;
                if wanted == 0 {
                    return Ok((i, start + j as u64 + 1));
                }
            }
            end = start;
        }
        // The whole file is within the tail; its first line counts too.
        if len > 0 {
            wanted -= 1;
            if wanted == 0 {
                return Ok((i, 0));
            }
        }
    }
    Ok((0, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(r: &mut LogReader) -> String {
        let mut out = Vec::new();
        let mut buf = [0u8; 7];
        loop {
            let n = r.read(&mut buf).unwrap();
            if n == 0 {
                return String::from_utf8(out).unwrap();
            }
            out.extend_from_slice(&buf[..n]);
        }
    }

    fn log(files: &[&Path]) -> ContainerLog {
        ContainerLog { id: 1, files: files.iter().map(|p| p.to_path_buf()).collect() }
    }

    #[test]
    fn tail_counts_lines_across_segments() {
        let dir = tempfile::tempdir().unwrap();
        let (old, cur) = (dir.path().join("1.log.1"), dir.path().join("1.log"));
        std::fs::write(&old, "a\nb\nc\n").unwrap();
        std::fs::write(&cur, "d\ne").unwrap();
        let l = log(&[&old, &cur]);
        let tail = |n| read_all(&mut LogReader::open(&l, Some(n)).unwrap());
        assert_eq!(tail(0), "");
        assert_eq!(tail(1), "e");
        assert_eq!(tail(2), "d\ne");
        assert_eq!(tail(3), "c\nd\ne");
        assert_eq!(tail(5), "a\nb\nc\nd\ne");
        assert_eq!(tail(50), "a\nb\nc\nd\ne");
        assert_eq!(read_all(&mut LogReader::open(&l, None).unwrap()), "a\nb\nc\nd\ne");
    }

    #[test]
    fn tail_of_lines_longer_than_a_chunk() {
        let dir = tempfile::tempdir().unwrap();
        let cur = dir.path().join("1.log");
        let long = "x".repeat(3 * TAIL_CHUNK as usize);
        std::fs::write(&cur, format!("{long}\nshort\n{long}\n")).unwrap();
        let l = log(&[&cur]);
        assert_eq!(read_all(&mut LogReader::open(&l, Some(1)).unwrap()), format!("{long}\n"));
        assert_eq!(read_all(&mut LogReader::open(&l, Some(2)).unwrap()), format!("short\n{long}\n"));
    }

    #[test]
    fn follows_growth_rename_rotation_and_truncation() {
        let dir = tempfile::tempdir().unwrap();
        let cur = dir.path().join("1.log");
        std::fs::write(&cur, "one\n").unwrap();
        let mut r = LogReader::open(&log(&[&cur]), None).unwrap();
        assert_eq!(read_all(&mut r), "one\n");
        use std::io::Write;
        std::fs::OpenOptions::new().append(true).open(&cur).unwrap().write_all(b"two\n").unwrap();
        assert_eq!(read_all(&mut r), "two\n");
        // Renamed away, a new file in its place.
        std::fs::rename(&cur, dir.path().join("1.log.1")).unwrap();
        std::fs::write(&cur, "three\n").unwrap();
        assert_eq!(read_all(&mut r), "three\n");
        // Truncated in place, then written again.
        std::fs::write(&cur, "4\n").unwrap();
        assert_eq!(read_all(&mut r), "4\n");
    }

    #[test]
    fn segments_are_oldest_first() {
        let dir = tempfile::tempdir().unwrap();
        let cur = dir.path().join("1.log");
        for p in ["1.log", "1.log.1", "1.log.2"] {
            std::fs::write(dir.path().join(p), "").unwrap();
        }
        let names: Vec<String> = segments(&cur).iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
        assert_eq!(names, ["1.log.2", "1.log.1", "1.log"]);
    }
}
