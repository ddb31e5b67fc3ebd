//! A container as an object of the graph: its definition, its state machine
//! (`created` → `running` ⇄ `paused`, → `stopping` → `exited`, or `dead`),
//! and the calls into the runtime that move it. Waiting happens outside the
//! graph lock: see `crate::containers` for the threads that wait.

use super::runtime::{self, ContainerConfig, Exit, Namespace, Started};
use crate::dirs::Dirs;
use crate::error::{Error, Kind, Result};
use imageapi_generated::models;
/// The lifecycle state, `paused` included. The wire model's `state` has no
/// `paused` (clients of v0.2.0 would refuse it): see [`Container::render`].
pub use models::ListContainersStateParameter as State;
use serde_json::json;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Seconds between the polite stop signal and the kill, unless a request
/// or the container says otherwise.
pub const DEFAULT_STOP_TIMEOUT: u64 = 30;

#[derive(Debug)]
pub struct Container {
    /// The definition as given (the mount is rendered from the graph).
    pub model: models::Container,
    pub state: State,
    pub argv: Vec<String>,
    pub namespaces: Vec<Namespace>,
    pub state_dir: PathBuf,
    pub logfile: Option<PathBuf>,
    pub started: Option<Started>,
    pub exit: Option<Exit>,
    pub reason: Option<String>,
    /// A stop was asked for: a signal death is then a normal end.
    pub stop_requested: bool,
    /// When a stop asked for turns into a kill (wall clock, Unix time in
    /// milliseconds): saved, so that a server restarted in the middle of
    /// the stop keeps the same deadline, however long it was down.
    pub stop_deadline: Option<u64>,
}

/// The namespaces a container gets: mnt, pid, uts, ipc and cgroup always
/// (a container never shares the node's hostname or SysV IPC, and never
/// sees a cgroup above its own), plus whatever the list names. A list only
/// adds: it cannot take a default away.
fn namespaces(model: &models::Container) -> Vec<Namespace> {
    use models::ContainerNamespacesInner as N;
    let mut out = DEFAULT_NAMESPACES.to_vec();
    for n in model.namespaces.clone().unwrap_or_default() {
        let ns = match n {
            N::Cgroup => Namespace::Cgroup,
            N::Ipc => Namespace::Ipc,
            N::Net => Namespace::Net,
            N::Mnt => Namespace::Mnt,
            N::Pid => Namespace::Pid,
            N::Time => Namespace::Time,
            N::User => Namespace::User,
            N::Uts => Namespace::Uts,
        };
        if !out.contains(&ns) {
            out.push(ns);
        }
    }
    out
}

/// Which containers get a user namespace without naming it (the server's
/// `--user-namespaces`): decided once, at creation, and stored with the
/// definition, so a restart under another setting changes no container.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum UserPolicy {
    /// Those whose `namespaces` name `user`.
    #[default]
    Listed,
    /// Also those whose definition gives no `namespaces`.
    Default,
    /// Every container.
    Always,
}

static USER_POLICY: std::sync::OnceLock<UserPolicy> = std::sync::OnceLock::new();

/// Set the policy once, at start (later calls are ignored).
pub fn set_user_policy(policy: UserPolicy) {
    let _ = USER_POLICY.set(policy);
}

/// `model` with `user` added where the policy wants it.
fn with_user_policy(model: &mut models::Container) {
    use models::ContainerNamespacesInner as N;
    let add = match USER_POLICY.get().copied().unwrap_or_default() {
        UserPolicy::Listed => false,
        UserPolicy::Default => model.namespaces.is_none(),
        UserPolicy::Always => true,
    };
    if add {
        let list = model.namespaces.get_or_insert_with(Vec::new);
        if !list.contains(&N::User) {
            list.push(N::User);
        }
    }
}

/// What every container unshares, whatever its definition says.
pub const DEFAULT_NAMESPACES: [Namespace; 5] = [Namespace::Mnt, Namespace::Pid, Namespace::Uts, Namespace::Ipc, Namespace::Cgroup];

