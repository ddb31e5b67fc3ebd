//! A stop right after the server opens its listener is a proper stop: the
//! signal handlers are in place before the listeners accept, so a SIGTERM
//! the moment a connection succeeds runs the shutdown (the process exits
//! with 0 and its mounts directory is released), never the default action
//! that ends the process with the directory still mounted.

mod common;

use common::*;
use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Detaches whatever a failed round left under the temp dir.
struct Cleanup(std::path::PathBuf);

impl Drop for Cleanup {
    fn drop(&mut self) {
        cleanup_kernel(&self.0);
    }
}

#[test]
fn a_sigterm_as_soon_as_the_listener_accepts_is_a_proper_stop() {
    let temp = tempfile::Builder::new().prefix("imageapi-test.").tempdir().unwrap();
    let root = temp.path().canonicalize().unwrap();
    let _cleanup = Cleanup(root.clone());
    for round in 0..5 {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let mut child = Command::new(env!("CARGO_BIN_EXE_imageapi-server"))
            .args(["--scheme", "http", "--host", "127.0.0.1", "--port", &port.to_string(), "--run-dir"])
            .arg(root.join(format!("run{round}")))
            .env("IMAGEAPI_LOGLEVEL", "WARN")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(started.elapsed() < Duration::from_secs(30), "the server never listened");
            std::thread::sleep(Duration::from_micros(200));
        }
        kill(Pid::from_raw(child.id() as i32), Signal::SIGTERM).unwrap();
        let status = child.wait().unwrap();
        assert!(status.success(), "round {round}: the server ended with {status} (not its own stop)");
        assert_eq!(mounts_under(&root), Vec::<std::path::PathBuf>::new(), "round {round}: mounts left");
    }
}
