//! The server as a systemd service sees it: readiness (`READY=1` with its
//! pid, once the listeners are open) and the watchdog (`WATCHDOG=1` twice
//! per `WATCHDOG_USEC` while the server answers; none when the watchdog is
//! meant for another process), on a notify socket the test owns.

mod common;

use common::*;
use std::os::unix::net::UnixDatagram;
use std::path::Path;
use std::time::{Duration, Instant};

/// The notify socket of a test: messages as strings, `None` after `wait`.
struct NotifySocket {
    sock: UnixDatagram,
}

impl NotifySocket {
    fn bind(path: &Path) -> NotifySocket {
        NotifySocket { sock: UnixDatagram::bind(path).unwrap_or_else(|e| panic!("binding {}: {e}", path.display())) }
    }

    fn next(&self, wait: Duration) -> Option<String> {
        self.sock.set_read_timeout(Some(wait)).unwrap();
        let mut buf = [0u8; 4096];
        match self.sock.recv(&mut buf) {
            Ok(n) => Some(String::from_utf8_lossy(&buf[..n]).into_owned()),
            Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => None,
            Err(e) => panic!("reading the notify socket: {e}"),
        }
    }
}

fn notify_dir() -> tempfile::TempDir {
    tempfile::Builder::new().prefix("imageapi-notify.").tempdir().unwrap()
}

#[test]
fn the_server_says_it_is_ready_and_keeps_the_watchdog_fed() {
    let dir = notify_dir();
    let path = dir.path().join("notify");
    let notify = NotifySocket::bind(&path);
    let s = Server::start_with_env(&[("NOTIFY_SOCKET", &path), ("WATCHDOG_USEC", Path::new("400000"))]);
    let ready = notify.next(Duration::from_secs(10)).expect("no message from the server");
    assert!(ready.lines().any(|l| l == "READY=1"), "first message {ready:?}");
    assert!(ready.lines().any(|l| l == format!("MAINPID={}", s.pid().unwrap())), "{ready:?}");
    // Twice per interval: at least 5 pings in about 1 s (a loaded machine may be late; the count is what matters).
    let start = Instant::now();
    let mut pings = 0;
    while pings < 5 {
        let m = notify.next(Duration::from_secs(10)).unwrap_or_else(|| panic!("only {pings} watchdog pings in {:?}", start.elapsed()));
        assert_eq!(m, "WATCHDOG=1\n", "unexpected message");
        pings += 1;
    }
    // The pings go on while requests are served.
    assert_eq!(s.get("/mount").0, 200);
    assert_eq!(notify.next(Duration::from_secs(10)).as_deref(), Some("WATCHDOG=1\n"));
    assert_clean(&s);
}

#[test]
fn a_watchdog_meant_for_another_process_is_left_alone() {
    let dir = notify_dir();
    let path = dir.path().join("notify");
    let notify = NotifySocket::bind(&path);
    // WATCHDOG_PID names pid 1: this server is not the one to ping.
    let s = Server::start_with_env(&[("NOTIFY_SOCKET", &path), ("WATCHDOG_USEC", Path::new("200000")), ("WATCHDOG_PID", Path::new("1"))]);
    let ready = notify.next(Duration::from_secs(10)).expect("no message from the server");
    assert!(ready.contains("READY=1"), "{ready:?}");
    assert_eq!(notify.next(Duration::from_millis(1200)), None, "the server pinged a watchdog that is not its own");
    assert_clean(&s);
}
