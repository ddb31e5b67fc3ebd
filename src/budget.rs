//! How many connections each listener serves at once. Every connection
//! holds a descriptor, and a process out of descriptors can accept none:
//! a flood of idle connections on one listener (the serve listener is
//! open to the cluster) would otherwise leave the unix socket, the way
//! root on the node reaches the API, unable to take the one request that
//! could help. So the descriptors are shared out before anything is
//! accepted:
//!
//! 1. Half of `--max-open-files` (default: RLIMIT_NOFILE) is for
//!    connections; the other half for the server's own files, the objects
//!    it holds (a loop device, a container's pidfd) and the files
//!    connections send or receive.
//! 2. Each listener (unix socket, http, https, serve) gets an equal share
//!    of those. A connection of the serve listener counts twice: it
//!    usually has an image file open as well.
//! 3. A listener at its share accepts no more: further clients wait in the
//!    kernel's backlog until a connection closes, and the server logs that
//!    the listener is full. Its share is its own, so no other listener's
//!    clients can take the unix socket's room.
//!
//! `--listen-limit`, `--tls-listen-limit` and `--serve-listen-limit` set a
//! listener's share instead.

use crate::flags::{Flags, Scheme};

/// The largest share given by default (past it, descriptors are not the
/// scarce thing).
const MOST: usize = 1 << 20;

/// Connections each listener serves at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Budget {
    /// For the API's listeners, by scheme.
    pub api: Vec<(Scheme, usize)>,
    /// For the serve listener, if there is one.
    pub serve: Option<usize>,
}

/// The shares of `max_open_files` for the listeners `flags` asks for.
pub fn split(flags: &Flags, max_open_files: usize) -> Budget {
    let schemes = flags.schemes();
    let listeners = schemes.len() + usize::from(flags.serve_port.is_some());
    let share = (max_open_files / 2 / listeners.max(1)).clamp(1, MOST);
    let given = |n: usize| (n > 0).then_some(n);
    let api = schemes
        .iter()
        .map(|s| {
            let flag = match s {
                Scheme::Https => flags.tls_listen_limit.and_then(given).or(given(flags.listen_limit)),
                _ => given(flags.listen_limit),
            };
            (*s, flag.unwrap_or(share))
        })
        .collect();
    let serve = flags.serve_port.map(|_| given(flags.serve_listen_limit).unwrap_or((share / 2).max(1)));
    Budget { api, serve }
}

/// Logs, at most once a minute per listener, that a listener is full.
pub struct FullWarning {
    last: Option<std::time::Instant>,
}

impl FullWarning {
    pub fn new() -> FullWarning {
        FullWarning { last: None }
    }

    /// Call when the listener has no free slot.
    pub fn full(&mut self, name: &str, limit: usize, flag: &str) {
        let now = std::time::Instant::now();
        if self.last.is_none_or(|t| now.duration_since(t) >= std::time::Duration::from_secs(60)) {
            self.last = Some(now);
            log::warn!("{name}: {limit} connections open, as many as it serves at once ({flag}); more wait in the backlog until one closes");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[test]
    fn descriptors_are_shared_out_between_the_listeners() {
        let f = Flags::parse_from(["x", "--scheme", "unix", "--scheme", "http", "--serve-port", "1"]);
        assert_eq!(split(&f, 1024), Budget { api: vec![(Scheme::Unix, 170), (Scheme::Http, 170)], serve: Some(85) });
        let f = Flags::parse_from(["x"]);
        assert_eq!(split(&f, 1024), Budget { api: vec![(Scheme::Unix, 512)], serve: None });
        let f = Flags::parse_from(["x", "--scheme", "unix", "--scheme", "https", "--listen-limit", "7", "--tls-listen-limit", "9", "--serve-port", "1", "--serve-listen-limit", "3"]);
        assert_eq!(split(&f, 1024), Budget { api: vec![(Scheme::Unix, 7), (Scheme::Https, 9)], serve: Some(3) });
        let f = Flags::parse_from(["x", "--scheme", "unix", "--scheme", "http", "--serve-port", "1"]);
        assert_eq!(split(&f, 4), Budget { api: vec![(Scheme::Unix, 1), (Scheme::Http, 1)], serve: Some(1) });
        assert_eq!(split(&f, usize::MAX).api[0].1, MOST);
    }
}
