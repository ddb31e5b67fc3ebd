//! The container's first process between clone and exec: it waits for the
//! shim to place it (cgroups, uid maps), enters its cgroup namespace, takes
//! the console, builds its filesystem view ([`super::rootfs`]), then drops
//! what a container must not keep (capabilities, signal state, fds, the
//! environment) and execs the init.
//!
//! It runs on the shim's single thread's copy (clone without CLONE_VM), so
//! allocating is fine; it must never return into the shim's code, and any
//! failure goes back to the shim as one line of text on `err`.

use super::cgroup::Layout;
use super::runtime::{ContainerConfig, Namespace, CONTAINER_PATH};
use nix::sched::{unshare, CloneFlags};
use nix::unistd::{dup2, execve, read, sethostname, setsid, write};
use std::convert::Infallible;
use std::ffi::CString;
use std::os::fd::{BorrowedFd, RawFd};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

/// Capabilities the container keeps: systemd-nspawn's default bounding set
/// (0xfdecafff: no module loading, raw I/O, clock setting, MAC, syslog,
/// BPF, ...). CAP_NET_ADMIN is added for a network namespace of its own.
pub const KEEP_CAPS: u64 = 0xfdec_afff;
const CAP_NET_ADMIN: u32 = 12;

/// What the child needs from the shim.
pub(super) struct Child<'a> {
    pub cfg: &'a ContainerConfig,
    pub layout: &'a Layout,
    /// The pty slave (becomes fds 0-2 and /dev/console).
    pub console: RawFd,
    /// Its host path, e.g. /dev/pts/3.
    pub console_path: PathBuf,
    /// Read end: one byte once the shim has set the child up; EOF = abort.
    pub sync: RawFd,
    /// Write end (close-on-exec): text here means the start failed.
    pub err: RawFd,
    /// container_uuid for systemd (its machine id when the image has none).
    pub uuid: String,
    /// With a user namespace: the idmapped copy of the rootfs to pivot into.
    pub root_tree: Option<RawFd>,
}

/// The clone callback: exec the init or report why not and exit 127.
pub(super) fn child_main(c: &Child) -> isize {
    let res = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(c)));
    let msg = match res {
        Ok(Ok(never)) => match never {},
        Ok(Err(msg)) => msg,
        Err(_) => "the container setup panicked".to_string(),
    };
    // SAFETY: err is the pipe's write end, open in this process until exit.
    let fd = unsafe { BorrowedFd::borrow_raw(c.err) };
    let _ = write(fd, msg.as_bytes());
    127
}

fn run(c: &Child) -> Result<Infallible, String> {
    let cfg = c.cfg;
    // 1. Wait until the shim has put us in the payload cgroups (and written
    //    the uid/gid maps): the cgroup namespace below is rooted there.
    let mut b = [0u8; 1];
    match read(c.sync, &mut b) {
        Ok(1) => {}
        _ => return Err("the shim went away during setup".into()),
    }
    // 2. A cgroup namespace (always): /proc/self/cgroup and any cgroup
    //    mount made from here on show the payload as root, below the
    //    container's cgroup that holds the device allow-list.
    if cfg.unshares(Namespace::Cgroup) {
        unshare(CloneFlags::CLONE_NEWCGROUP).map_err(|e| format!("unshare(CLONE_NEWCGROUP): {}", e.desc()))?;
    }
    // 3. A session of our own with the pty as controlling terminal and as stdio.
    setsid().map_err(|e| format!("setsid: {}", e.desc()))?;
    // SAFETY: TIOCSCTTY on an open tty fd with arg 0; no memory is passed.
    if unsafe { libc::ioctl(c.console, libc::TIOCSCTTY, 0) } < 0 {
        return Err(format!("TIOCSCTTY: {}", std::io::Error::last_os_error()));
    }
    for fd in 0..3 {
        dup2(c.console, fd).map_err(|e| format!("dup2 console: {}", e.desc()))?;
    }
    // 4. The hostname, in the container's own uts namespace only.
    if cfg.unshares(Namespace::Uts) {
        sethostname(cfg.hostname()).map_err(|e| format!("sethostname {}: {}", cfg.hostname(), e.desc()))?;
    }
    // 5. Mode bits below are meant as written.
    nix::sys::stat::umask(nix::sys::stat::Mode::empty());
    // 6. The container's filesystem view, ending in pivot_root.
    super::rootfs::setup(cfg, c.layout, &c.console_path, c.root_tree)?;
    nix::sys::stat::umask(nix::sys::stat::Mode::from_bits_truncate(0o022));
    // 6b. With a user namespace: lock every mount just made (read-only stays read-only).
    if cfg.unshares(Namespace::User) {
        super::userns::lock_mounts(false, cfg.unshares(Namespace::Net))?;
    }

    // 7. What to exec, looked up in the new root.
    let argv0 = cfg.argv.first().ok_or("the container has no argv")?;
    let path = resolve(argv0)?;
    let argv: Vec<CString> = cfg.argv.iter().map(|a| cstr(a)).collect::<Result<_, _>>()?;
    let env: Vec<CString> = environment(c).iter().map(|a| cstr(a)).collect::<Result<_, _>>()?;

    // 8. Capabilities: keep only the container's bounding set.
    let keep = KEEP_CAPS | if cfg.unshares(Namespace::Net) { 1 << CAP_NET_ADMIN } else { 0 };
    drop_capabilities(keep)?;
    // 9. Default signal handling and an empty mask: the shim (a Rust
    //    program) ignores SIGPIPE, and ignored signals survive exec.
    reset_signals();
    // 10. No fd but 0-2 survives exec (err closes on exec: success is EOF).
    cloexec_from_3()?;

    // 11. The system call filter, last: the steps above need calls it refuses.
    if !cfg.unconfined {
        super::seccomp::install().map_err(|e| e.to_string())?;
    }

    // 12. exec.
    let path_c = cstr(&path.to_string_lossy())?;
    let e = execve(&path_c, &argv, &env).unwrap_err();
    Err(format!("exec {argv0}: {}", e.desc()))
}

