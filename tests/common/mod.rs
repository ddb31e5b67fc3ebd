//! Shared harness of the integration tests: runs the real `imageapi-server`
//! against the real kernel and checks what it did there.
//!
//! - [`Server`]: one server per test, with its own temp dir (run dir under
//!   `run/`, the test's images under `work/`, the server's log in
//!   `server.log`), JSON helpers for the REST API, and a `Drop` that stops
//!   exactly this child and removes every mount and loop device left under
//!   the temp dir, so even a failed test leaves the node as it found it.
//! - `kernel`: views of `/proc/self/mountinfo` and `/sys/block/loop*`, the
//!   cleanup, and devices a test makes itself.
//! - `images`: squashfs, ext4 and busybox root filesystem builders.
//! - `procs`: container processes (init and shim, checked by start time),
//!   namespaces, cgroups and the freezer.
//! - `contract`: the outside references (recorded client requests, the
//!   original specs) and a strict check of answers against an original spec.
//! - [`assert_clean`]: the check every test ends with; [`assert_graph_matches_kernel`]
//!   for tests that crash and restart the server.
//!
//! Containers outlive the server that started them, so the `Drop` of a
//! [`Server`] ends a test in three steps: it force-deletes the containers
//! still listed, restarts the server on the same run dir with
//! `--teardown-on-exit` and SIGTERMs it (the server removes every object it
//! knows, users first); then it kills what is still tied to the test's temp
//! dir (inits and shims its state dirs record, checked by start time, and
//! processes whose root, cwd, command line or environment name the temp
//! dir), removes the container cgroups the test saw, and detaches every
//! mount and loop device left under the temp dir.
//!
//! Needs root, the loop, squashfs, ext4 and overlay drivers, and on PATH:
//! `mksquashfs` (squashfs-tools), `mkfs.ext4` (e2fsprogs), `losetup`
//! (util-linux) and `/bin/busybox` (busybox-static).
//!
//! The server's log is printed when a test fails, or always with
//! `IMAGEAPI_TEST_SHOW_LOG=1`.
//!
//! Every error response any test receives is checked against the contract
//! (`{"code": <status>, "message": "<non-empty>"}`) in one place.

#![allow(dead_code, unused_imports)]

mod contract;
mod http;
mod images;
mod kernel;
mod procs;

pub use contract::*;
pub use http::*;
pub use images::*;
pub use kernel::*;
pub use procs::*;

use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::fs::{self, OpenOptions};
use std::path::{Path, PathBuf};
use std::os::unix::ffi::OsStrExt;
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::thread::sleep;
use std::time::{Duration, Instant};

pub const BASE_PATH: &str = "/imageapi/v1";

/// A running `imageapi-server` with its own run directory.
pub struct Server {
    temp: tempfile::TempDir,
    root: PathBuf,
    child: Option<Child>,
    port: u16,
    agent: ureq::Agent,
    /// Extra environment of the server (fake sysfs roots, a fake iscsiadm).
    env: Vec<(String, std::ffi::OsString)>,
    /// Extra flags of every start of the server.
    flags: Vec<String>,
    /// RLIMIT_NOFILE of the server (soft and hard), if not the test's own.
    nofile: Option<u64>,
    /// Container processes and cgroups the test looked at (see
    /// [`Server::container_procs`]): checked by `assert_clean`, and killed
    /// and removed by `Drop` if they are still there.
    seen: Mutex<Vec<Seen>>,
}

/// One started container as the test saw it while it ran.
#[derive(Debug, Clone)]
struct Seen {
    id: u64,
    started: Started,
    cgroups: Vec<PathBuf>,
}

/// A second handle on a server's API for threads that must outlive a
/// crash of the server: its calls return transport errors instead of
/// panicking.
#[derive(Clone)]
pub struct Client {
    base: String,
    agent: ureq::Agent,
}

/// The server binary, run through the command of
/// `IMAGEAPI_TEST_SERVER_WRAPPER` (words split at spaces) where it is set:
/// `tests/old_kernel/run` runs every server under a filter that answers
/// ENOSYS to the system calls an older kernel lacks.
fn server_command() -> Command {
    let server = env!("CARGO_BIN_EXE_imageapi-server");
    match std::env::var("IMAGEAPI_TEST_SERVER_WRAPPER") {
        Ok(wrapper) if !wrapper.trim().is_empty() => {
            let mut words = wrapper.split_whitespace();
            let mut cmd = Command::new(words.next().unwrap());
            cmd.args(words).arg(server);
            cmd
        }
        _ => Command::new(server),
    }
}

/// A server whose state directory is a tmpfs of `size` under its temp dir
/// (unmounted with the temp dir); the server and that directory.
pub fn start_on_small_state(size: &str) -> (Server, PathBuf) {
    let server = Server::start_prepared(&[], &[], |root| {
        let dir = root.join("state");
        fs::create_dir(&dir).expect("creating the state dir");
        let options = format!("size={size},mode=0700");
        nix::mount::mount(Some("tmpfs"), &dir, Some("tmpfs"), nix::mount::MsFlags::empty(), Some(options.as_str()))
            .unwrap_or_else(|e| panic!("mounting a tmpfs on {}: {e}", dir.display()));
        vec!["--state-dir".into(), dir.display().to_string()]
    });
    let state = server.temp().join("state");
    (server, state)
}

