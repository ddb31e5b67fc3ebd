//! The shim: the process the server execs (`<server> container-shim
//! <state_dir>/config.json`) to run one container. It detaches from the
//! server (fork + setsid, its own cgroup), clones the init into the
//! requested namespaces, reports "started" or the reason it failed on its
//! stdout, relays the console pty to the log file, waits for the init,
//! records its exit in `state_dir/exit.json` (written into room the server
//! allocated at the start, so a full run directory never loses it),
//! removes the cgroups and exits.
//!
//! It outlives a dying server once it has reported: everything needed to
//! find the container again is in `state_dir` (config.json, and state.json
//! and exit.json). Before that, a server that dies takes the start along:
//! the first process dies with it (parent-death signal), the shim finds no
//! one to report to and undoes what it made, and a restarted server kills
//! every process still running with the shim's command line
//! ([`super::runtime::shims_of`]) before it removes the container's cgroups.
//! It is single-threaded, so forking and cloning here are safe.

use super::cgroup::{Cgroups, Layout, PAYLOAD, SUPERVISOR};
use super::init::{child_main, Child};
use super::log::Log;
use super::userns;
use super::runtime::{
    proc_start_time, read_config, write_exit_record, ContainerConfig, Exit, ExitRecord, Namespace, Report, Started,
    EXIT_FILE, PARENT_ENV,
};
use nix::fcntl::{fcntl, FcntlArg, FdFlag, OFlag};
use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
use nix::pty::{openpty, Winsize};
use nix::sched::{unshare, CloneFlags};
use nix::sys::signal::Signal;
use nix::sys::wait::{waitpid, WaitPidFlag, WaitStatus};
use nix::unistd::{getpid, setsid, Pid};
use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::path::Path;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// How long the shim waits for stragglers in the payload after the init died.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(10);
/// The longest the shim's teardown after the init's exit can take.
pub const TEARDOWN_TIMEOUT: Duration = Duration::from_secs(12);
/// A console line without its newline yet is logged after this much quiet.
const PARTIAL_LINE_AFTER: Duration = Duration::from_secs(1);

/// The shim's entry point; the server's main() calls it, before anything
/// else (no threads, no async runtime), when argv[1] is "container-shim".
pub fn shim_main(config_path: &Path) -> ! {
    // Die with the server while this first process lives, and leave at
    // once if it is already gone (then our parent is another process).
    // SAFETY: prctl with integer arguments only.
    unsafe { libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL as libc::c_ulong, 0, 0, 0) };
    let parent = std::env::var(PARENT_ENV).ok().and_then(|p| p.parse::<i32>().ok());
    if parent.is_some_and(|p| p != nix::unistd::getppid().as_raw()) {
        std::process::exit(1);
    }
    // Read the config and open the log while still the server's child, so
    // these failures reach the server as a report.
    let state_dir = config_path.parent().unwrap_or(Path::new("."));
    let cfg = match read_config(state_dir) {
        Ok(c) => c,
        Err(e) => fail_early(&format!("reading the container config: {e}")),
    };
    let mut log = match Log::open(&cfg.log_path, 0) {
        Ok(f) => f,
        Err(e) => fail_early(&format!("opening the log {}: {e}", cfg.log_path.display())),
    };
    if !cfg.rootfs.is_dir() {
        fail_early(&format!("the rootfs {} is not a directory", cfg.rootfs.display()));
    }
    // The container's cgroups, outside the server's (and its kill set),
    // with the device allow-list on them before anything runs there.
    let layout = match Layout::detect() {
        Ok(l) => l,
        Err(e) => fail_early(&format!("reading the cgroup layout: {e}")),
    };
    let cg = Cgroups::for_container(&layout, &cfg.cgroup_name());
    if let Err(e) = cg.create(cfg.unconfined) {
        let _ = cg.remove();
        fail_early(&e.to_string());
    }
    // Fork once and let the parent exit, so the shim is not the server's
    // child (the server never has to reap it, and it survives the server;
    // the child of a fork has no parent-death signal). It is born in
    // cgroup2's `shims`, which another server's cleanup may remove between
    // our open and the clone: then again.
    let mut tries = 0;
    loop {
        tries += 1;
        let forked = cg.open_shims().and_then(|into| {
            // SAFETY: this process is single-threaded (the server's main()
            // called us before starting any thread), so the child may keep
            // running Rust code.
            unsafe { clone3(0, into.as_ref()) }
        });
        match forked {
            Ok(0) => break,
            Ok(_) => std::process::exit(0),
            Err(e) if tries < 3 && matches!(e.raw_os_error(), Some(libc::ENOENT | libc::ENODEV)) => {}
            Err(e) => {
                let _ = cg.remove();
                fail_early(&format!("clone3 (the shim): {e}"))
            }
        }
    }
    // A session and process group of its own: no signal aimed at the
    // server's group or terminal reaches the shim.
    let _ = setsid();
    log.pid = getpid().as_raw();
    let mut shim = Shim { log, cfg, layout, cg };
    let code = shim.run();
    std::process::exit(code)
}