/// The environment of the init: nothing of the server's.
fn environment(c: &Child) -> Vec<String> {
    let mut env = vec!["container=imageapi".to_string(), format!("PATH={CONTAINER_PATH}"), "TERM=linux".to_string()];
    if c.cfg.systemd {
        env.push(format!("container_uuid={}", c.uuid));
    }
    env
}

/// argv[0] as a path: as given when it holds a '/', else the first
/// executable file of that name in the container's PATH.
fn resolve(argv0: &str) -> Result<PathBuf, String> {
    if argv0.contains('/') {
        return Ok(PathBuf::from(argv0));
    }
    CONTAINER_PATH
        .split(':')
        .map(|d| Path::new(d).join(argv0))
        .find(|p| p.metadata().map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0).unwrap_or(false))
        .ok_or_else(|| format!("exec {argv0}: not found in PATH ({CONTAINER_PATH})"))
}

fn cstr(s: &str) -> Result<CString, String> {
    CString::new(s.as_bytes()).map_err(|_| format!("{s:?} contains a NUL byte"))
}

#[repr(C)]
struct CapHeader {
    version: u32,
    pid: i32,
}

#[repr(C)]
#[derive(Clone, Copy, Default)]
struct CapData {
    effective: u32,
    permitted: u32,
    inheritable: u32,
}

const LINUX_CAPABILITY_VERSION_3: u32 = 0x2008_0522;

/// Drop every capability not in `keep` from the bounding set (what exec can
/// grant) and from the inheritable set (which exec would add back), and
/// clear the ambient set.
fn drop_capabilities(keep: u64) -> Result<(), String> {
    for cap in 0..64u32 {
        // SAFETY: prctl with integer arguments only.
        if unsafe { libc::prctl(libc::PR_CAPBSET_READ, cap as libc::c_ulong, 0, 0, 0) } < 0 {
            break; // past the kernel's last capability
        }
        if keep & (1u64 << cap) == 0 {
            // SAFETY: prctl with integer arguments only.
            if unsafe { libc::prctl(libc::PR_CAPBSET_DROP, cap as libc::c_ulong, 0, 0, 0) } < 0 {
                return Err(format!("dropping capability {cap}: {}", std::io::Error::last_os_error()));
            }
        }
    }
    // SAFETY: prctl with integer arguments only.
    unsafe { libc::prctl(libc::PR_CAP_AMBIENT, libc::PR_CAP_AMBIENT_CLEAR_ALL as libc::c_ulong, 0, 0, 0) };
    let mut hdr = CapHeader { version: LINUX_CAPABILITY_VERSION_3, pid: 0 };
    let mut data = [CapData::default(); 2];
    // SAFETY: capget fills two CapData for a v3 header; both live across the call.
    if unsafe { libc::syscall(libc::SYS_capget, &mut hdr as *mut CapHeader, data.as_mut_ptr()) } < 0 {
        return Err(format!("capget: {}", std::io::Error::last_os_error()));
    }
    data[0].inheritable &= keep as u32;
    data[1].inheritable &= (keep >> 32) as u32;
    // SAFETY: capset reads the header and two CapData, all valid for the call.
    if unsafe { libc::syscall(libc::SYS_capset, &mut hdr as *mut CapHeader, data.as_ptr()) } < 0 {
        return Err(format!("capset: {}", std::io::Error::last_os_error()));
    }
    Ok(())
}

fn reset_signals() {
    for sig in 1..=libc::SIGRTMAX() {
        if sig == libc::SIGKILL || sig == libc::SIGSTOP {
            continue;
        }
        // SAFETY: SIG_DFL needs no handler; errors (glibc-reserved signals) are harmless.
        unsafe { libc::signal(sig, libc::SIG_DFL) };
    }
    // SAFETY: an empty set, initialised by sigemptyset before use.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigprocmask(libc::SIG_SETMASK, &set, std::ptr::null_mut());
    }
}

/// Flag every descriptor from 3 up close-on-exec: close_range(2) where the
/// kernel has its CLOEXEC flag (5.11), else one by one from /proc/self/fd
/// (the container's own proc, mounted by then).
fn cloexec_from_3() -> Result<(), String> {
    // SAFETY: close_range only flags fds of this process close-on-exec.
    if unsafe { libc::close_range(3, u32::MAX, libc::CLOSE_RANGE_CLOEXEC as i32) } == 0 {
        return Ok(());
    }
    let fds: Vec<i32> = std::fs::read_dir("/proc/self/fd")
        .map_err(|e| format!("listing /proc/self/fd to close our descriptors on exec: {e}"))?
        .flatten()
        .filter_map(|e| e.file_name().to_str().and_then(|n| n.parse().ok()))
        .filter(|fd| *fd >= 3)
        .collect();
    for fd in fds {
        // SAFETY: sets a flag of a descriptor of this process; one that
        // closed meanwhile (the listing's own) answers EBADF, which is fine.
        unsafe { libc::fcntl(fd, libc::F_SETFD, libc::FD_CLOEXEC) };
    }
    Ok(())
}
