//! The log file of a container: the shim's steps and the console, one
//! timestamped line each, capped and rotated.
//!
//! The rule: the log is `logs/<id>-<unix time>.log` under the run
//! directory; when a write would take it past [`LOG_MAX`], it is renamed to
//! `<name>.1` (replacing the one before) and a new file is started. A
//! container's logs thus never take more than twice [`LOG_MAX`] on the
//! node, and the newest output is always in the file the API names. Both
//! go when the container is deleted ([`remove`]).

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The most one log file holds.
pub const LOG_MAX: u64 = 8 << 20;

/// The rotated predecessor of log `path`.
pub fn rotated(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".1");
    PathBuf::from(name)
}

/// Remove log `path` and its rotated predecessor; missing files are fine.
pub fn remove(path: &Path) {
    for p in [path.to_path_buf(), rotated(path)] {
        match std::fs::remove_file(&p) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => log::warn!("removing the container log {}: {e}", p.display()),
            _ => {}
        }
    }
}

/// An open container log, appended to by the shim.
pub struct Log {
    file: File,
    path: PathBuf,
    size: u64,
    /// The writer's pid, in the step lines.
    pub pid: i32,
}

impl Log {
    pub fn open(path: &Path, pid: i32) -> io::Result<Log> {
        let file = OpenOptions::new().create(true).append(true).open(path)?;
        let size = file.metadata()?.len();
        Ok(Log { file, path: path.to_path_buf(), size, pid })
    }

    /// A line of the runtime's own.
    pub fn step(&mut self, msg: &str) {
        let line = format!("{} imageapi-shim[{}]: {msg}\n", super::shim::timestamp(), self.pid);
        self.write(line.as_bytes());
    }

    /// A line the container printed on its console.
    pub fn console(&mut self, line: &[u8]) {
        let mut out = Vec::with_capacity(line.len() + 32);
        out.extend_from_slice(super::shim::timestamp().as_bytes());
        out.push(b' ');
        out.extend_from_slice(line);
        out.push(b'\n');
        self.write(&out);
    }

    fn write(&mut self, data: &[u8]) {
        if self.size > 0 && self.size + data.len() as u64 > LOG_MAX {
            self.rotate();
        }
        if self.file.write_all(data).is_ok() {
            self.size += data.len() as u64;
        }
    }

    /// Start a new file; on failure keep writing to the old one.
    fn rotate(&mut self) {
        if std::fs::rename(&self.path, rotated(&self.path)).is_err() {
            return;
        }
        if let Ok(f) = OpenOptions::new().create(true).write(true).truncate(true).open(&self.path) {
            self.file = f;
            self.size = 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rotates_past_the_cap_and_removes_both() {
        let dir = std::env::temp_dir().join(format!("container-log-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("1-0.log");
        let mut log = Log::open(&path, 1).unwrap();
        let line = vec![b'x'; 1 << 20];
        for _ in 0..20 {
            log.console(&line);
        }
        let (now, old) = (std::fs::metadata(&path).unwrap().len(), std::fs::metadata(rotated(&path)).unwrap().len());
        assert!(now <= LOG_MAX && old <= LOG_MAX && now > 0, "{now} {old}");
        remove(&path);
        assert!(!path.exists() && !rotated(&path).exists());
        std::fs::remove_dir(&dir).unwrap();
    }
}