/// Checks of a container definition that need no kernel and no graph.
pub fn validate(model: &models::Container) -> Result<Vec<String>> {
    if model.id.is_some() {
        return Err(Error::invalid("container: a new container cannot carry an id (id is read-only)"));
    }
    if let Some(name) = &model.name {
        check_name(name)?;
    }
    let mut effective = model.clone();
    with_user_policy(&mut effective);
    if namespaces(&effective).contains(&Namespace::User) && !crate::kernel::features::get().idmapped_mounts() {
        return Err(Error::new(
            crate::error::Kind::Unsupported,
            "container: a user namespace needs idmapped mounts (the mount_setattr and open_tree system calls, Linux 5.12), which this kernel lacks",
        ));
    }
    let argv = shell_words::split(&model.command)
        .map_err(|e| Error::invalid(format!("container.command: \"{}\" does not split into words: {e}", model.command)))?;
    if argv.is_empty() {
        return Err(Error::invalid("container.command: is empty"));
    }
    if argv.iter().any(|a| a.contains('\0')) {
        return Err(Error::invalid("container.command: must not contain NUL"));
    }
    match model.state {
        None | Some(models::ContainerState::Created) | Some(models::ContainerState::Running) => {}
        Some(s) => return Err(Error::invalid(format!("container.state: a new container can be created or running, not {s}"))),
    }
    if let Some(t) = model.stop_timeout {
        if !(0..=86400).contains(&t) {
            return Err(Error::invalid(format!("container.stop_timeout: {t} is not between 0 and 86400 seconds")));
        }
    }
    Ok(argv)
}

pub fn check_name(name: &str) -> Result<()> {
    let ok = !name.is_empty() && name.len() <= 128 && name.chars().all(|c| c.is_ascii_alphanumeric() || "._-".contains(c));
    if !ok {
        return Err(Error::invalid(format!("container name \"{name}\" must match ^[A-Za-z0-9._-]+$ (at most 128 characters)")));
    }
    Ok(())
}

impl Container {
    pub fn new(model: &models::Container, argv: Vec<String>, dirs: &Dirs, id: u64) -> Container {
        let mut stored = model.clone();
        stored.state = None;
        stored.paused = None;
        // The root's definition is kept as it was sent, which is also what
        // the journal saves: the secrets in it stay with the request.
        without_secrets(&mut stored.mount);
        with_user_policy(&mut stored);
        Container {
            namespaces: namespaces(&stored),
            model: stored,
            state: State::Created,
            argv,
            state_dir: dirs.container(id),
            logfile: create_log(id, &dirs.logs()),
            started: None,
            exit: None,
            reason: None,
            stop_requested: false,
            stop_deadline: None,
        }
    }

    /// Its processes exist: running, paused or stopping.
    pub fn is_active(&self) -> bool {
        matches!(self.state, State::Running | State::Paused | State::Stopping)
    }

    pub fn state_name(&self) -> String {
        self.state.to_string()
    }

    pub fn systemd(&self) -> bool {
        self.model.systemd.unwrap_or(false)
    }

    pub fn stop_timeout(&self, asked: Option<u64>) -> Duration {
        Duration::from_secs(asked.or(self.model.stop_timeout.map(|t| t as u64)).unwrap_or(DEFAULT_STOP_TIMEOUT))
    }