/// Fill the filesystem of `dir` with `dir/filler` until it is full, then
/// give `leave` bytes back.
pub fn fill(dir: &Path, leave: u64) {
    let path = dir.join("filler");
    let mut f = OpenOptions::new().create(true).append(true).open(&path).expect("opening the filler");
    let chunk = vec![0xa5u8; 64 * 1024];
    use std::io::Write;
    loop {
        match f.write(&chunk) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) if e.raw_os_error() == Some(libc::ENOSPC) => break,
            Err(e) => panic!("filling {}: {e}", path.display()),
        }
    }
    if leave > 0 {
        let len = f.metadata().unwrap().len();
        f.set_len(len.saturating_sub(leave)).unwrap();
    }
}

/// Whether the servers run as on Linux 4.18 (`tests/old_kernel/run`):
/// no idmapped mounts, so no user namespaces.
pub fn old_kernel() -> bool {
    std::env::var("IMAGEAPI_TEST_SERVER_WRAPPER").is_ok_and(|w| !w.trim().is_empty())
}

/// On a kernel without idmapped mounts: a container with a user namespace
/// on `mount` is refused with 501 naming what is missing, and nothing is
/// made. What the tests of user namespaces check there instead.
pub fn assert_user_namespace_refused(s: &Server, mount: Value) {
    let before = s.mounts_made(&s.run_dir());
    let body = json!({"mount": mount, "command": "/bin/true", "state": "running", "namespaces": ["user"]});
    let message = expect_error(s.post("/container", &body), 501);
    assert!(message.contains("idmapped mounts") && message.contains("5.12"), "{message}");
    assert_eq!(s.mounts_made(&s.run_dir()), before, "the refused container left mounts");
    assert!(s.list("/container").is_empty() && s.list("/mount").is_empty() && s.list("/attach").is_empty(), "the refused container left objects");
}

impl Server {
    /// Start a server on a fresh temp dir and wait until it answers.
    pub fn start() -> Server {
        Server::start_with_env(&[])
    }

    /// Like [`Server::start`], with extra environment variables.
    pub fn start_with_env(env: &[(&str, &Path)]) -> Server {
        Server::start_with(env, &[])
    }

    /// Like [`Server::start`], with extra flags for every start (the
    /// harness still reaches it on 127.0.0.1 as root).
    pub fn start_with_flags(flags: &[&str]) -> Server {
        Server::start_with(&[], flags)
    }

    /// Like [`Server::start_with_flags`], with RLIMIT_NOFILE set to
    /// `nofile` in the server (for tests that run it out of descriptors
    /// cheaply).
    pub fn start_with_nofile(nofile: u64, flags: &[&str]) -> Server {
        Server::start_inner(&[], flags, Some(nofile), |_| Vec::new())
    }

    fn start_with(env: &[(&str, &Path)], flags: &[&str]) -> Server {
        Server::start_inner(env, flags, None, |_| Vec::new())
    }

    /// Like [`Server::start`], after `prepare` ran on the fresh temp dir
    /// (to mount a filesystem there, say); the flags it returns are added
    /// to every start. What it mounts under the temp dir is removed by the
    /// harness's cleanup.
    pub fn start_prepared(env: &[(&str, &Path)], flags: &[&str], prepare: impl FnOnce(&Path) -> Vec<String>) -> Server {
        Server::start_inner(env, flags, None, prepare)
    }

    fn start_inner(env: &[(&str, &Path)], flags: &[&str], nofile: Option<u64>, prepare: impl FnOnce(&Path) -> Vec<String>) -> Server {
        let temp = tempfile::Builder::new().prefix("imageapi-test.").tempdir().expect("creating the test's temp dir");
        // Canonical, so paths compare equal to what mountinfo and sysfs print.
        let root = temp.path().canonicalize().expect("canonicalizing the temp dir");
        fs::create_dir(root.join("work")).expect("creating the work dir");
        let env = env.iter().map(|(k, v)| (k.to_string(), v.as_os_str().to_owned())).collect();
        let mut flags: Vec<String> = flags.iter().map(|f| f.to_string()).collect();
        flags.extend(prepare(&root));
        let mut server = Server { temp, root, child: None, port: 0, agent: agent(120), env, flags, nofile, seen: Mutex::new(Vec::new()) };
        server.spawn();
        server
    }

    /// The temp dir owning everything of this test (run dir, images, log).
    pub fn temp(&self) -> &Path {
        &self.root
    }
    /// The server's `--run-dir`.
    pub fn run_dir(&self) -> PathBuf {
        self.root.join("run")
    }
    /// Where the test puts its own files and images.
    pub fn work(&self) -> PathBuf {
        self.root.join("work")
    }
    pub fn log(&self) -> String {
        fs::read_to_string(self.root.join("server.log")).unwrap_or_default()
    }

