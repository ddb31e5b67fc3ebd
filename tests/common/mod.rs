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
//! - [`assert_clean`]: the check every test ends with.
//!
//! Needs root, the loop, squashfs, ext4 and overlay drivers, and on PATH:
//! `mksquashfs` (squashfs-tools), `mkfs.ext4` (e2fsprogs), `losetup`
//! (util-linux) and `/bin/busybox` (busybox-static).
//!
//! Every error response any test receives is checked against the contract
//! (`{"code": <status>, "message": "<non-empty>"}`) in one place.

#![allow(dead_code, unused_imports)]

mod http;
mod images;
mod kernel;

pub use http::*;
pub use images::*;
pub use kernel::*;

use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use serde_json::{json, Value};
use std::fs::{self, OpenOptions};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
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
}

impl Server {
    /// Start a server on a fresh temp dir and wait until it answers.
    pub fn start() -> Server {
        Server::start_with_env(&[])
    }

    /// Like [`Server::start`], with extra environment variables.
    pub fn start_with_env(env: &[(&str, &Path)]) -> Server {
        let temp = tempfile::Builder::new().prefix("imageapi-test.").tempdir().expect("creating the test's temp dir");
        // Canonical, so paths compare equal to what mountinfo and sysfs print.
        let root = temp.path().canonicalize().expect("canonicalizing the temp dir");
        fs::create_dir(root.join("work")).expect("creating the work dir");
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .proxy(None) // never send 127.0.0.1 through an http_proxy from the environment
            .timeout_global(Some(Duration::from_secs(120)))
            .build();
        let env = env.iter().map(|(k, v)| (k.to_string(), v.as_os_str().to_owned())).collect();
        let mut server = Server { temp, root, child: None, port: 0, agent: config.into(), env };
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

    /// Stop the server and start a new one on the same run dir.
    pub fn restart(&mut self) {
        self.stop();
        self.spawn();
    }

    fn spawn(&mut self) {
        // A port found free can be taken before the server binds it: retry.
        for _ in 0..3 {
            let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("finding a free port").port();
            let log = OpenOptions::new().create(true).append(true).open(self.root.join("server.log")).expect("opening the server log");
            let child = Command::new(env!("CARGO_BIN_EXE_imageapi-server"))
                .args(["--scheme", "http", "--host", "127.0.0.1", "--port", &port.to_string(), "--run-dir"])
                .arg(self.run_dir())
                .env("IMAGEAPI_LOGLEVEL", "DEBUG")
                .envs(self.env.iter().map(|(k, v)| (k, v)))
                .stdin(Stdio::null())
                .stdout(log.try_clone().expect("duplicating the log file"))
                .stderr(log)
                .spawn()
                .expect("spawning imageapi-server");
            self.child = Some(child);
            self.port = port;
            if self.wait_ready() {
                return;
            }
            self.stop();
        }
        panic!("imageapi-server did not answer within 5 s; its log:\n{}", self.log());
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
        let Some(mut child) = self.child.take() else { return };
        if let Ok(None) = child.try_wait() {
            let _ = kill(Pid::from_raw(child.id() as i32), Signal::SIGTERM);
            let deadline = Instant::now() + Duration::from_secs(5);
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
        self.stop();
        let cleaned = cleanup_kernel(&self.root);
        if std::thread::panicking() {
            eprintln!("---- imageapi-server log ({}) ----\n{}---- end of log ----", self.temp.path().display(), self.log());
        }
        if !cleaned.is_empty() {
            eprintln!("harness cleaned up after the test: {cleaned:?}");
        }
    }
}

/// An error response must be `{"code": <status>, "message": <non-empty>}`.
fn check_error_body(request: &str, status: u16, body: &Value) {
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

/// Every test ends with this: no mount under the temp dir (run dir included),
/// no loop device bound to a file under it (polled for 2 s: loop release is
/// asynchronous), and no attachment or mount left in the API.
pub fn assert_clean(server: &Server) {
    assert_eq!(server.list("/mount"), Vec::<Value>::new(), "mounts left in the API");
    assert_eq!(server.list("/attach"), Vec::<Value>::new(), "attachments left in the API");
    let deadline = Instant::now() + Duration::from_secs(2);
    loop {
        let (mounts, loops) = (mounts_under(server.temp()), loops_backed_by(server.temp()));
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