    /// Start the init on `rootfs`. A failure to start is not an error of
    /// the request: the container becomes `dead` with the reason.
    pub fn start(&mut self, id: u64, rootfs: &Path, user_root: super::userns::UserRoot, logs: &Path, shim: &Path) {
        let _ = std::fs::remove_dir_all(&self.state_dir);
        // The log made at creation, which every start appends to.
        let log_path = self.logfile.clone().unwrap_or_else(|| log_path(id, logs));
        let mut cfg = ContainerConfig {
            id,
            name: self.model.name.clone(),
            rootfs: rootfs.to_path_buf(),
            argv: self.argv.clone(),
            systemd: self.systemd(),
            namespaces: self.namespaces.clone(),
            log_path: log_path.clone(),
            state_dir: self.state_dir.clone(),
            cgroup: Some(super::cgroup::name_for(id, &self.state_dir)),
            unconfined: false,
            uid_shift: None,
            user_root,
        };
        let user = self.namespaces.contains(&Namespace::User);
        self.logfile = Some(log_path);
        self.exit = None;
        self.reason = None;
        self.stop_requested = false;
        self.stop_deadline = None;
        let started = std::fs::create_dir_all(&self.state_dir)
            .and_then(|_| {
                // Its own host ids, held from its first start to its deletion.
                cfg.uid_shift = if user { Some(super::idranges::reserve(&self.state_dir)?) } else { None };
                Ok(())
            })
            .map_err(|e| e.to_string())
            .and_then(|_| runtime::start(&cfg, shim).map_err(|e| e.to_string()));
        match started {
            Ok(started) => {
                log::info!("container {id} started: init pid {}", started.pid);
                self.started = Some(started);
                self.state = State::Running;
            }
            Err(e) => {
                log::warn!("container {id} could not be started: {e}");
                self.started = None;
                self.reason = Some(format!("could not be started: {e}"));
                self.state = State::Dead;
            }
        }
    }

    /// Ask the init to stop (SIGRTMIN+3 for systemd, SIGTERM otherwise) and
    /// answer how long to wait before the kill: `asked` (or the container's
    /// timeout), none for a non-systemd init that does not catch SIGTERM.
    pub fn request_stop(&mut self, asked: Option<u64>) -> Result<Duration> {
        let s = self.started.ok_or_else(|| Error::internal("a running container without a process"))?;
        if self.state == State::Paused {
            // A frozen init cannot act on the signal.
            runtime::thaw(&self.state_dir).map_err(Error::from)?;
        }
        self.stop_requested = true;
        self.state = State::Stopping;
        let timeout = match runtime::signal_init(s.pid, s.start_time, self.systemd()) {
            Ok(false) if !self.systemd() => Duration::ZERO,
            Ok(_) => self.stop_timeout(asked),
            Err(runtime::RuntimeError::Gone(_)) => Duration::ZERO,
            Err(e) => return Err(e.into()),
        };
        self.stop_deadline = Some(unix_millis() + timeout.as_millis() as u64);
        Ok(timeout)
    }

    /// How long a stop under way has left before the kill: until its
    /// saved deadline (zero once past it), or the whole stop timeout for a
    /// stop saved without one.
    pub fn stop_remaining(&self) -> Duration {
        match self.stop_deadline {
            Some(deadline) => Duration::from_millis(deadline.saturating_sub(unix_millis())),
            None => self.stop_timeout(None),
        }
    }

    pub fn pause(&mut self) -> Result<()> {
        runtime::freeze(&self.state_dir)?;
        self.state = State::Paused;
        Ok(())
    }

    pub fn resume(&mut self) -> Result<()> {
        runtime::thaw(&self.state_dir)?;
        self.state = State::Running;
        Ok(())
    }

    /// The init ended: record how, and whether that was a normal end.
    pub fn ended(&mut self, id: u64, exit: Option<Exit>) {
        let (state, reason) = match exit {
            Some(Exit::Code(c)) => (State::Exited, format!("the init exited with status {c}")),
            Some(Exit::Reboot) => (State::Exited, "the system asked for a reboot".to_string()),
            Some(Exit::Signal(s)) => {
                let name = signal_name(s);
                if self.stop_requested {
                    (State::Exited, format!("stopped by {name}"))
                } else {
                    (State::Dead, format!("the init was killed by {name}"))
                }
            }
            None => (State::Exited, "ended while the server was not watching; its exit status is unknown".to_string()),
        };
        log::info!("container {id} {state}: {reason}");
        crate::metrics::exit(match exit {
            Some(Exit::Code(0)) => crate::metrics::Exit::Success,
            Some(Exit::Code(_)) => crate::metrics::Exit::Failure,
            Some(Exit::Reboot) => crate::metrics::Exit::Reboot,
            Some(Exit::Signal(_)) if self.stop_requested => crate::metrics::Exit::Stopped,
            Some(Exit::Signal(_)) => crate::metrics::Exit::Killed,
            None => crate::metrics::Exit::Unknown,
        });
        self.exit = exit;
        self.state = state;
        self.reason = Some(reason);
        if let Err(e) = runtime::cleanup(&self.state_dir) {
            log::warn!("container {id}: removing its cgroups: {e}");
        }
    }

