//! A process the runtime follows (an init, a shim): by pidfd where the
//! kernel has one (Linux 5.3), else by its pid and start time, which tell
//! it from a later process that got the same pid.

use std::fs;
use std::io;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, FromRawFd, OwnedFd};
use std::time::{Duration, Instant};

/// How often a process without a pidfd is looked at while waiting for it.
const POLL_EVERY: Duration = Duration::from_millis(10);

/// A process known to be the one that started at `start_time`.
#[derive(Debug)]
pub struct Process {
    pid: i32,
    start_time: u64,
    /// Pins the process: signals reach it and no other, and it becomes
    /// readable when the process exits.
    fd: Option<OwnedFd>,
}

impl Process {
    /// `pid`, only if it is still the process that started at `start_time`.
    pub fn open(pid: i32, start_time: u64) -> Result<Process, String> {
        let gone = || format!("process {pid} (started at {start_time}) is gone");
        let fd = match pidfd_open(pid) {
            Ok(fd) => Some(fd),
            Err(e) if e.raw_os_error() == Some(libc::ENOSYS) => None,
            Err(_) => return Err(gone()),
        };
        // With a pidfd the check after opening proves identity; without
        // one it is checked again before every signal.
        if proc_start_time(pid) != Some(start_time) {
            return Err(gone());
        }
        Ok(Process { pid, start_time, fd })
    }

    /// Send `sig`; ESRCH once the process is gone.
    pub fn signal(&self, sig: i32) -> io::Result<()> {
        let r = match &self.fd {
            // SAFETY: a pidfd we hold, a signal number, no siginfo (NULL), no flags.
            Some(fd) => unsafe { libc::syscall(libc::SYS_pidfd_send_signal, fd.as_raw_fd(), sig, std::ptr::null::<libc::siginfo_t>(), 0) },
            None if !is_alive(self.pid, self.start_time) => return Err(io::Error::from_raw_os_error(libc::ESRCH)),
            // SAFETY: kill takes two integers. The pid was this process an
            // instant ago (the window a pidfd would close).
            None => (unsafe { libc::kill(self.pid, sig) }) as libc::c_long,
        };
        if r < 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }

    /// Wait until the process has exited, or `deadline` passed: whether it is gone.
    pub fn wait_gone(&self, deadline: Option<Instant>) -> bool {
        use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
        let Some(fd) = &self.fd else {
            loop {
                if !is_alive(self.pid, self.start_time) {
                    return true;
                }
                if deadline.is_some_and(|d| Instant::now() >= d) {
                    return false;
                }
                std::thread::sleep(POLL_EVERY);
            }
        };
        // A pidfd becomes readable when the process exits, child or not.
        loop {
            let t = match deadline {
                None => PollTimeout::NONE,
                Some(d) => PollTimeout::try_from(d.saturating_duration_since(Instant::now())).unwrap_or(PollTimeout::MAX),
            };
            let mut fds = [PollFd::new(fd.as_fd(), PollFlags::POLLIN)];
            match poll(&mut fds, t) {
                Ok(0) => return false,
                Err(nix::errno::Errno::EINTR) => continue,
                _ => return true,
            }
        }
    }

    /// The pidfd, where there is one (to poll beside other descriptors).
    pub fn fd(&self) -> Option<BorrowedFd<'_>> {
        self.fd.as_ref().map(|f| f.as_fd())
    }
}

/// A pidfd of `pid` (ENOSYS before Linux 5.3).
pub fn pidfd_open(pid: i32) -> io::Result<OwnedFd> {
    // SAFETY: pidfd_open takes two integers and returns a new fd or -1.
    let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: the kernel just returned this fd to us; nothing else owns it.
    Ok(unsafe { OwnedFd::from_raw_fd(fd as i32) })
}

/// Whether `pid` is still the process that started at `start_time` and
/// has not exited (a zombie counts as gone).
pub fn is_alive(pid: i32, start_time: u64) -> bool {
    matches!(proc_stat(pid), Some((state, start)) if start == start_time && state != 'Z' && state != 'X')
}

/// Field 22 of /proc/<pid>/stat (start time in clock ticks since boot).
pub fn proc_start_time(pid: i32) -> Option<u64> {
    proc_stat(pid).map(|(_, s)| s)
}

/// (state, start time) of `pid`.
fn proc_stat(pid: i32) -> Option<(char, u64)> {
    if pid <= 0 {
        return None;
    }
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // comm (field 2) may hold spaces and parentheses: fields resume after the last ')'.
    let rest = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let state = fields.first()?.chars().next()?;
    let start = fields.get(19)?.parse().ok()?; // field 22 = 3 + 19
    Some((state, start))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_start_time() {
        let me = std::process::id() as i32;
        let st = proc_start_time(me).unwrap();
        assert!(is_alive(me, st));
        assert!(!is_alive(me, st + 1));
        assert!(Process::open(me, st + 1).is_err());
    }

    #[test]
    fn a_child_is_signalled_and_waited_for_with_or_without_a_pidfd() {
        for with_pidfd in [true, false] {
            let mut child = std::process::Command::new("sleep").arg("30").spawn().unwrap();
            let pid = child.id() as i32;
            let st = proc_start_time(pid).unwrap();
            let mut p = Process::open(pid, st).unwrap();
            if !with_pidfd {
                p.fd = None;
            }
            assert!(!p.wait_gone(Some(Instant::now() + Duration::from_millis(50))), "sleep ended by itself");
            p.signal(libc::SIGKILL).unwrap();
            // Reaped here, as its parent: then it is gone for both ways.
            child.wait().unwrap();
            assert!(p.wait_gone(Some(Instant::now() + Duration::from_secs(5))));
            if !with_pidfd {
                assert_eq!(p.signal(libc::SIGTERM).unwrap_err().raw_os_error(), Some(libc::ESRCH));
            }
        }
    }
}
