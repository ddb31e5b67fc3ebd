//! The server's side of the container runtime: a small, blocking API that a
//! worker thread calls to start a container (through the shim), signal,
//! pause, kill and wait for it, and clean up after it.
//!
//! The server never forks itself: [`start`] execs `<shim_exe> container-shim
//! <state_dir>/config.json`, and the shim does everything that needs a fork.
//! Everything the server needs to find a running container again after it
//! restarted is in `state_dir` ([`load_state`], [`poll_exit`], and the
//! cgroups derived from the id in `config.json`); a shim that has not
//! reported yet is found by its command line ([`shims_of`]).
//!
//! The files of `state_dir` are replaced by rename, never synced: they
//! describe processes, which a crash of the machine (the only thing a sync
//! would guard against) takes along with them.

use super::cgroup::Cgroups;
pub use super::process::{is_alive, proc_start_time, Process};
use serde::{Deserialize, Serialize};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The first argument that makes the server binary run [`super::shim::shim_main`].
pub const SHIM_ARG: &str = "container-shim";
/// In `state_dir`: the [`ContainerConfig`] handed to the shim.
pub const CONFIG_FILE: &str = "config.json";
/// In `state_dir`: [`Started`], written by [`start`] once it has heard from
/// the shim that the init runs: it exists only for a start a server saw.
pub const STATE_FILE: &str = "state.json";
/// In `state_dir`: the [`ExitRecord`], written by the shim after the init ended.
pub const EXIT_FILE: &str = "exit.json";
/// In the shim's environment: the pid of the process that started it. A
/// shim whose parent is already another process exits at once.
pub const PARENT_ENV: &str = "IMAGEAPI_SHIM_PARENT";
/// How long [`start`] waits for the shim to report.
pub const START_TIMEOUT: Duration = Duration::from_secs(60);
/// The container's PATH, also used to resolve a bare `argv[0]`.
pub const CONTAINER_PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/// A namespace the container gets its own copy of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Namespace {
    Cgroup,
    Ipc,
    Net,
    Mnt,
    Pid,
    Time,
    User,
    Uts,
}

/// What to run and where; serialized to `state_dir/config.json` for the shim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContainerConfig {
    pub id: u64,
    /// The hostname when uts is unshared (else "imageapi-<id>").
    pub name: Option<String>,
    /// An existing directory (usually a mountpoint) that becomes `/`.
    pub rootfs: PathBuf,
    /// The init's argv, already split; argv[0] without '/' is looked up in PATH.
    pub argv: Vec<String>,
    /// Run as systemd's container interface wants (/run, /tmp,
    /// container_uuid; SIGRTMIN+3 stops it, SIGINT death is poweroff).
    pub systemd: bool,
    /// Namespaces to unshare; mnt, pid, uts, ipc and cgroup are always added.
    pub namespaces: Vec<Namespace>,
    /// Host path of the log file: shim steps and console output, timestamped.
    pub log_path: PathBuf,
    /// A directory owned by this container for config, state and exit files.
    pub state_dir: PathBuf,
    /// The name of its cgroups under `imageapi/` ([`super::cgroup::name_for`]).
    /// Configs written before it existed used the bare id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cgroup: Option<String>,
    /// Start without the device allow-list and the seccomp filter. Never
    /// set by the server; the benchmarks use it to measure their cost.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unconfined: bool,
    /// With a user namespace: the host uid (and gid) of the container's
    /// root; it gets [`super::userns::RANGE`] ids from there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uid_shift: Option<u32>,
    /// With a user namespace: the layers of an overlay root and the node
    /// directories that keep their owners ([`super::userns::UserRoot`]).
    #[serde(default, skip_serializing_if = "super::userns::UserRoot::is_plain")]
    pub user_root: super::userns::UserRoot,
}

impl ContainerConfig {
    /// The name of the container's cgroups under `imageapi/`.
    pub fn cgroup_name(&self) -> String {
        self.cgroup.clone().unwrap_or_else(|| self.id.to_string())
    }

    pub fn hostname(&self) -> String {
        self.name.clone().unwrap_or_else(|| format!("imageapi-{}", self.id))
    }

