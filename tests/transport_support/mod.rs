//! Shared by the transport tests: the real server binary on a private
//! temporary directory (run dir, socket, certificates, log), and a
//! minimal HTTP/1.1 client over any stream, so each test can speak to the
//! server exactly as a hostile or careless client would.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running `imageapi-server`; stopped (SIGTERM, then SIGKILL) and its
/// directory removed on drop.
pub struct Server {
    child: Option<Child>,
    pub dir: tempfile::TempDir,
    pub http: Option<SocketAddr>,
    pub https: Option<SocketAddr>,
    pub socket: PathBuf,
    log: PathBuf,
}

impl Server {
    /// Start with `args` (a run dir and socket path in the test directory
    /// are added) and wait until every listener is up.
    pub fn start(args: &[&str]) -> Server {
        Self::start_with(args, &[], tempfile::tempdir().unwrap())
    }

    pub fn start_with(args: &[&str], env: &[(&str, &str)], dir: tempfile::TempDir) -> Server {
        let (child, log, socket) = Self::spawn(args, env, &dir);
        let mut server = Server { child: Some(child), dir, http: None, https: None, socket, log };
        let listeners = args.iter().filter(|a| **a == "--scheme").count().max(1);
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let log = server.log();
            let found: Vec<&str> = log.lines().filter_map(|l| l.split("listening on ").nth(1)).collect();
            if found.len() >= listeners {
                for l in found {
                    if let Some(a) = l.strip_prefix("http://") {
                        server.http = Some(a.trim().parse().unwrap());
                    } else if let Some(a) = l.strip_prefix("https://") {
                        server.https = Some(a.trim().parse().unwrap());
                    }
                }
                return server;
            }
            if let Some(status) = server.child.as_mut().unwrap().try_wait().unwrap() {
                panic!("imageapi-server exited with {status} before listening:\n{log}");
            }
            assert!(Instant::now() < deadline, "imageapi-server did not start listening:\n{log}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Run the server to its exit and return (exit code, log): for flag
    /// combinations it must refuse.
    pub fn run_to_exit(args: &[&str], dir: &tempfile::TempDir) -> (i32, String) {
        let (mut child, log, _) = Self::spawn(args, &[], dir);
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = child.try_wait().unwrap() {
                let log = std::fs::read_to_string(&log).unwrap_or_default();
                // A server that refused to start leaves nothing mounted.
                let mountinfo = std::fs::read_to_string("/proc/self/mountinfo").unwrap_or_default();
                let left: Vec<&str> = mountinfo.lines().filter_map(|l| l.split(' ').nth(4)).filter(|m| Path::new(m).starts_with(dir.path())).collect();
                assert!(left.is_empty(), "the server exited with {status} and left mounts behind: {left:?}\n{log}");
                return (status.code().unwrap_or(-1), log);
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                panic!("imageapi-server did not exit:\n{}", std::fs::read_to_string(&log).unwrap_or_default());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn spawn(args: &[&str], env: &[(&str, &str)], dir: &tempfile::TempDir) -> (Child, PathBuf, PathBuf) {
        let log = dir.path().join(format!("server-{}.log", std::fs::read_dir(dir.path()).unwrap().count()));
        let socket = dir.path().join("imageapi.sock");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_imageapi-server"));
        cmd.args(args);
        if !args.contains(&"--run-dir") {
            cmd.arg("--run-dir").arg(dir.path().join("run"));
        }
        if !args.contains(&"--socket-path") {
            cmd.arg("--socket-path").arg(&socket);
        }
        // A test that fails half-way still leaves no mount or loop device.
        cmd.arg("--teardown-on-exit");
        if !args.contains(&"--host") {
            cmd.args(["--host", "127.0.0.1"]);
        }
        cmd.env("IMAGEAPI_LOGLEVEL", "INFO");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = std::fs::File::create(&log).unwrap();
        cmd.stdin(Stdio::null()).stdout(out.try_clone().unwrap()).stderr(out);
        (cmd.spawn().expect("starting imageapi-server"), log, socket)
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    pub fn pid(&self) -> u32 {
        self.child.as_ref().unwrap().id()
    }

    /// The server answers a plain GET on its http listener.
    pub fn answers(&self) -> bool {
        let Some(addr) = self.http else { return false };
        match std::net::TcpStream::connect(addr) {
            Ok(s) => {
                s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
                request(s, "GET", "/imageapi/v1/mount", None).status == 200
            }
            Err(_) => false,
        }
    }

    /// Peak resident memory of the server so far, in bytes.
    pub fn peak_memory(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid())).unwrap();
        let kib: u64 = status
            .lines()
            .find_map(|l| l.strip_prefix("VmHWM:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
            .unwrap();
        kib * 1024
    }

    /// SIGTERM and wait: the server removes what it made.
    pub fn stop(&mut self) -> i32 {
        let Some(mut child) = self.child.take() else { return 0 };
        let pid = nix::unistd::Pid::from_raw(child.id() as i32);
        let _ = nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM);
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(status) = child.try_wait().unwrap() {
                return status.code().unwrap_or(-1);
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                return -1;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

/// An HTTP response, as read off the wire.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub head: String,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {self:?}"))
    }

    /// A JSON error of the API's model with this status.
    pub fn assert_error(&self, status: u16) -> String {
        assert_eq!(self.status, status, "{self:?}");
        assert!(self.head.to_ascii_lowercase().contains("content-type: application/json"), "{self:?}");
        let v = self.json();
        assert_eq!(v["code"], status, "{self:?}");
        v["message"].as_str().expect("a message").to_string()
    }
}

/// One request with `Connection: close`, read to the end.
pub fn request(mut stream: impl Read + Write, method: &str, target: &str, body: Option<&str>) -> Reply {
    let body = body.unwrap_or("");
    let head = format!(
        "{method} {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(body.as_bytes()).unwrap();
    stream.flush().unwrap();
    let mut raw = Vec::new();
    let _ = stream.read_to_end(&mut raw);
    parse(&raw).unwrap_or_else(|| panic!("no HTTP response: {:?}", String::from_utf8_lossy(&raw)))
}

/// Parse one response (Content-Length or chunked body).
pub fn parse(raw: &[u8]) -> Option<Reply> {
    let text = String::from_utf8_lossy(raw).to_string();
    let (head, rest) = text.split_once("\r\n\r\n")?;
    let status = head.split(' ').nth(1)?.parse().ok()?;
    let lower = head.to_ascii_lowercase();
    let body = if lower.contains("transfer-encoding: chunked") {
        let mut out = String::new();
        let mut rest = rest;
        while let Some((size, after)) = rest.split_once("\r\n") {
            let n = usize::from_str_radix(size.trim(), 16).ok()?;
            if n == 0 {
                break;
            }
            out.push_str(after.get(..n)?);
            rest = after.get(n + 2..)?;
        }
        out
    } else {
        let len = lower
            .lines()
            .find_map(|l| l.strip_prefix("content-length:"))
            .and_then(|v| v.trim().parse::<usize>().ok())
            .unwrap_or(rest.len());
        rest.get(..len.min(rest.len()))?.to_string()
    };
    Some(Reply { status, head: head.to_string(), body })
}

/// Plain http to the server's TCP listener.
pub fn http(server: &Server, method: &str, target: &str, body: Option<&str>) -> Reply {
    let s = std::net::TcpStream::connect(server.http.expect("an http listener")).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    request(s, method, target, body)
}

/// The loop devices bound to a file below `dir`, e.g. `["loop3"]`.
pub fn loops_backed_by(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for e in std::fs::read_dir("/sys/block").unwrap().flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        if let Ok(backing) = std::fs::read_to_string(e.path().join("loop/backing_file")) {
            if Path::new(backing.trim()).starts_with(dir) {
                found.push(name);
            }
        }
    }
    found
}

/// Mounts whose mountpoint is below `dir`.
/// Mounts at or below `dir`, but for a running server's own mounts
/// directory (`<dir>/run/mounts`, a mount of its own while it runs).
pub fn mounts_below(dir: &Path) -> Vec<String> {
    let own = dir.join("run/mounts");
    std::fs::read_to_string("/proc/self/mountinfo")
        .unwrap()
        .lines()
        .filter_map(|l| l.split(' ').nth(4))
        .filter(|m| Path::new(m).starts_with(dir) && Path::new(m) != own)
        .map(str::to_string)
        .collect()
}