/// Report a failure that happened before there is anything to clean up.
fn fail_early(msg: &str) -> ! {
    let _ = report(&Report::Failed(msg.to_string()));
    std::process::exit(1)
}

/// struct clone_args of clone3(2), up to `cgroup`.
#[repr(C)]
#[derive(Default)]
struct CloneArgs {
    flags: u64,
    pidfd: u64,
    child_tid: u64,
    parent_tid: u64,
    exit_signal: u64,
    stack: u64,
    stack_size: u64,
    tls: u64,
    set_tid: u64,
    set_tid_size: u64,
    cgroup: u64,
}

const CLONE_INTO_CGROUP: u64 = 0x2_0000_0000;

/// fork(2) as clone3(2), the child born in the cgroup2 directory `into`
/// (no later move, see [`Cgroups::enter_v1`]) and in new namespaces
/// `flags`: the child's pid in the parent, 0 in the child.
///
/// # Safety
/// As fork: the process must be single-threaded, and the child must end
/// in exec or exit.
unsafe fn clone3(flags: libc::c_int, into: Option<&OwnedFd>) -> std::io::Result<i32> {
    if crate::kernel::features::get().has("clone3") {
        let mut args = CloneArgs { flags: flags as u32 as u64, exit_signal: libc::SIGCHLD as u64, ..Default::default() };
        if let Some(fd) = into {
            args.flags |= CLONE_INTO_CGROUP;
            args.cgroup = fd.as_raw_fd() as u64;
        }
        // SAFETY: args lives across the call and its size is passed; no stack
        // is given, so the child runs on a copy of ours, like fork's.
        let r = unsafe { libc::syscall(libc::SYS_clone3, &mut args as *mut CloneArgs, std::mem::size_of::<CloneArgs>()) };
        if r >= 0 {
            return Ok(r as i32);
        }
        let e = std::io::Error::last_os_error();
        // CLONE_INTO_CGROUP came after clone3 (5.7): EINVAL before.
        if into.is_none() || e.raw_os_error() != Some(libc::EINVAL) {
            return Err(e);
        }
    }
    // Without clone3 (before 5.3): step into `into` ourselves, clone(2) a
    // child that is born there all the same (and whose cgroup namespace,
    // if it gets one, is rooted there), and step back.
    let back = match into {
        Some(dir) => {
            let here = super::cgroup::current_v2_dir()?;
            super::cgroup::enter_v2(dir)?;
            Some(here)
        }
        None => None,
    };
    // SAFETY: clone(2) without a stack is fork(2) with namespace flags;
    // the caller ensures what fork needs.
    let r = unsafe { libc::syscall(libc::SYS_clone, (flags | libc::SIGCHLD) as libc::c_ulong, 0usize, 0usize, 0usize, 0usize) };
    if r == 0 {
        return Ok(0);
    }
    let result = if r < 0 { Err(std::io::Error::last_os_error()) } else { Ok(r as i32) };
    if let Some(here) = back {
        super::cgroup::enter_v2(&here)?;
    }
    result
}

/// Write the one report line to the server (our stdout is its pipe);
/// false when the server is gone (EPIPE: nobody will read it).
fn report(r: &Report) -> bool {
    let Ok(line) = serde_json::to_string(r) else { return false };
    let mut out = std::io::stdout().lock();
    writeln!(out, "{line}").and_then(|_| out.flush()).is_ok()
}