    /// Stop the server (SIGTERM: it leaves every object in place) and start
    /// a new one on the same run dir, which re-adopts them.
    pub fn restart(&mut self) {
        self.stop();
        self.spawn();
    }

    /// kill -9 the server (a crash), then start a new one on the same run dir.
    pub fn crash_and_restart(&mut self) {
        self.crash();
        self.spawn();
    }

    /// kill -9 the server and reap it; [`Server::respawn`] starts it again.
    pub fn crash(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Stop the server with SIGTERM (it leaves every object in place);
    /// [`Server::respawn`] starts it again.
    pub fn terminate(&mut self) {
        self.stop();
    }

    /// Start the server again after [`Server::crash`] or [`Server::terminate`].
    pub fn respawn(&mut self) {
        assert!(self.child.is_none(), "the server is still running");
        self.spawn();
    }

    /// Like [`Server::respawn`], with `extra` flags for this start only.
    pub fn respawn_with(&mut self, extra: &[&str]) {
        assert!(self.child.is_none(), "the server is still running");
        assert!(self.try_spawn(extra), "imageapi-server {extra:?} did not answer; its log:\n{}", self.log());
    }

    /// The mounts at or below `path`, but for the server's mounts
    /// directory itself (a mount of its own while the server runs).
    pub fn mounts_made(&self, path: &Path) -> Vec<PathBuf> {
        let own = self.run_dir().join("mounts");
        mounts_under(path).into_iter().filter(|m| *m != own).collect()
    }

    /// The port of the http listener.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// Stop the server (SIGTERM, objects stay) and start it again with
    /// `--teardown-on-exit`, so that [`Server::terminate_within`] makes it
    /// remove everything.
    pub fn respawn_with_teardown(&mut self) {
        self.stop();
        assert!(self.try_spawn(&["--teardown-on-exit"]), "imageapi-server --teardown-on-exit did not answer; its log:\n{}", self.log());
    }

    /// SIGTERM the server and wait up to `grace` for it to end (SIGKILL then).
    pub fn terminate_within(&mut self, grace: Duration) {
        self.stop_within(grace);
    }

    /// The pid of the running server, if any.
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(|c| c.id())
    }

    /// A handle on the API that survives a crash of the server (until it
    /// is started again: the port changes).
    pub fn client(&self) -> Client {
        Client { base: self.url(""), agent: self.agent.clone() }
    }

    fn spawn(&mut self) {
        if !self.try_spawn(&[]) {
            panic!("imageapi-server did not answer within 5 s; its log:\n{}", self.log());
        }
    }

