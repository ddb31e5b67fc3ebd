//! The pieces of systemd's service protocol the server speaks, written out
//! because each is a few lines: readiness notification (Type=notify), the
//! watchdog (WatchdogSec=) and socket activation (a unix socket handed
//! over in LISTEN_FDS).

use std::os::fd::{FromRawFd, RawFd};
use std::os::unix::net::{UnixDatagram, UnixListener};
use std::time::Duration;

/// Tell systemd the listeners are open (no-op outside a notify service).
pub fn notify_ready() {
    notify(&format!("READY=1\nMAINPID={}\n", std::process::id()));
}

/// Send one message to systemd's notify socket, if there is one.
fn notify(msg: &str) {
    let Some(path) = std::env::var_os("NOTIFY_SOCKET") else { return };
    let Ok(sock) = UnixDatagram::unbound() else { return };
    let bytes = path.as_encoded_bytes();
    let sent = if let Some(name) = bytes.strip_prefix(b"@") {
        // An abstract socket: '@' stands for the leading NUL.
        use std::os::linux::net::SocketAddrExt;
        std::os::unix::net::SocketAddr::from_abstract_name(name).and_then(|a| sock.send_to_addr(msg.as_bytes(), &a))
    } else {
        sock.send_to(msg.as_bytes(), &path)
    };
    if let Err(e) = sent {
        log::warn!("notifying systemd ({}): {e}", msg.lines().next().unwrap_or_default());
    }
}

/// The watchdog interval systemd asks this process to keep (WatchdogSec=
/// of its unit), if any.
pub fn watchdog_interval() -> Option<Duration> {
    let usec: u64 = std::env::var("WATCHDOG_USEC").ok()?.parse().ok()?;
    if let Some(pid) = std::env::var("WATCHDOG_PID").ok().and_then(|p| p.parse::<u32>().ok()) {
        if pid != std::process::id() {
            return None;
        }
    }
    (usec > 0).then(|| Duration::from_micros(usec))
}

/// Tell systemd the server is alive, twice per `interval`, for as long as
/// `check` returns in time. `check` runs on the blocking pool and blocks
/// while the server is wedged (the object graph locked); one that has not
/// returned is waited for, not started again, so a wedged server stops
/// pinging, and systemd restarts it (the containers keep running).
pub async fn watchdog(interval: Duration, check: impl Fn() + Clone + Send + 'static) {
    let every = interval / 2;
    let mut tick = tokio::time::interval(every);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut pending: Option<tokio::task::JoinHandle<()>> = None;
    let mut wedged = false;
    loop {
        tick.tick().await;
        let mut handle = pending.take().unwrap_or_else(|| tokio::task::spawn_blocking(check.clone()));
        match tokio::time::timeout(every, &mut handle).await {
            Ok(_) => {
                if wedged {
                    log::warn!("watchdog: the server answers again");
                    wedged = false;
                }
                notify("WATCHDOG=1\n");
            }
            Err(_) => {
                if !wedged {
                    log::error!("watchdog: the object graph has been locked for {every:?}; systemd is not told the server is alive");
                    wedged = true;
                }
                pending = Some(handle);
            }
        }
    }
}


/// The unix socket systemd opened for us, if this process was socket
/// activated (LISTEN_PID is us and LISTEN_FDS names at least one socket).
pub fn activated_unix_listener() -> Option<UnixListener> {
    let pid: u32 = std::env::var("LISTEN_PID").ok()?.parse().ok()?;
    let fds: RawFd = std::env::var("LISTEN_FDS").ok()?.parse().ok()?;
    if pid != std::process::id() || fds < 1 {
        return None;
    }
    // The protocol passes descriptors from 3 on; we use the first one.
    const FIRST: RawFd = 3;
    let is_unix_stream = nix::sys::socket::getsockname::<nix::sys::socket::UnixAddr>(FIRST).is_ok()
        && nix::sys::socket::getsockopt(&unsafe { std::os::fd::BorrowedFd::borrow_raw(FIRST) }, nix::sys::socket::sockopt::SockType)
            .is_ok_and(|t| t == nix::sys::socket::SockType::Stream);
    if !is_unix_stream {
        log::warn!("LISTEN_FDS: descriptor 3 is not a unix stream socket; ignoring it");
        return None;
    }
    let _ = nix::fcntl::fcntl(FIRST, nix::fcntl::FcntlArg::F_SETFD(nix::fcntl::FdFlag::FD_CLOEXEC));
    // SAFETY: systemd handed descriptor 3 to this process for it to own; it
    // was checked above to be a unix stream socket.
    Some(unsafe { UnixListener::from_raw_fd(FIRST) })
}