struct Shim {
    log: Log,
    cfg: ContainerConfig,
    layout: Layout,
    /// Made by the first process; this one was born in the cgroup2 supervisor.
    cg: Cgroups,
}

impl Shim {
    fn run(&mut self) -> i32 {
        let me = getpid().as_raw();
        let state = self.cfg.state_dir.clone();
        let my_start = proc_start_time(me).unwrap_or(0);
        self.log.step(&format!("starting container {} ({:?} in {})", self.cfg.id, self.cfg.argv, self.cfg.rootfs.display()));
        let cg = self.cg.clone();
        let layout = self.layout.clone();
        // 1. Its own cgroups, outside the server's (and its kill set): the v1 ones too.
        if let Err(e) = cg.enter_v1(SUPERVISOR) {
            return self.fail(Some(&cg), None, &e.to_string());
        }
        self.log.step(&format!("cgroups: {}", cg.dirs.iter().map(|d| d.path.display().to_string()).collect::<Vec<_>>().join(" ")));
        // 2. A time namespace applies to children only: unshare it here.
        if self.cfg.unshares(Namespace::Time) {
            if let Err(e) = unshare(CloneFlags::from_bits_retain(libc::CLONE_NEWTIME)) {
                return self.fail(Some(&cg), None, &format!("unshare(CLONE_NEWTIME): {}", e.desc()));
            }
        }
        // 3. The console: a pty whose slave becomes the init's stdio and /dev/console.
        let ws = Winsize { ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0 };
        let pty = match openpty(&ws, None) {
            Ok(p) => p,
            Err(e) => return self.fail(Some(&cg), None, &format!("openpty: {}", e.desc())),
        };
        let console_path = match nix::unistd::ttyname(&pty.slave) {
            Ok(p) => p,
            Err(e) => return self.fail(Some(&cg), None, &format!("ttyname: {}", e.desc())),
        };
        for fd in [&pty.master, &pty.slave] {
            let _ = fcntl(fd.as_raw_fd(), FcntlArg::F_SETFD(FdFlag::FD_CLOEXEC));
        }
        let _ = fcntl(pty.master.as_raw_fd(), FcntlArg::F_SETFL(OFlag::O_NONBLOCK));
        // 3b. With a user namespace, the console belongs to the container's root and tty group.
        if let Some(shift) = self.cfg.uid_shift {
            if let Err(e) = nix::unistd::fchown(pty.slave.as_raw_fd(), Some(shift.into()), Some((shift + 5).into())) {
                return self.fail(Some(&cg), None, &format!("handing the console to the container's root: {}", e.desc()));
            }
        }
        // 3c. ... and its root is an idmapped copy of the rootfs, made here as host root.
        let root_tree = match self.cfg.uid_shift.map(|shift| userns::user_root(&self.cfg.rootfs, shift, &self.cfg.user_root)).transpose() {
            Ok(t) => t,
            Err(e) => return self.fail(Some(&cg), None, &e),
        };
        // 4. Pipes: "go" to the child, and its error text back (EOF on exec).
        let (Ok((sync_r, sync_w)), Ok((err_r, err_w))) = (nix::unistd::pipe2(OFlag::O_CLOEXEC), nix::unistd::pipe2(OFlag::O_CLOEXEC))
        else {
            return self.fail(Some(&cg), None, "pipe2 failed");
        };
        let uuid = std::fs::read_to_string("/proc/sys/kernel/random/uuid").unwrap_or_default().trim().to_string();

        // 5. Clone the init into its namespaces (cgroup: after it joined the payload).
        let child = Child {
            cfg: &self.cfg,
            layout: &layout,
            console: pty.slave.as_raw_fd(),
            console_path,
            sync: sync_r.as_raw_fd(),
            err: err_w.as_raw_fd(),
            uuid,
            root_tree: root_tree.as_ref().map(|t| t.as_raw_fd()),
        };
        // The init is born in the payload: the shim steps into the v1
        // payloads for the clone and back out, the cgroup2 one is clone3's.
        let into = match cg.enter_v1(PAYLOAD).and_then(|_| cg.open_payload_v2()) {
            Ok(fd) => fd,
            Err(e) => return self.fail(Some(&cg), None, &e.to_string()),
        };
        // SAFETY: no CLONE_VM: the child gets a copy of this single-threaded
        // process and runs child_main, ending in execve or _exit.
        let pid = match unsafe { clone3(clone_flags(&self.cfg).bits(), into.as_ref()) } {
            Ok(0) => {
                let code = child_main(&child);
                // SAFETY: _exit ends the child without running the shim's code.
                unsafe { libc::_exit(code as i32) }
            }
            Ok(p) => Pid::from_raw(p),
            Err(e) => return self.fail(Some(&cg), None, &format!("clone3 (the init): {e}")),
        };
        drop((pty.slave, sync_r, err_w, root_tree, into));
        if let Err(e) = cg.enter_v1(SUPERVISOR) {
            return self.fail(Some(&cg), Some(pid), &e.to_string());
        }
        self.log.step(&format!("cloned init {pid}"));
        // 6. The child's uid/gid maps; then let it go.
        if let Some(shift) = self.cfg.uid_shift {
            if let Err(e) = write_id_maps(pid, shift) {
                return self.fail(Some(&cg), Some(pid), &format!("writing the uid/gid maps: {e}"));
            }
            if let Err(e) = cg.delegate_to(shift) {
                return self.fail(Some(&cg), Some(pid), &e.to_string());
            }
        }
        if nix::unistd::write(&sync_w, b"1") != Ok(1) {
            return self.fail(Some(&cg), Some(pid), "the container's first process died during setup");
        }
        drop(sync_w);
        // 7. EOF means the exec succeeded; text is the reason it did not.
        let mut msg = String::new();
        let _ = File::from(err_r).read_to_string(&mut msg);
        if !msg.is_empty() {
            return self.fail(Some(&cg), Some(pid), &msg);
        }
        let started = Started {
            pid: pid.as_raw(),
            start_time: proc_start_time(pid.as_raw()).unwrap_or(0),
            shim_pid: me,
            shim_start_time: my_start,
        };
        self.log.step(&format!("init {} started: {}", pid, self.cfg.argv.join(" ")));
        if !report(&Report::Started(started)) {
            // The server died before it heard of the start: it will never
            // record this init (the server writes state.json), and a
            // restarted one kills whatever of this start it finds.
            return self.fail(Some(&cg), Some(pid), "the server went away before it heard of the start");
        }
        // From here on the server may be gone: stdout goes nowhere.
        if let Ok(null) = File::options().write(true).open("/dev/null") {
            let _ = nix::unistd::dup2(null.as_raw_fd(), 1);
        }

        // 8. Relay the console until the init is gone.
        let status = relay(pty.master, pid, &mut self.log);
        let exit = self.exit_of(status);
        let record = ExitRecord { exit, at: timestamp() };
        if let Ok(json) = serde_json::to_vec_pretty(&record) {
            if let Err(e) = write_exit_record(&state, &json) {
                self.log.step(&format!("writing {EXIT_FILE}: {e}"));
            }
        }
        // 9. The init's death killed its pid namespace; wait for it to drain, then remove the cgroups.
        self.teardown(&cg);
        0
    }