    /// Whether the container gets its own `ns`, counting the implied ones.
    pub fn unshares(&self, ns: Namespace) -> bool {
        // uts, ipc and cgroup too, whatever a config saved by an older
        // server says. The cgroup namespace keeps root in the container
        // below its device allow-list (see cgroup.rs).
        matches!(ns, Namespace::Mnt | Namespace::Pid | Namespace::Uts | Namespace::Ipc | Namespace::Cgroup)
            || self.namespaces.contains(&ns)
    }
}

/// A running container as the server tracks it; also `state_dir/state.json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Started {
    /// Host pid of the container's init.
    pub pid: i32,
    /// Field 22 of /proc/<pid>/stat: with `pid`, safe against pid reuse.
    pub start_time: u64,
    pub shim_pid: i32,
    pub shim_start_time: u64,
}

/// How the container's init ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Exit {
    /// Exited with this code; a systemd init that powered off is `Code(0)`.
    Code(i32),
    /// Killed by this signal.
    Signal(i32),
    /// A systemd init asked for a reboot (it is gone; starting it again is
    /// the server's choice).
    Reboot,
}

/// `state_dir/exit.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExitRecord {
    pub exit: Exit,
    /// RFC 3339 UTC time the shim reaped the init.
    pub at: String,
}

/// The one line the shim writes to the server on its stdout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Report {
    Started(Started),
    Failed(String),
}

#[derive(Debug, thiserror::Error)]
pub enum RuntimeError {
    /// The container could not be started; the text is the shim's, e.g.
    /// "exec /sbin/init: No such file or directory".
    #[error("{0}")]
    Start(String),
    #[error("{context}: {source}")]
    Io { context: String, source: io::Error },
    #[error("{0}")]
    Timeout(String),
    /// The process is not (or no longer) the one that was started.
    #[error("{0}")]
    Gone(String),
    /// The container still has processes.
    #[error("{0}")]
    Busy(String),
}

impl RuntimeError {
    fn io(context: impl Into<String>, source: io::Error) -> Self {
        RuntimeError::Io { context: context.into(), source }
    }
}

impl From<RuntimeError> for crate::error::Error {
    fn from(e: RuntimeError) -> Self {
        use crate::error::Error;
        match &e {
            RuntimeError::Start(m) => Error::new(crate::error::Kind::Unprocessable, m.clone()),
            RuntimeError::Io { context, source } => Error::io(context, source),
            RuntimeError::Timeout(m) => Error::internal(m.clone()),
            RuntimeError::Gone(m) => Error::not_found(m.clone()),
            RuntimeError::Busy(m) => Error::busy(m.clone()),
        }
    }
}

pub type Result<T, E = RuntimeError> = std::result::Result<T, E>;

