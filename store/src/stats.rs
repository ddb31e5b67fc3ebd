//! What the serve listener has served, for `/metrics`: requests by status
//! and the bytes of their bodies, and the password checks of its IMGAPI
//! writes. Counting is a relaxed atomic addition on fixed statics; the
//! server has one store and one serve listener.

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

/// The statuses counted one by one; any other falls in the last slot (0).
pub const STATUSES: [u16; 16] = [200, 206, 301, 304, 400, 401, 403, 404, 405, 409, 416, 422, 431, 500, 503, 0];

static REQUESTS: [AtomicU64; STATUSES.len()] = [const { AtomicU64::new(0) }; STATUSES.len()];
static BYTES: AtomicU64 = AtomicU64::new(0);

/// One answered request.
pub fn request(status: u16) {
    let slot = STATUSES.iter().position(|s| *s == status).unwrap_or(STATUSES.len() - 1);
    REQUESTS[slot].fetch_add(1, Relaxed);
}

/// Bytes of response bodies sent (a file's, a listing's).
pub fn bytes(n: u64) {
    BYTES.fetch_add(n, Relaxed);
}

/// Outcomes of password checks (see [`crate::users`]).
pub const CHECK_OUTCOMES: [&str; 4] = ["ok", "refused", "too-long", "busy"];
static CHECKS: [AtomicU64; CHECK_OUTCOMES.len()] = [const { AtomicU64::new(0) }; CHECK_OUTCOMES.len()];
static CHECKS_RUNNING: AtomicU64 = AtomicU64::new(0);
static CHECKS_RUNNING_MAX: AtomicU64 = AtomicU64::new(0);

/// One password check ended with `outcome` (one of [`CHECK_OUTCOMES`]).
pub fn password_check(outcome: &str) {
    if let Some(i) = CHECK_OUTCOMES.iter().position(|o| *o == outcome) {
        CHECKS[i].fetch_add(1, Relaxed);
    }
}

/// A bcrypt verification running, until the value is dropped.
pub struct Running(());

/// A bcrypt verification starts: counted as running, and in the most
/// that ever ran at once.
pub fn password_check_started() -> Running {
    let now = CHECKS_RUNNING.fetch_add(1, Relaxed) + 1;
    CHECKS_RUNNING_MAX.fetch_max(now, Relaxed);
    Running(())
}

impl Drop for Running {
    fn drop(&mut self) {
        CHECKS_RUNNING.fetch_sub(1, Relaxed);
    }
}

/// Password checks by outcome, and the most bcrypt verifications that
/// ran at once so far.
pub fn password_checks() -> (Vec<(&'static str, u64)>, u64) {
    (CHECK_OUTCOMES.iter().zip(&CHECKS).map(|(o, n)| (*o, n.load(Relaxed))).collect(), CHECKS_RUNNING_MAX.load(Relaxed))
}

/// The counters now: body bytes, and (status, requests) for each status
/// slot (status 0: any other).
pub fn snapshot() -> (u64, Vec<(u16, u64)>) {
    (BYTES.load(Relaxed), STATUSES.iter().zip(&REQUESTS).map(|(s, n)| (*s, n.load(Relaxed))).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_fall_in_their_slots() {
        let before = snapshot();
        request(206);
        request(299);
        bytes(10);
        let after = snapshot();
        assert!(after.0 >= before.0 + 10);
        let count = |snap: &(u64, Vec<(u16, u64)>), s: u16| snap.1.iter().find(|(x, _)| *x == s).unwrap().1;
        assert!(count(&after, 206) > count(&before, 206));
        assert!(count(&after, 0) > count(&before, 0));
    }
}