    fn exit_of(&mut self, status: WaitStatus) -> Exit {
        let exit = match status {
            WaitStatus::Exited(_, code) => Exit::Code(code),
            // systemd's final reboot(2) in a pid namespace kills it with SIGINT (poweroff/halt) or SIGHUP (reboot).
            WaitStatus::Signaled(_, Signal::SIGINT, _) if self.cfg.systemd => Exit::Code(0),
            WaitStatus::Signaled(_, Signal::SIGHUP, _) if self.cfg.systemd => Exit::Reboot,
            WaitStatus::Signaled(_, sig, _) => Exit::Signal(sig as i32),
            other => {
                self.log.step(&format!("unexpected wait status {other:?}"));
                Exit::Signal(0)
            }
        };
        let what = match exit {
            Exit::Code(c) if self.cfg.systemd && matches!(status, WaitStatus::Signaled(..)) => format!("powered off (exit {c})"),
            Exit::Code(c) => format!("exited with code {c}"),
            Exit::Signal(s) => format!("killed by signal {s}"),
            Exit::Reboot => "asked for a reboot".to_string(),
        };
        self.log.step(&format!("init {what}"));
        exit
    }

    /// Empty the payload, leave the v1 supervisors and remove the cgroups
    /// (the shim stays in cgroup2's shared `shims` until it exits).
    fn teardown(&mut self, cg: &Cgroups) {
        if !cg.wait_empty(Duration::from_millis(500)) {
            let _ = cg.kill();
            if !cg.wait_empty(DRAIN_TIMEOUT) {
                self.log.step(&format!("processes left in the payload: {:?}", cg.procs(PAYLOAD)));
            }
        }
        match cg.leave_v1().and_then(|_| cg.remove()) {
            Err(e) => self.log.step(&format!("removing cgroups: {e}")),
            Ok(()) => self.log.step("cgroups removed; shim exits"),
        }
    }

