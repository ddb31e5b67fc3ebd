//! Memory handed back after a burst of requests: glibc keeps the pages a
//! burst's connection buffers and answers used in its free lists, so a
//! quarter of a second after the last open connection closed, if none is
//! open by then, the allocator is asked to return its free pages to the
//! kernel (on the blocking pool: the async workers never wait for it). At
//! most one such trim is pending at a time, so a client that opens a
//! connection per request causes four trims a second at most.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering::SeqCst};
use std::time::Duration;

/// How long the server must have had no connection before the trim.
const QUIET: Duration = Duration::from_millis(250);

static OPEN: AtomicUsize = AtomicUsize::new(0);
static PENDING: AtomicBool = AtomicBool::new(false);

/// Held by a connection while it is served.
pub struct Open(());

impl Open {
    pub fn new() -> Open {
        OPEN.fetch_add(1, SeqCst);
        Open(())
    }
}

impl Drop for Open {
    fn drop(&mut self) {
        if OPEN.fetch_sub(1, SeqCst) != 1 || PENDING.swap(true, SeqCst) {
            return;
        }
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            PENDING.store(false, SeqCst);
            return;
        };
        runtime.spawn(async {
            tokio::time::sleep(QUIET).await;
            PENDING.store(false, SeqCst);
            if OPEN.load(SeqCst) == 0 {
                // SAFETY: malloc_trim only gives free memory of the allocator back.
                let _ = tokio::task::spawn_blocking(|| unsafe { libc::malloc_trim(0) }).await;
            }
        });
    }
}