    /// Start the server with `extra` flags; false if it never answered.
    fn try_spawn(&mut self, extra: &[&str]) -> bool {
        // A port found free can be taken before the server binds it: retry.
        for _ in 0..3 {
            let Ok(port) = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()) else { continue };
            let Ok(log) = OpenOptions::new().create(true).append(true).open(self.root.join("server.log")) else { return false };
            let Ok(log2) = log.try_clone() else { return false };
            let mut command = server_command();
            if let Some(n) = self.nofile {
                use std::os::unix::process::CommandExt;
                let limit = libc::rlimit { rlim_cur: n, rlim_max: n };
                // SAFETY: setrlimit is async-signal-safe, and only reads `limit`, a copy owned by the closure.
                unsafe {
                    command.pre_exec(move || if libc::setrlimit(libc::RLIMIT_NOFILE, &limit) == 0 { Ok(()) } else { Err(std::io::Error::last_os_error()) });
                }
            }
            let spawned = command
                .args(["--scheme", "http", "--port", &port.to_string()])
                .args((!self.flags.iter().any(|f| f == "--host")).then_some(["--host", "127.0.0.1"]).into_iter().flatten())
                .arg("--run-dir")
                .arg(self.run_dir())
                .args(&self.flags)
                .args(extra)
                .env("IMAGEAPI_LOGLEVEL", "DEBUG")
                .envs(self.env.iter().map(|(k, v)| (k, v)))
                .stdin(Stdio::null())
                .stdout(log2)
                .stderr(log)
                .spawn();
            let Ok(child) = spawned else { return false };
            self.child = Some(child);
            self.port = port;
            if self.wait_ready() {
                return true;
            }
            self.stop();
        }
        false
    }

    fn wait_ready(&mut self) -> bool {
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if !matches!(self.child.as_mut().map(|c| c.try_wait()), Some(Ok(None))) {
                return false;
            }
            if self.agent.get(self.url("/attach")).call().is_ok() {
                return true;
            }
            sleep(Duration::from_millis(50));
        }
        false
    }

    /// SIGTERM this child (by its pid, not yet reaped so not reused), SIGKILL
    /// after 5 s, and reap it.
    fn stop(&mut self) {
        self.stop_within(Duration::from_secs(5));
    }

    fn stop_within(&mut self, grace: Duration) {
        let Some(mut child) = self.child.take() else { return };
        if let Ok(None) = child.try_wait() {
            let _ = kill(Pid::from_raw(child.id() as i32), Signal::SIGTERM);
            let deadline = Instant::now() + grace;
            while Instant::now() < deadline {
                if let Ok(Some(_)) = child.try_wait() {
                    return;
                }
                sleep(Duration::from_millis(20));
            }
            let _ = child.kill();
        }
        let _ = child.wait();
    }

    // ---- HTTP ------------------------------------------------------------

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{BASE_PATH}{path}", self.port)
    }
    pub fn get(&self, path: &str) -> (u16, Value) {
        self.finish("GET", path, self.agent.get(self.url(path)).call())
    }
    pub fn post(&self, path: &str, body: &Value) -> (u16, Value) {
        self.finish("POST", path, self.agent.post(self.url(path)).send_json(body))
    }
    /// POST a body as it is (for malformed JSON).
    pub fn post_raw(&self, path: &str, body: &str) -> (u16, Value) {
        let request = self.agent.post(self.url(path)).content_type("application/json");
        self.finish("POST", path, request.send(body))
    }
    pub fn delete(&self, path: &str) -> (u16, Value) {
        self.finish("DELETE", path, self.agent.delete(self.url(path)).call())
    }
    pub fn patch(&self, path: &str) -> (u16, Value) {
        self.finish("PATCH", path, self.agent.patch(self.url(path)).send_empty())
    }
    /// `http://127.0.0.1:<port>`, for clients that add the paths themselves.
    pub fn origin(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
    /// Send exactly these bytes: `path` is absolute (base path included, or
    /// not), a content type only when given, as a recorded client sent it.
    pub fn send_raw(&self, method: &str, path: &str, content_type: Option<&str>, body: &[u8]) -> (u16, Value) {
        let mut request = ureq::http::Request::builder().method(method).uri(format!("{}{path}", self.origin()));
        if let Some(t) = content_type {
            request = request.header("content-type", t);
        }
        let request = request.body(body.to_vec()).unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        self.finish(method, path, self.agent.run(request))
    }

    fn finish(&self, method: &str, path: &str, result: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> (u16, Value) {
        let mut response = result.unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        let status = response.status().as_u16();
        let text = response.body_mut().read_to_string().unwrap_or_else(|e| panic!("{method} {path}: reading the body: {e}"));
        let body = if text.trim().is_empty() { Value::Null } else { serde_json::from_str(&text).unwrap_or(Value::String(text)) };
        if status >= 400 {
            check_error_body(&format!("{method} {path}"), status, &body);
        }
        (status, body)
    }

    // ---- API shortcuts (collection is "attach", "mount" or "container") --

    /// POST a definition and expect 201; returns the created object.
    pub fn create(&self, collection: &str, body: Value) -> Value {
        let (status, object) = self.post(&format!("/{collection}"), &body);
        assert_eq!(status, 201, "POST /{collection} {body} answered {object}");
        object
    }
    /// DELETE (optionally with force) and expect 200 with the deleted object.
    pub fn remove(&self, collection: &str, id: u64, force: bool) -> Value {
        let path = format!("/{collection}?id={id}{}", if force { "&force=true" } else { "" });
        let (status, object) = self.delete(&path);
        assert_eq!(status, 200, "DELETE {path} answered {object}");
        assert_eq!(id_of(&object), id, "DELETE {path} returned another object: {object}");
        object
    }
    /// GET one object by id, expecting an array of exactly one.
    pub fn get_one(&self, collection: &str, id: u64) -> Value {
        let (status, list) = self.get(&format!("/{collection}?id={id}"));
        assert_eq!(status, 200, "GET /{collection}?id={id} answered {list}");
        let items = list.as_array().unwrap_or_else(|| panic!("GET /{collection}?id={id}: not an array: {list}"));
        assert_eq!(items.len(), 1, "GET /{collection}?id={id}: {list}");
        items[0].clone()
    }
    pub fn list(&self, path: &str) -> Vec<Value> {
        let (status, list) = self.get(path);
        assert_eq!(status, 200, "GET {path} answered {list}");
        list.as_array().unwrap_or_else(|| panic!("GET {path}: not an array: {list}")).clone()
    }
    pub fn refs(&self, collection: &str, id: u64) -> i64 {
        let object = self.get_one(collection, id);
        object["refs"].as_i64().unwrap_or_else(|| panic!("{collection} {id} has no refs: {object}"))
    }
    pub fn exists(&self, collection: &str, id: u64) -> bool {
        match self.get(&format!("/{collection}?id={id}")) {
            (200, _) => true,
            (404, _) => false,
            other => panic!("GET /{collection}?id={id} answered {other:?}"),
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // 1. Through the server: force-delete the containers it still lists
        //    (a forced delete kills at once, where a teardown would wait for
        //    each stop timeout), then let a server started with
        //    --teardown-on-exit remove everything else, users first.
        if self.child.is_some() {
            let client = self.client();
            if let Ok((200, Value::Array(containers))) = client.try_get("/container") {
                for c in containers {
                    if let Some(id) = c["id"].as_u64() {
                        let _ = client.try_delete(&format!("/container?id={id}&force=true"));
                    }
                }
            }
        }
        self.stop();
        if self.try_spawn(&["--teardown-on-exit"]) {
            self.stop_within(Duration::from_secs(90));
        }
        // 2. Whatever is still tied to this test in the kernel.
        let mut cleaned = self.kill_leftover_processes();
        cleaned.extend(cleanup_kernel(&self.root));
        for hold in id_ranges_held_under(&self.root) {
            if fs::remove_file(&hold).is_ok() {
                cleaned.push(format!("id range hold {}", hold.display()));
            }
        }
        if std::thread::panicking() || std::env::var_os("IMAGEAPI_TEST_SHOW_LOG").is_some() {
            eprintln!("---- imageapi-server log ({}) ----\n{}---- end of log ----", self.temp.path().display(), self.log());
        }
        if !cleaned.is_empty() {
            eprintln!("harness cleaned up after the test: {cleaned:?}");
        }
        // 3. Say loudly what even that could not remove (a panic here would
        //    abort a test that is already failing).
        let mut left: Vec<String> = mounts_under(&self.root).iter().map(|m| format!("mount {}", m.display())).collect();
        left.extend(loops_backed_by(&self.root).iter().map(|(n, f)| format!("/dev/loop{n} ({})", f.display())));
        left.extend(processes_tied_to(&self.root).iter().map(|(pid, _)| format!("process {pid}")));
        if let Ok(seen) = self.seen.lock() {
            left.extend(seen.iter().flat_map(|s| s.cgroups.iter()).filter(|c| c.exists()).map(|c| format!("cgroup {}", c.display())));
        }
        if !left.is_empty() {
            eprintln!("HARNESS COULD NOT CLEAN UP after the test in {}: {left:?}", self.root.display());
        }
    }
}

impl Server {
    /// Kill the container processes of this test that the server left
    /// running: the inits and shims recorded in its state dirs and seen by
    /// the test (each checked by its start time), then any process tied to
    /// the temp dir; and remove the container cgroups the test saw.
    fn kill_leftover_processes(&self) -> Vec<String> {
        let mut cleaned = Vec::new();
        let mut started: Vec<Started> = self.seen.lock().map(|s| s.iter().map(|s| s.started).collect()).unwrap_or_default();
        if let Ok(entries) = fs::read_dir(self.run_dir().join("containers")) {
            started.extend(entries.flatten().filter_map(|e| procs::started(&e.path())));
        }
        started.sort_by_key(|s| (s.pid, s.start_time));
        started.dedup();
        for s in &started {
            // The init's death takes its whole pid namespace along; the shim
            // then records the exit, removes the cgroups and ends.
            if signal_verified(s.pid, s.start_time, libc::SIGKILL) {
                cleaned.push(format!("kill init {}", s.pid));
            }
        }
        for s in &started {
            if !eventually(15, || !s.shim_alive()) && signal_verified(s.shim_pid, s.shim_start_time, libc::SIGKILL) {
                cleaned.push(format!("kill shim {}", s.shim_pid));
            }
        }
        for (pid, start) in processes_tied_to(&self.root) {
            if signal_verified(pid, start, libc::SIGKILL) {
                cleaned.push(format!("kill {pid} (tied to {})", self.root.display()));
            }
        }
        let seen_cgroups: Vec<PathBuf> = self.seen.lock().map(|s| s.iter().flat_map(|s| s.cgroups.clone()).collect()).unwrap_or_default();
        for cgroup in seen_cgroups {
            if cgroup.exists() {
                eventually(5, || cgroup_procs(&cgroup).is_empty());
                if remove_cgroup(&cgroup) {
                    cleaned.push(format!("rmdir {}", cgroup.display()));
                }
            }
        }
        cleaned
    }

    // ---- containers ------------------------------------------------------

    /// The state dir of container `id` (its config, pid and exit files).
    pub fn container_dir(&self, id: u64) -> PathBuf {
        self.run_dir().join("containers").join(id.to_string())
    }

    /// The init and shim of running container `id` and its cgroups, as the
    /// kernel shows them now; remembered, so `assert_clean` can check they
    /// are gone and `Drop` can kill them if they are not.
    pub fn container_procs(&self, id: u64) -> (Started, Vec<PathBuf>) {
        let started = procs::started(&self.container_dir(id)).unwrap_or_else(|| panic!("container {id} has no state.json"));
        assert!(started.init_alive(), "the init of container {id} ({started:?}) is not running");
        let cgroups = container_cgroups(started.pid);
        assert!(!cgroups.is_empty(), "the init of container {id} is in no imageapi cgroup");
        let mut seen = self.seen.lock().unwrap();
        seen.retain(|s| s.started != started);
        seen.push(Seen { id, started, cgroups: cgroups.clone() });
        (started, cgroups)
    }

    /// Poll GET until container `id` is in `state` (at most `secs`); returns it.
    pub fn wait_state(&self, id: u64, state: &str, secs: u64) -> Value {
        let mut last = Value::Null;
        let reached = eventually(secs, || {
            last = self.get_one("container", id);
            last["state"] == state
        });
        assert!(reached, "container {id} did not become {state} within {secs} s: {last}");
        last
    }
}

impl Client {
    pub fn try_get(&self, path: &str) -> Result<(u16, Value), String> {
        Self::finish(self.agent.get(format!("{}{path}", self.base)).call())
    }
    pub fn try_post(&self, path: &str, body: &Value) -> Result<(u16, Value), String> {
        Self::finish(self.agent.post(format!("{}{path}", self.base)).send_json(body))
    }
    pub fn try_delete(&self, path: &str) -> Result<(u16, Value), String> {
        Self::finish(self.agent.delete(format!("{}{path}", self.base)).call())
    }
    pub fn try_patch(&self, path: &str) -> Result<(u16, Value), String> {
        Self::finish(self.agent.patch(format!("{}{path}", self.base)).send_empty())
    }

    fn finish(result: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Result<(u16, Value), String> {
        let mut response = result.map_err(|e| e.to_string())?;
        let status = response.status().as_u16();
        let text = response.body_mut().read_to_string().map_err(|e| e.to_string())?;
        Ok((status, serde_json::from_str(&text).unwrap_or(Value::String(text))))
    }
}

/// An HTTP agent that reports statuses instead of erroring and never uses a proxy.
fn agent(timeout_secs: u64) -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .proxy(None) // never send 127.0.0.1 through an http_proxy from the environment
        .timeout_global(Some(Duration::from_secs(timeout_secs)))
        .build()
        .into()
}

/// An error response must be `{"code": <status>, "message": <non-empty>}`.
pub fn check_error_body(request: &str, status: u16, body: &Value) {
    assert_eq!(body["code"].as_i64(), Some(status as i64), "{request}: status {status}, error body without the same code: {body}");
    let message = body["message"].as_str().unwrap_or_default();
    assert!(!message.trim().is_empty(), "{request}: status {status}, error body without a message: {body}");
}

/// Expect an error with exactly this status; returns its message.
pub fn expect_error(response: (u16, Value), status: u16) -> String {
    assert_eq!(response.0, status, "expected an error {status}, got {} {}", response.0, response.1);
    response.1["message"].as_str().unwrap_or_default().to_string()
}

/// Expect a client error (4xx); returns the status and message.
pub fn expect_client_error(response: (u16, Value)) -> (u16, String) {
    assert!((400..500).contains(&response.0), "expected a 4xx, got {} {}", response.0, response.1);
    (response.0, response.1["message"].as_str().unwrap_or_default().to_string())
}

pub fn id_of(object: &Value) -> u64 {
    object["id"].as_u64().unwrap_or_else(|| panic!("object without an id: {object}"))
}

/// The `mountpoint` of a mount object.
pub fn mountpoint(mount: &Value) -> PathBuf {
    PathBuf::from(mount["mountpoint"].as_str().unwrap_or_else(|| panic!("mount without a mountpoint: {mount}")))
}

/// The `device_file` of an attachment object.
pub fn device_file(attach: &Value) -> String {
    attach["device_file"].as_str().unwrap_or_else(|| panic!("attachment without a device_file: {attach}")).to_string()
}

/// Read a file that must exist.
pub fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// Whether `text` contains `id` as a whole number (not part of another).
pub fn mentions_id(text: &str, id: u64) -> bool {
    text.split(|c: char| !c.is_ascii_digit()).any(|word| word == id.to_string())
}

// ---- definitions --------------------------------------------------------

pub fn loopback(path: &Path) -> Value {
    json!({"kind": "loopback", "loopback": {"path": path, "base": "root"}})
}
/// A loopback attachment of `path` inside `mount` (reference or definition).
pub fn loopback_in(mount: Value, path: &str) -> Value {
    json!({"kind": "loopback", "loopback": {"path": path, "base": "mount", "mount": mount}})
}
pub fn local(path: &str) -> Value {
    json!({"kind": "local", "local": {"path": path}})
}
pub fn attach_mount(attach: Value, fs_type: &str) -> Value {
    json!({"kind": "attach", "attach": {"fs_type": fs_type, "attach": attach}})
}
/// A squashfs mount of `image` with the loopback attachment nested.
pub fn squashfs_mount(image: &Path) -> Value {
    attach_mount(loopback(image), "squashfs")
}
pub fn bind(path: &Path) -> Value {
    json!({"kind": "bind", "bind": {"path": path, "base": "root"}})
}
pub fn overlay(lower: Vec<Value>) -> Value {
    json!({"kind": "overlay", "overlay": {"lower": lower}})
}
pub fn reference(id: u64) -> Value {
    json!({"id": id})
}
/// A container running `command` on `mount` (reference or definition),
/// started at once.
pub fn container(mount: Value, command: &str) -> Value {
    json!({"mount": mount, "command": command, "state": "running"})
}
/// A squashfs image (in `dir`) of a fresh busybox root filesystem.
pub fn busybox_image(dir: &Path) -> PathBuf {
    squashfs_from_dir(&busybox_rootfs(&unique(dir, "busybox")))
}
/// A writable root: an overlay over the squashfs mount of `image`, over
/// its loop device (three objects, all nested).
pub fn overlay_stack(image: &Path) -> Value {
    overlay(vec![squashfs_mount(image)])
}

/// Every test ends with this: no mount under the temp dir (run dir included),
/// no loop device bound to a file under it (polled for 2 s: loop release is
/// asynchronous), and no attachment or mount left in the API.
///
/// Also: no container in the API and no container state dir; every container
/// process the test looked at (see [`Server::container_procs`]) has ended
/// and its cgroups are gone; no process but the server is tied to the temp
/// dir (see [`processes_tied_to`]); all polled for 10 s, as a container's
/// shim removes its cgroups after the init was reaped.
/// The host-wide holds of user-namespace id ranges (files naming a
/// container's state dir) for containers under `root`.
pub fn id_ranges_held_under(root: &Path) -> Vec<PathBuf> {
    let Ok(dir) = fs::read_dir("/run/imageapi-idranges") else { return Vec::new() };
    dir.flatten()
        .filter(|e| fs::read(e.path()).is_ok_and(|owner| Path::new(std::ffi::OsStr::from_bytes(&owner)).starts_with(root)))
        .map(|e| e.path())
        .collect()
}

/// Wait (10 s at most) until process `pid` has a handler for `signal`:
/// a shell init sets its `trap` a moment after it starts, and a stop
/// asked before that kills it at once (an init without a handler would
/// never see the signal).
pub fn wait_until_catches(pid: i32, signal: i32) {
    let catches = || {
        let status = fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
        let mask = status.lines().find_map(|l| l.strip_prefix("SigCgt:")).and_then(|m| u64::from_str_radix(m.trim(), 16).ok());
        mask.is_some_and(|m| m & (1 << (signal - 1)) != 0)
    };
    assert!(eventually(10, catches), "process {pid} never set a handler for signal {signal}");
}

pub fn assert_clean(server: &Server) {
    assert_clean_but_mounts(server, &[]);
}

/// [`assert_clean`], but for filesystems the test mounted itself under the
/// temp dir (a small tmpfs for the state directory, say), which stay.
pub fn assert_clean_but_mounts(server: &Server, own: &[&Path]) {
    assert_eq!(server.list("/container"), Vec::<Value>::new(), "containers left in the API");
    assert_eq!(server.list("/mount"), Vec::<Value>::new(), "mounts left in the API");
    assert_eq!(server.list("/attach"), Vec::<Value>::new(), "attachments left in the API");
    let state_dirs: Vec<_> = fs::read_dir(server.run_dir().join("containers")).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    assert_eq!(state_dirs, Vec::<PathBuf>::new(), "container state dirs left");
    assert_eq!(id_ranges_held_under(server.temp()), Vec::<PathBuf>::new(), "id ranges still held for containers of this server");
    let seen = server.seen.lock().unwrap().clone();
    let server_pid = server.pid().map(|p| p as i32);
    let mut left = Vec::new();
    let gone = eventually(10, || {
        left.clear();
        for s in &seen {
            if s.started.init_alive() {
                left.push(format!("init {} of container {}", s.started.pid, s.id));
            }
            if s.started.shim_alive() {
                left.push(format!("shim {} of container {}", s.started.shim_pid, s.id));
            }
            left.extend(s.cgroups.iter().filter(|c| c.exists()).map(|c| format!("cgroup {}", c.display())));
        }
        let tied = processes_tied_to(server.temp()).into_iter().filter(|(pid, _)| Some(*pid) != server_pid);
        left.extend(tied.map(|(pid, _)| {
            let cmdline = fs::read(format!("/proc/{pid}/cmdline")).map(|b| String::from_utf8_lossy(&b).replace('\0', " ")).unwrap_or_default();
            let status = fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
            let ppid = status.lines().find(|l| l.starts_with("PPid:")).unwrap_or("").to_string();
            format!("process {pid} tied to the temp dir ({} {ppid})", cmdline.trim())
        }));
        left.is_empty()
    });
    assert!(gone, "container processes or cgroups left: {left:?}");
    let deadline = Instant::now() + Duration::from_secs(2);
    loop {
        let mut mounts = server.mounts_made(server.temp());
        mounts.retain(|m| !own.contains(&m.as_path()));
        let loops = loops_backed_by(server.temp());
        if mounts.is_empty() && loops.is_empty() {
            return;
        }
        assert!(Instant::now() < deadline, "left in the kernel: mounts {mounts:?}, loop devices {loops:?}");
        sleep(Duration::from_millis(50));
    }
}

/// Poll `check` for up to `secs` seconds.
pub fn eventually(secs: u64, mut check: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + Duration::from_secs(secs);
    loop {
        if check() {
            return true;
        }
        if Instant::now() > deadline {
            return false;
        }
        sleep(Duration::from_millis(50));
    }
}

/// What the API lists and what the kernel holds agree (for tests that
/// crash and restart the server):
/// - every listed mount is mounted at its mountpoint, and every mount under
///   `<run-dir>/mounts` is a listed mountpoint;
/// - every listed loopback attachment's device is attached and backs the
///   listed file, and every loop device backed by a file under the temp dir
///   is listed (polled for 3 s: the kernel releases an autoclear device
///   after its last user went);
/// - every object a listed object uses (lower, attachment, base mount,
///   container root) is listed too;
/// - a container listed running, paused or stopping has its init running
///   (as its state dir records it), any other has none;
/// - every entry of `<run-dir>/mounts`, `overlay` and `containers` belongs
///   to a listed object of that kind.
pub fn assert_graph_matches_kernel(s: &Server) {
    let mounts = s.list("/mount");
    let attachments = s.list("/attach");
    let containers = s.list("/container");
    let ids = |list: &[Value]| list.iter().map(id_of).collect::<BTreeSet<u64>>();
    let (mount_ids, attach_ids, container_ids) = (ids(&mounts), ids(&attachments), ids(&containers));

    // Mounts.
    let listed: BTreeSet<PathBuf> = mounts.iter().map(mountpoint).collect();
    for m in &mounts {
        assert!(is_mountpoint(&mountpoint(m)), "mount {} is listed but {} is not mounted: {m}", id_of(m), mountpoint(m).display());
    }
    let mounts_dir = s.run_dir().join("mounts");
    for mp in mounts_under(&mounts_dir) {
        assert!(mp == mounts_dir || listed.contains(&mp), "{} is mounted but no listed mount has it; listed: {listed:?}", mp.display());
    }

    // Loop devices.
    let mut devices = BTreeSet::new();
    for a in attachments.iter().filter(|a| a["kind"] == "loopback") {
        let n = loop_number(&device_file(a));
        devices.insert(n);
        let lo = &a["loopback"];
        let file = match lo["base"].as_str() {
            Some("root") => PathBuf::from(lo["path"].as_str().unwrap_or_default()),
            _ => mountpoint(&lo["mount"]).join(lo["path"].as_str().unwrap_or_default()),
        };
        assert_eq!(loop_backing_file(n), Some(file.clone()), "attachment {} lists /dev/loop{n} for {}: {a}", id_of(a), file.display());
    }
    let mut stray = Vec::new();
    let agreed = eventually(3, || {
        stray = loops_backed_by(s.temp()).into_iter().filter(|(n, _)| !devices.contains(n)).collect();
        stray.is_empty()
    });
    assert!(agreed, "loop devices backed by the test's files that no attachment lists: {stray:?}");

    // References point at listed objects.
    for m in &mounts {
        let uses: Vec<u64> = match m["kind"].as_str() {
            Some("overlay") => m["overlay"]["lower"].as_array().map(|l| l.iter().map(id_of).collect()).unwrap_or_default(),
            Some("attach") => vec![id_of(&m["attach"]["attach"])],
            Some("bind") if m["bind"]["base"] == "mount" => vec![id_of(&m["bind"]["mount"])],
            _ => vec![],
        };
        for u in uses {
            assert!(mount_ids.contains(&u) || attach_ids.contains(&u), "mount {} uses {u}, which is not listed", id_of(m));
        }
    }
    for a in &attachments {
        if a["kind"] == "loopback" && a["loopback"]["base"] == "mount" {
            let base = id_of(&a["loopback"]["mount"]);
            assert!(mount_ids.contains(&base), "attachment {} stands on mount {base}, which is not listed", id_of(a));
        }
    }
    for c in &containers {
        let root = id_of(&c["mount"]);
        assert!(mount_ids.contains(&root), "container {} stands on mount {root}, which is not listed", id_of(c));
    }

    // Containers: an active one has its init running, any other has none.
    for c in &containers {
        let id = id_of(c);
        let alive = procs::started(&s.container_dir(id)).is_some_and(|st| st.init_alive());
        let active = matches!(c["state"].as_str(), Some("running" | "paused" | "stopping"));
        assert_eq!(alive, active, "container {id} is listed {} but its init is {}: {c}", c["state"], if alive { "running" } else { "not running" });
    }

    // Directories of the run dir.
    for (dir, owners) in [("mounts", &mount_ids), ("overlay", &mount_ids), ("containers", &container_ids)] {
        let entries = fs::read_dir(s.run_dir().join(dir)).map(|d| d.flatten().map(|e| e.file_name()).collect::<Vec<_>>()).unwrap_or_default();
        for name in entries {
            let owned = name.to_str().and_then(|n| n.parse::<u64>().ok()).is_some_and(|id| owners.contains(&id));
            assert!(owned, "{}/{} belongs to no listed object", dir, name.to_string_lossy());
        }
    }
}