    /// Undo what exists, log and report `msg`; the shim's exit code.
    fn fail(&mut self, cg: Option<&Cgroups>, child: Option<Pid>, msg: &str) -> i32 {
        self.log.step(&format!("start failed: {msg}"));
        if let Some(pid) = child {
            let _ = nix::sys::signal::kill(pid, Signal::SIGKILL);
            let _ = waitpid(pid, None);
        }
        if let Some(cg) = cg {
            self.teardown(cg);
        }
        let _ = report(&Report::Failed(msg.to_string()));
        1
    }
}

fn clone_flags(cfg: &ContainerConfig) -> CloneFlags {
    let mut f = CloneFlags::CLONE_NEWNS | CloneFlags::CLONE_NEWPID;
    for (ns, flag) in [
        (Namespace::Ipc, CloneFlags::CLONE_NEWIPC),

        (Namespace::User, CloneFlags::CLONE_NEWUSER),
        (Namespace::Uts, CloneFlags::CLONE_NEWUTS),
    ] {
        if cfg.unshares(ns) {
            f |= flag;
        }
    }
    // With a user namespace the init makes its network namespace later,
    // in the inner user namespace that then owns it (see userns.rs).
    if cfg.unshares(Namespace::Net) && !cfg.unshares(Namespace::User) {
        f |= CloneFlags::CLONE_NEWNET;
    }
    f
}

/// Root of the container is host id `shift`, and so on for 65536 ids.
fn write_id_maps(pid: Pid, shift: u32) -> std::io::Result<()> {
    std::fs::write(format!("/proc/{pid}/uid_map"), userns::map_line(shift))?;
    std::fs::write(format!("/proc/{pid}/gid_map"), userns::map_line(shift))
}

/// Copy the console to the log, line by line, until `child` exits; returns its status.
fn relay(master: OwnedFd, child: Pid, log: &mut Log) -> WaitStatus {
    let pidfd = super::process::pidfd_open(child.as_raw()).ok();
    let mut lines = Lines::default();
    let mut last_data = Instant::now();
    // After EIO (no slave open, e.g. across agetty's vhangup) the master is
    // left out of poll for a moment instead of spinning on POLLHUP.
    let mut hup_until: Option<Instant> = None;
    let mut buf = [0u8; 16384];
    loop {
        let watch_master = hup_until.is_none_or(|t| Instant::now() >= t);
        let mut fds = Vec::with_capacity(2);
        if let Some(p) = &pidfd {
            fds.push(PollFd::new(p.as_fd(), PollFlags::POLLIN));
        }
        if watch_master {
            fds.push(PollFd::new(master.as_fd(), PollFlags::POLLIN));
        }
        // Woken by output, by the child's end (its pidfd), or when a timer
        // of ours is due: no wakeup at all while the container is quiet.
        let timeout = match hup_until {
            Some(t) if !watch_master => t.saturating_duration_since(Instant::now()),
            _ if !lines.line.is_empty() => PARTIAL_LINE_AFTER.saturating_sub(last_data.elapsed()),
            // Without a pidfd (before Linux 5.3) only a look tells the end.
            _ if pidfd.is_none() => Duration::from_secs(1),
            _ => Duration::MAX,
        };
        let timeout = if timeout == Duration::MAX { PollTimeout::NONE } else { PollTimeout::try_from(timeout.max(Duration::from_millis(1))).unwrap_or(PollTimeout::MAX) };
        let _ = poll(&mut fds, timeout);
        drop(fds);
        if watch_master {
            hup_until = None;
            loop {
                match nix::unistd::read(master.as_raw_fd(), &mut buf) {
                    Ok(0) => break,
                    Ok(n) => {
                        lines.push(&buf[..n], log);
                        last_data = Instant::now();
                    }
                    Err(nix::errno::Errno::EAGAIN) => break,
                    Err(nix::errno::Errno::EINTR) => continue,
                    Err(_) => {
                        hup_until = Some(Instant::now() + Duration::from_millis(100));
                        break;
                    }
                }
            }
        }
        if last_data.elapsed() >= PARTIAL_LINE_AFTER {
            lines.flush(log);
        }
        match waitpid(child, Some(WaitPidFlag::WNOHANG)) {
            Ok(WaitStatus::StillAlive) => {}
            Ok(status) => {
                // Drain what is left in the pty.
                while let Ok(n) = nix::unistd::read(master.as_raw_fd(), &mut buf) {
                    if n == 0 {
                        break;
                    }
                    lines.push(&buf[..n], log);
                }
                lines.flush(log);
                return status;
            }
            Err(nix::errno::Errno::EINTR) => {}
            Err(e) => {
                log.step(&format!("waitpid {child}: {}", e.desc()));
                return WaitStatus::Signaled(child, Signal::SIGKILL, false);
            }
        }
    }
}

