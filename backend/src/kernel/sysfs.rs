//! sysfs attributes and device nodes, under roots a test can move.
//!
//! The network block drivers (rbd, iscsi) talk to the kernel by writing
//! and reading sysfs attributes and then open `/dev/<name>`. Both roots are
//! taken from the environment on every call, so an integration test can
//! point a real server at a fake tree laid out like the kernel's:
//!
//! - `IMAGEAPI_SYSFS_ROOT` (default `/sys`)
//! - `IMAGEAPI_DEV_ROOT` (default `/dev`)

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The root of sysfs (`/sys`, or `$IMAGEAPI_SYSFS_ROOT`).
pub fn root() -> PathBuf {
    env_path("IMAGEAPI_SYSFS_ROOT", "/sys")
}

/// The directory of device nodes (`/dev`, or `$IMAGEAPI_DEV_ROOT`).
pub fn dev_root() -> PathBuf {
    env_path("IMAGEAPI_DEV_ROOT", "/dev")
}

fn env_path(var: &str, default: &str) -> PathBuf {
    match std::env::var_os(var) {
        Some(v) if !v.is_empty() => PathBuf::from(v),
        _ => PathBuf::from(default),
    }
}

/// The value of an attribute without its trailing newline; `None` if it
/// cannot be read (gone, or not provided by this kernel).
pub fn read_attr(path: &Path) -> Option<String> {
    std::fs::read_to_string(path).ok().map(|s| s.trim_end_matches('\n').to_string())
}

/// Write one value to an attribute in a single write(2), as sysfs wants
/// (a store method sees exactly one buffer). The attribute must exist:
/// sysfs never creates files, so neither do we.
pub fn write_attr(path: &Path, value: &str) -> std::io::Result<()> {
    let mut f = std::fs::OpenOptions::new().write(true).truncate(true).open(path)?;
    f.write_all(value.as_bytes())
}

/// Poll `probe` until it returns `Some`, for at most `timeout`. The kernel
/// makes most sysfs entries before the write that asked for them returns;
/// device nodes and SCSI scans may follow a little later.
pub fn wait_for<T>(timeout: Duration, mut probe: impl FnMut() -> Option<T>) -> Option<T> {
    let start = Instant::now();
    let mut pause = Duration::from_millis(5);
    loop {
        if let Some(v) = probe() {
            return Some(v);
        }
        if start.elapsed() >= timeout {
            return None;
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(200));
    }
}