/// Start the container: write `config.json`, exec the shim and wait until
/// it reports the init running (or why it is not). Nothing of a failed
/// start is left behind: the shim removes what it made before reporting.
pub fn start(cfg: &ContainerConfig, shim_exe: &Path) -> Result<Started> {
    let dir = &cfg.state_dir;
    fs::create_dir_all(dir).map_err(|e| RuntimeError::io(format!("creating {}", dir.display()), e))?;
    // A state dir may be reused by a later run of the same container.
    for f in [STATE_FILE, EXIT_FILE] {
        remove_if_exists(&dir.join(f)).map_err(|e| RuntimeError::io(format!("removing old {f}"), e))?;
    }
    let config = dir.join(CONFIG_FILE);
    let json = serde_json::to_vec_pretty(cfg).map_err(|e| RuntimeError::Start(format!("encoding the config: {e}")))?;
    write_atomic(&config, &json).map_err(|e| RuntimeError::io(format!("writing {}", config.display()), e))?;
    reserve_exit_record(dir).map_err(|e| RuntimeError::io(format!("keeping room for the exit record in {}", dir.display()), e))?;
    let log = OpenOptions::new()
        .create(true)
        .append(true)
        .open(&cfg.log_path)
        .map_err(|e| RuntimeError::io(format!("opening log {}", cfg.log_path.display()), e))?;

    log::info!("container {}: starting {:?} in {}", cfg.id, cfg.argv, cfg.rootfs.display());
    // A fresh exec: the shim's stdout is the report pipe, its stderr the log.
    let mut child = Command::new(shim_exe)
        .arg(SHIM_ARG)
        .arg(&config)
        .env_clear()
        .env("PATH", CONTAINER_PATH)
        .env(PARENT_ENV, std::process::id().to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(log)
        .spawn()
        .map_err(|e| RuntimeError::io(format!("starting the shim {}", shim_exe.display()), e))?;
    let stdout = child.stdout.take().map(OwnedFd::from);
    let line = match stdout {
        Some(fd) => read_line(fd, START_TIMEOUT),
        None => Ok(None),
    };
    // The first shim process exits as soon as it forked the real shim.
    let status = child.wait().map_err(|e| RuntimeError::io("waiting for the shim", e))?;
    let line = match line {
        Ok(Some(l)) => l,
        Ok(None) => {
            return Err(RuntimeError::Start(format!(
                "the shim ended ({status}) without reporting; see {}",
                cfg.log_path.display()
            )))
        }
        Err(e) => {
            abort_start(cfg);
            return Err(e);
        }
    };
    match serde_json::from_str::<Report>(&line) {
        Ok(Report::Started(s)) => {
            log::info!("container {}: init {} runs, shim {}", cfg.id, s.pid, s.shim_pid);
            // Recorded here, not by the shim: a restart that finds it knows
            // a server heard of this start (see restore.rs).
            let state = dir.join(STATE_FILE);
            let json = serde_json::to_vec_pretty(&s).map_err(|e| RuntimeError::Start(format!("encoding the state: {e}")))?;
            if let Err(e) = write_atomic(&state, &json) {
                abort_start(cfg);
                return Err(RuntimeError::io(format!("writing {}", state.display()), e));
            }
            Ok(s)
        }
        Ok(Report::Failed(m)) => {
            log::warn!("container {}: start failed: {m}", cfg.id);
            Err(RuntimeError::Start(m))
        }
        Err(e) => Err(RuntimeError::Start(format!("the shim reported {line:?}: {e}"))),
    }
}

/// A start that timed out or could not be recorded: stop the shim and
/// whatever it started.
fn abort_start(cfg: &ContainerConfig) {
    if let Err(e) = stop_start(cfg, Duration::from_secs(5)) {
        log::warn!("container {}: undoing its start: {e}", cfg.id);
    }
}

/// Read one line from `fd` within `timeout`; `None` at end of file.
fn read_line(fd: OwnedFd, timeout: Duration) -> Result<Option<String>> {
    use nix::poll::{poll, PollFd, PollFlags, PollTimeout};
    let deadline = Instant::now() + timeout;
    let mut file = File::from(fd);
    let mut buf = Vec::new();
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(RuntimeError::Timeout(format!("the shim did not report within {timeout:?}")));
        }
        let mut fds = [PollFd::new(file.as_fd(), PollFlags::POLLIN)];
        let t = PollTimeout::try_from(left).unwrap_or(PollTimeout::MAX);
        match poll(&mut fds, t) {
            Ok(0) => continue,
            Ok(_) => {}
            Err(nix::errno::Errno::EINTR) => continue,
            Err(e) => return Err(RuntimeError::io("waiting for the shim", e.into())),
        }
        let mut chunk = [0u8; 4096];
        let n = match file.read(&mut chunk) {
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(RuntimeError::io("reading the shim's report", e)),
        };
        if n == 0 {
            return Ok(if buf.is_empty() { None } else { Some(String::from_utf8_lossy(&buf).into_owned()) });
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(i) = buf.iter().position(|b| *b == b'\n') {
            return Ok(Some(String::from_utf8_lossy(&buf[..i]).into_owned()));
        }
    }
}

/// The container's config as the server wrote it to `state_dir`.
pub fn read_config(state_dir: &Path) -> Result<ContainerConfig> {
    let p = state_dir.join(CONFIG_FILE);
    let text = fs::read(&p).map_err(|e| RuntimeError::io(format!("reading {}", p.display()), e))?;
    serde_json::from_slice(&text).map_err(|e| RuntimeError::io(format!("parsing {}", p.display()), io::Error::other(e)))
}

/// The pids the shim recorded once the init ran (to re-adopt a container).
pub fn load_state(state_dir: &Path) -> Result<Started> {
    let p = state_dir.join(STATE_FILE);
    let text = fs::read(&p).map_err(|e| RuntimeError::io(format!("reading {}", p.display()), e))?;
    serde_json::from_slice(&text).map_err(|e| RuntimeError::io(format!("parsing {}", p.display()), io::Error::other(e)))
}