/// Splits console output into lines, dropping carriage returns and
/// terminal escape sequences (colors, cursor moves).
#[derive(Default)]
struct Lines {
    line: Vec<u8>,
    esc: Esc,
}

#[derive(Default, Clone, Copy, PartialEq)]
enum Esc {
    #[default]
    None,
    Start,
    Csi,
    Osc,
}

impl Lines {
    fn push(&mut self, data: &[u8], log: &mut Log) {
        for &b in data {
            self.esc = match (self.esc, b) {
                (Esc::None, 0x1b) => Esc::Start,
                (Esc::None, b'\n') => {
                    log.console(&self.line);
                    self.line.clear();
                    Esc::None
                }
                (Esc::None, b'\r') => Esc::None,
                (Esc::None, b) => {
                    self.line.push(b);
                    if self.line.len() >= 8192 {
                        self.flush(log);
                    }
                    Esc::None
                }
                (Esc::Start, b'[') => Esc::Csi,
                (Esc::Start, b']') => Esc::Osc,
                (Esc::Start, _) => Esc::None,
                (Esc::Csi, 0x40..=0x7e) => Esc::None,
                (Esc::Csi, _) => Esc::Csi,
                (Esc::Osc, 0x07) => Esc::None,
                (Esc::Osc, _) => Esc::Osc,
            };
        }
    }

    fn flush(&mut self, log: &mut Log) {
        if !self.line.is_empty() {
            log.console(&self.line);
            self.line.clear();
        }
    }
}

/// Now as RFC 3339 UTC with milliseconds, e.g. 2025-01-31T12:00:00.123Z.
pub fn timestamp() -> String {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    let secs = d.as_secs() as i64;
    let (days, rem) = (secs.div_euclid(86400), secs.rem_euclid(86400));
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
        rem / 3600,
        rem / 60 % 60,
        rem % 60,
        d.subsec_millis()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamp_shape() {
        let t = timestamp();
        assert_eq!(t.len(), 24, "{t}");
        assert!(t.ends_with('Z') && t.as_bytes()[10] == b'T');
    }

    #[test]
    fn lines_strip_escapes() {
        let path = std::env::temp_dir().join(format!("shim-lines-{}", std::process::id()));
        let mut log = Log::open(&path, 1).unwrap();
        let mut l = Lines::default();
        l.push(b"[\x1b[0;32m  OK  \x1b[0m] Started\r\nhel", &mut log);
        l.push(b"lo\n", &mut log);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::remove_file(&path).unwrap();
        let lines: Vec<_> = text.lines().map(|l| l.split_once(' ').unwrap().1).collect();
        assert_eq!(lines, ["[  OK  ] Started", "hello"]);
    }
}