    /// Teardown for the graph: the container must have ended.
    pub fn remove(&mut self, _force: bool) -> Result<()> {
        if self.is_active() {
            return Err(Error::busy(format!("the container is {}; stop it first", self.state)));
        }
        if self.started.is_some() {
            match runtime::cleanup(&self.state_dir) {
                Ok(()) => {}
                Err(runtime::RuntimeError::Busy(m)) => return Err(Error::busy(m)),
                Err(e) => log::warn!("removing the cgroups of {}: {e}", self.state_dir.display()),
            }
        }
        let _ = std::fs::remove_dir_all(&self.state_dir);
        if self.namespaces.contains(&Namespace::User) {
            super::idranges::release(&self.state_dir);
        }
        // Its logs go with it (see container/log.rs).
        if let Some(log) = &self.logfile {
            super::log::remove(log);
        }
        Ok(())
    }

    pub fn render(&self, m: &mut models::Container) {
        // A paused container reads `running`, with `paused: true` beside it.
        let (state, paused) = match self.state {
            State::Created => (models::ContainerState::Created, None),
            State::Running => (models::ContainerState::Running, None),
            State::Paused => (models::ContainerState::Running, Some(true)),
            State::Stopping => (models::ContainerState::Stopping, None),
            State::Exited => (models::ContainerState::Exited, None),
            State::Dead => (models::ContainerState::Dead, None),
        };
        m.state = Some(state);
        m.paused = paused;
        m.logfile = self.logfile.as_ref().map(|p| p.display().to_string());
        m.exit_status = match self.exit {
            Some(Exit::Code(c)) => Some(c as i64),
            _ => None,
        };
        m.exit_signal = match self.exit {
            Some(Exit::Signal(s)) => Some(signal_name(s)),
            _ => None,
        };
        m.reason = self.reason.clone();
    }

    /// Saved so that a restarted server finds the processes again.
    pub fn identity(&self) -> serde_json::Value {
        json!({
            "state": self.state.to_string(),
            "argv": self.argv,
            "namespaces": self.namespaces,
            "state_dir": self.state_dir,
            "logfile": self.logfile,
            "started": self.started,
            "exit": self.exit,
            "reason": self.reason,
            "stop_requested": self.stop_requested,
            "stop_deadline": self.stop_deadline,
        })
    }

    /// Rebuild a container a previous run saved: one whose init still runs
    /// (same pid and start time) is running (or paused) again; one that
    /// ended meanwhile is exited with the status its shim recorded.
    pub fn adopt(id: u64, model: models::Container, identity: &serde_json::Value) -> Result<Container> {
        let field = |k: &str| identity.get(k).cloned().unwrap_or(serde_json::Value::Null);
        let parse = |k: &str| Error::internal(format!("saved container lacks a valid {k}"));
        let state: State = field("state").as_str().and_then(|s| s.parse().ok()).ok_or_else(|| parse("state"))?;
        let mut c = Container {
            model,
            state,
            argv: serde_json::from_value(field("argv")).map_err(|_| parse("argv"))?,
            namespaces: serde_json::from_value(field("namespaces")).map_err(|_| parse("namespaces"))?,
            state_dir: serde_json::from_value(field("state_dir")).map_err(|_| parse("state_dir"))?,
            logfile: serde_json::from_value(field("logfile")).unwrap_or(None),
            started: serde_json::from_value(field("started")).unwrap_or(None),
            exit: serde_json::from_value(field("exit")).unwrap_or(None),
            reason: serde_json::from_value(field("reason")).unwrap_or(None),
            stop_requested: field("stop_requested").as_bool().unwrap_or(false),
            stop_deadline: field("stop_deadline").as_u64(),
        };
        if c.is_active() {
            let alive = c.started.is_some_and(|s| runtime::is_alive(s.pid, s.start_time));
            if alive {
                if runtime::is_frozen(&c.state_dir).unwrap_or(false) && c.state != State::Stopping {
                    c.state = State::Paused;
                }
            } else {
                let exit = runtime::poll_exit(&c.state_dir);
                c.state = State::Running;
                c.ended(id, exit);
            }
        }
        Ok(c)
    }
}