/// The exit the shim recorded, if the init has ended.
pub fn poll_exit(state_dir: &Path) -> Option<Exit> {
    let text = fs::read(state_dir.join(EXIT_FILE)).ok()?;
    serde_json::from_slice::<ExitRecord>(&text).ok().map(|r| r.exit)
}

/// Ask the init to stop: SIGRTMIN+3 (systemd's "halt/poweroff") for
/// systemd, SIGTERM otherwise. An init of a pid namespace only sees
/// signals it has a handler for; the server follows up with [`kill_all`].
/// Answers whether the init catches the signal: one that does not (a
/// busybox `sh` or `sleep`) will never act on it.
pub fn signal_init(pid: i32, start_time: u64, systemd: bool) -> Result<bool> {
    let sig = if systemd { libc::SIGRTMIN() + 3 } else { libc::SIGTERM };
    let p = Process::open(pid, start_time).map_err(RuntimeError::Gone)?;
    let caught = catches(pid, sig);
    p.signal(sig).map_err(|e| match e.raw_os_error() {
        Some(libc::ESRCH) => RuntimeError::Gone(format!("init {pid} has already exited")),
        _ => RuntimeError::io(format!("signalling init {pid}"), e),
    })?;
    Ok(caught)
}

/// Whether `pid` has a handler for `sig` (the `SigCgt` mask of
/// /proc/PID/status, bit `sig - 1`). Unreadable counts as caught, so the
/// init gets its timeout rather than an early kill.
fn catches(pid: i32, sig: i32) -> bool {
    let Ok(status) = fs::read_to_string(format!("/proc/{pid}/status")) else { return true };
    let mask = status.lines().find_map(|l| l.strip_prefix("SigCgt:")).and_then(|m| u64::from_str_radix(m.trim(), 16).ok());
    mask.is_none_or(|m| sig < 1 || sig > 64 || m & (1u64 << (sig - 1)) != 0)
}

/// SIGKILL every process of the container (not the shim, which then
/// records the exit and cleans up). Idempotent: no cgroup, nothing to kill.
pub fn kill_all(state_dir: &Path) -> Result<()> {
    let cfg = read_config(state_dir)?;
    let cg = cgroups(&cfg)?;
    let res = cg.kill().map_err(|e| RuntimeError::io(format!("killing container {}", cfg.id), e));
    // Belt and braces: the init's death takes its whole pid namespace along.
    if let Ok(s) = load_state(state_dir) {
        if let Ok(p) = Process::open(s.pid, s.start_time) {
            let _ = p.signal(libc::SIGKILL);
        }
    }
    res
}

/// Stop a container the server does not know any more (a crash between
/// starting it and saving that it started, or before the shim reported):
/// SIGKILL every shim of it first, so it starts nothing more, then every
/// process of its payload; wait for them to go and remove its cgroups.
pub fn kill_orphan(state_dir: &Path, timeout: Duration) -> Result<()> {
    let cfg = read_config(state_dir)?;
    stop_start(&cfg, timeout)
}

fn stop_start(cfg: &ContainerConfig, timeout: Duration) -> Result<()> {
    let deadline = Instant::now() + timeout;
    let cg = cgroups(cfg)?;
    let config = cfg.state_dir.join(CONFIG_FILE);
    // A shim may be anywhere in its start: just exec'd, forking, making
    // cgroups, cloning the init. Each one found is killed and waited for;
    // a killed process forks nothing more, and what one forked before it
    // died is found by the next search, so none is left when one finds none.
    loop {
        let mut found = shims_of(&config);
        found.extend(cg.procs(super::cgroup::SUPERVISOR).into_iter().filter_map(|p| proc_start_time(p).map(|t| (p, t))));
        found.retain(|(pid, start)| is_alive(*pid, *start));
        found.sort_unstable();
        found.dedup();
        if found.is_empty() {
            break;
        }
        if Instant::now() >= deadline {
            return Err(RuntimeError::Busy(format!("container {}: shims left after SIGKILL: {found:?}", cfg.id)));
        }
        for (pid, start) in found {
            if let Ok(p) = Process::open(pid, start) {
                if p.signal(libc::SIGKILL).is_ok() {
                    p.wait_gone(Some(deadline));
                }
            }
        }
    }
    // A child a dead shim cloned but had not placed yet finds its pipe
    // closed and exits by itself; a placed one is in the payload.
    let _ = kill_all(&cfg.state_dir);
    if !cg.wait_empty(deadline.saturating_duration_since(Instant::now())) {
        return Err(RuntimeError::Busy(format!("container {}: processes left after SIGKILL: {:?}", cfg.id, cg.procs(super::cgroup::PAYLOAD))));
    }
    cg.remove().map_err(|e| RuntimeError::io(format!("removing the cgroups of container {}", cfg.id), e))
}

