//! How much the server may hold: objects (attachments, mounts and
//! containers together) and open file descriptors. Objects hold
//! descriptors (a loop device, a container's pidfd and pipes), and a
//! server out of descriptors can no longer accept a connection, not even
//! the one that would remove objects again. A request is therefore refused
//! (409, before anything is made) when the objects it makes would take the
//! server past `max_objects`, or when fewer than [`SPARE_FDS`] descriptors
//! remain below `max_open_files`. The check runs where a request reserves
//! its ids; requests being built at that moment are not counted yet, so
//! concurrent ones can pass the limit by what they make.

use crate::error::{Error, Result};
use std::sync::OnceLock;

/// Descriptors kept free for connections and the steps of one request.
pub const SPARE_FDS: usize = 32;
/// Defaults of the server's flags.
pub const DEFAULT_MAX_OBJECTS: usize = 4096;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub max_objects: usize,
    pub max_open_files: usize,
}

static LIMITS: OnceLock<Limits> = OnceLock::new();

/// Set the limits once, at start (later calls are ignored).
pub fn configure(limits: Limits) {
    let _ = LIMITS.set(limits);
}

/// Without [`configure`]: the default object limit and the process's own
/// descriptor limit.
fn current() -> Limits {
    *LIMITS.get_or_init(|| Limits { max_objects: DEFAULT_MAX_OBJECTS, max_open_files: nofile_limit() })
}

/// The soft RLIMIT_NOFILE of the process.
pub fn nofile_limit() -> usize {
    let mut rl = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: getrlimit writes into the rlimit we own.
    if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut rl) } != 0 || rl.rlim_cur == libc::RLIM_INFINITY {
        return usize::MAX;
    }
    rl.rlim_cur as usize
}

/// How many descriptors the process holds now.
fn open_fds() -> usize {
    std::fs::read_dir("/proc/self/fd").map(|d| d.count()).unwrap_or(0)
}

/// May `new` more objects be made, when the server holds `objects`?
pub fn check(objects: usize, new: u64) -> Result<()> {
    judge(current(), objects, new, open_fds())
}

fn judge(limits: Limits, objects: usize, new: u64, fds: usize) -> Result<()> {
    if objects.saturating_add(new as usize) > limits.max_objects {
        return Err(Error::busy(format!(
            "the server holds {objects} objects and this request makes {new} more, past --max-objects ({}); remove some first",
            limits.max_objects
        )));
    }
    if fds + SPARE_FDS > limits.max_open_files {
        return Err(Error::busy(format!(
            "the server has {fds} file descriptors open, too close to its limit of {} (--max-open-files); remove some objects first",
            limits.max_open_files
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_refuse_with_a_sentence() {
        let limits = Limits { max_objects: 2, max_open_files: 100 };
        assert!(judge(limits, 1, 1, 10).is_ok());
        let e = judge(limits, 2, 1, 10).unwrap_err();
        assert_eq!(e.kind.status(), 409);
        assert!(e.message.contains("--max-objects"), "{}", e.message);
        assert!(judge(limits, 0, 3, 10).is_err(), "a request of three objects past a limit of two");
        let e = judge(limits, 1, 1, 70).unwrap_err();
        assert!(e.message.contains("--max-open-files") && e.message.contains("70"), "{}", e.message);
    }
}