/// `<logs>/<id>-<unix time>.log`, as the original service named them.
fn log_path(id: u64, logs: &Path) -> PathBuf {
    let unix = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    logs.join(format!("{id}-{unix}.log"))
}

/// The log exists from creation, with a `created` line, so a client that
/// reads `logfile` right after its POST finds it. A failure to write it is
/// not fatal: the first start makes it.
fn create_log(id: u64, logs: &Path) -> Option<PathBuf> {
    use std::io::Write;
    let path = log_path(id, logs);
    let line = format!("{} imageapi[{}]: container {id} created\n", super::shim::timestamp(), std::process::id());
    let written = std::fs::OpenOptions::new().create(true).append(true).open(&path).and_then(|mut f| f.write_all(line.as_bytes()));
    match written {
        Ok(()) => Some(path),
        Err(e) => {
            log::warn!("container {id}: creating its log {}: {e}", path.display());
            None
        }
    }
}

pub fn signal_name(signo: i32) -> String {
    nix::sys::signal::Signal::try_from(signo)
        .map(|s| s.as_str().to_string())
        .unwrap_or_else(|_| format!("signal {signo}"))
}

/// A container operation refused in the current state (409).
pub fn wrong_state(id: u64, state: State, wanted: &str) -> Error {
    Error::new(Kind::Busy, format!("container {id} is {state}; it cannot be {wanted}"))
}

/// Now, as Unix time in milliseconds (the clock a saved deadline uses).
fn unix_millis() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64)
}

/// Remove every secret (an rbd attachment's cephx key) from a mount
/// definition and the definitions nested in it.
fn without_secrets(mount: &mut models::Mount) {
    if let Some(attach) = mount.attach.as_mut().map(|a| &mut a.attach) {
        if let Some(options) = attach.rbd.as_mut().and_then(|r| r.options.as_mut()) {
            options.secret = None;
        }
        if let Some(base) = attach.loopback.as_mut().and_then(|l| l.mount.as_mut()) {
            without_secrets(base);
        }
    }
    if let Some(base) = mount.bind.as_mut().and_then(|b| b.mount.as_mut()) {
        without_secrets(base);
    }
    for lower in mount.overlay.iter_mut().flat_map(|o| o.lower.iter_mut()) {
        without_secrets(lower);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stored_container_keeps_no_secret_of_its_root() {
        let rbd = |image: &str| {
            serde_json::json!({"kind": "attach", "attach": {"fs_type": "squashfs", "attach": {"kind": "rbd",
                "rbd": {"monitors": ["10.0.0.1"], "pool": "p", "image": image, "options": {"name": "n", "secret": "AQBzZWNyZXQ="}}}}})
        };
        let root = serde_json::json!({"kind": "overlay", "overlay": {"lower": [
            rbd("a"),
            {"kind": "bind", "bind": {"path": "/x", "base": "mount", "mount": rbd("b")}},
            {"kind": "attach", "attach": {"fs_type": "ext4", "attach": {"kind": "loopback",
                "loopback": {"path": "/i", "base": "mount", "mount": rbd("c")}}}}]}});
        let mut mount: models::Mount = serde_json::from_value(root).unwrap();
        without_secrets(&mut mount);
        let stored = serde_json::to_string(&mount).unwrap();
        assert!(!stored.contains("AQBzZWNyZXQ="), "{stored}");
        assert!(stored.contains("\"name\":\"n\"") && stored.contains("\"image\":\"c\""), "more than the secret went: {stored}");
    }
}
