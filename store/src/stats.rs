//! What the serve listener has served, for `/metrics`: requests by status
//! and the bytes of their bodies. Counting is a relaxed atomic addition on
//! fixed statics; the server has one store and one serve listener.

use std::sync::atomic::{AtomicU64, Ordering::Relaxed};

/// The statuses counted one by one; any other falls in the last slot (0).
pub const STATUSES: [u16; 14] = [200, 206, 301, 304, 400, 401, 404, 405, 409, 416, 422, 431, 500, 0];

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