/// (pid, start time) of every process whose command line is
/// `<anything> container-shim <config>`: the shims of one container, from
/// the first one just exec'd to the children it forked and cloned (which
/// keep that command line until the init execs).
pub fn shims_of(config: &Path) -> Vec<(i32, u64)> {
    let want = config.as_os_str().as_encoded_bytes();
    let Ok(entries) = fs::read_dir("/proc") else { return Vec::new() };
    let mut found = Vec::new();
    for e in entries.flatten() {
        let Some(pid) = e.file_name().to_str().and_then(|n| n.parse::<i32>().ok()) else { continue };
        let Ok(cmdline) = fs::read(e.path().join("cmdline")) else { continue };
        let mut args = cmdline.split(|b| *b == 0);
        if args.nth(1) == Some(SHIM_ARG.as_bytes()) && args.next() == Some(want) {
            if let Some(start) = proc_start_time(pid) {
                found.push((pid, start));
            }
        }
    }
    found
}

/// Pause every process of the container (cgroup freezer); returns once
/// the kernel reports the whole payload frozen.
pub fn freeze(state_dir: &Path) -> Result<()> {
    let cfg = read_config(state_dir)?;
    cgroups(&cfg)?.freeze().map_err(|e| RuntimeError::io(format!("freezing container {}", cfg.id), e))
}

pub fn thaw(state_dir: &Path) -> Result<()> {
    let cfg = read_config(state_dir)?;
    cgroups(&cfg)?.thaw().map_err(|e| RuntimeError::io(format!("thawing container {}", cfg.id), e))
}

/// Whether the container is frozen (for re-adoption after a restart).
pub fn is_frozen(state_dir: &Path) -> Result<bool> {
    let cfg = read_config(state_dir)?;
    cgroups(&cfg)?.is_frozen().map_err(|e| RuntimeError::io(format!("reading the freezer of container {}", cfg.id), e))
}

/// Block until the shim has recorded the init's exit and ended (by then
/// the cgroups are gone too), or until `timeout` passes (`Ok(None)`).
/// A shim that died without recording an exit is `Err(Gone)`: the server
/// should then [`kill_all`] and [`cleanup`].
pub fn wait_exit(state_dir: &Path, timeout: Option<Duration>) -> Result<Option<Exit>> {
    // The shim records the exit before it removes the cgroups: with the
    // exit recorded, still wait (a bounded while) for the shim to end, or a
    // cleanup right after this returns finds the shim busy.
    let recorded = poll_exit(state_dir);
    let s = match load_state(state_dir) {
        Ok(s) => s,
        Err(e) => return recorded.map(Some).ok_or(e),
    };
    let mut deadline = timeout.map(|t| Instant::now() + t);
    if recorded.is_some() {
        let teardown = Instant::now() + super::shim::TEARDOWN_TIMEOUT;
        deadline = Some(deadline.map_or(teardown, |d| d.min(teardown)));
    }
    if let Ok(shim) = Process::open(s.shim_pid, s.shim_start_time) {
        if !shim.wait_gone(deadline) {
            return Ok(recorded);
        }
    }
    poll_exit(state_dir)
        .map(Some)
        .ok_or_else(|| RuntimeError::Gone(format!("the shim of {} ended without recording an exit", state_dir.display())))
}

/// Remove the container's cgroups once it has ended; idempotent. Refuses
/// (Busy) while the init or the shim still runs.
pub fn cleanup(state_dir: &Path) -> Result<()> {
    let cfg = read_config(state_dir)?;
    if let Ok(s) = load_state(state_dir) {
        if is_alive(s.pid, s.start_time) || is_alive(s.shim_pid, s.shim_start_time) {
            return Err(RuntimeError::Busy(format!("container {} is still running", cfg.id)));
        }
    }
    let cg = cgroups(&cfg)?;
    // A shim that never reported (no state.json) may still be at work.
    if !cg.procs(super::cgroup::PAYLOAD).is_empty() || !cg.procs(super::cgroup::SUPERVISOR).is_empty() {
        return Err(RuntimeError::Busy(format!("container {} still has processes", cfg.id)));
    }
    cg.remove().map_err(|e| match e.raw_os_error() {
        Some(libc::EBUSY) => RuntimeError::Busy(format!("container {}: {e}", cfg.id)),
        _ => RuntimeError::io(format!("removing the cgroups of container {}", cfg.id), e),
    })
}

