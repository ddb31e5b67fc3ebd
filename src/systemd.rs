//! The two pieces of systemd's service protocol the server speaks, written
//! out because each is a few lines: readiness notification (Type=notify)
//! and socket activation (a unix socket handed over in LISTEN_FDS).

use std::os::fd::{FromRawFd, RawFd};
use std::os::unix::net::{UnixDatagram, UnixListener};

/// Tell systemd the listeners are open (no-op outside a notify service).
pub fn notify_ready() {
    let Some(path) = std::env::var_os("NOTIFY_SOCKET") else { return };
    let Ok(sock) = UnixDatagram::unbound() else { return };
    let msg = format!("READY=1\nMAINPID={}\n", std::process::id());
    let bytes = path.as_encoded_bytes();
    let sent = if let Some(name) = bytes.strip_prefix(b"@") {
        // An abstract socket: '@' stands for the leading NUL.
        use std::os::linux::net::SocketAddrExt;
        std::os::unix::net::SocketAddr::from_abstract_name(name).and_then(|a| sock.send_to_addr(msg.as_bytes(), &a))
    } else {
        sock.send_to(msg.as_bytes(), &path)
    };
    if let Err(e) = sent {
        log::warn!("notifying systemd of readiness: {e}");
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