fn cgroups(cfg: &ContainerConfig) -> Result<Cgroups> {
    Cgroups::detect(&cfg.cgroup_name()).map_err(|e| RuntimeError::io("reading /proc/self/mountinfo", e))
}

/// Write `data` to a temporary sibling and rename it over `path`, so a
/// reader sees the old file or the whole new one. Not synced: see the
/// module's header.
pub(super) fn write_atomic(path: &Path, data: &[u8]) -> io::Result<()> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.tmp"));
    let mut f = File::create(&tmp)?;
    f.write_all(data)?;
    fs::rename(&tmp, path)
}

/// The room kept for the exit record from the start on.
const EXIT_ROOM: usize = 4096;

/// Where the exit record is written before it takes its name.
fn exit_record_tmp(state_dir: &Path) -> PathBuf {
    state_dir.join(format!(".{EXIT_FILE}.tmp"))
}

/// Allocate, at the start, the file the shim writes the exit record into,
/// so a run directory that fills up meanwhile never loses an exit status.
fn reserve_exit_record(state_dir: &Path) -> io::Result<()> {
    let f = File::create(exit_record_tmp(state_dir))?;
    // SAFETY: fallocate only acts on the descriptor, which `f` keeps open.
    if unsafe { libc::fallocate(f.as_raw_fd(), 0, 0, EXIT_ROOM as libc::off_t) } == 0 {
        return Ok(());
    }
    match io::Error::last_os_error() {
        // A filesystem without fallocate: write the bytes instead.
        e if e.raw_os_error() == Some(libc::EOPNOTSUPP) => (&f).write_all(&[b' '; EXIT_ROOM]),
        e => Err(e),
    }
}

/// Write the exit record (the shim, once the init ended): into the room
/// reserved at the start, cut to its length (which needs no room), then
/// renamed to its name.
pub(super) fn write_exit_record(state_dir: &Path, data: &[u8]) -> io::Result<()> {
    use std::os::unix::fs::FileExt;
    let tmp = exit_record_tmp(state_dir);
    let f = OpenOptions::new().write(true).create(true).truncate(false).open(&tmp)?;
    f.write_all_at(data, 0)?;
    f.set_len(data.len() as u64)?;
    f.sync_data()?;
    fs::rename(&tmp, state_dir.join(EXIT_FILE))
}

fn remove_if_exists(p: &Path) -> io::Result<()> {
    match fs::remove_file(p) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_round_trips_as_json() {
        let cfg = ContainerConfig {
            id: 4,
            name: None,
            rootfs: "/r".into(),
            argv: vec!["/sbin/init".into()],
            systemd: true,
            namespaces: vec![Namespace::Uts, Namespace::Ipc],
            log_path: "/l".into(),
            state_dir: "/s".into(),
            cgroup: Some("4-0123456789abcdef".into()),
            unconfined: false,
            uid_shift: None,
            user_root: Default::default(),
        };
        let json = serde_json::to_string(&cfg).unwrap();
        assert!(json.contains(r#""namespaces":["uts","ipc"]"#), "{json}");
        assert_eq!(serde_json::from_str::<ContainerConfig>(&json).unwrap(), cfg);
        assert_eq!(cfg.hostname(), "imageapi-4");
        assert!(cfg.unshares(Namespace::Cgroup) && cfg.unshares(Namespace::Pid) && !cfg.unshares(Namespace::Net));
        let plain = ContainerConfig { systemd: false, namespaces: vec![], ..cfg };
        assert!(plain.unshares(Namespace::Cgroup), "a container without cgroup in its list still gets a cgroup namespace");
    }

    #[test]
    fn exit_json() {
        assert_eq!(serde_json::to_string(&Exit::Code(3)).unwrap(), r#"{"code":3}"#);
        assert_eq!(serde_json::to_string(&Exit::Reboot).unwrap(), r#""reboot""#);
    }

}
