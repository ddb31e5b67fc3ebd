//! Benchmark: how long the server takes to become ready (answering on its
//! listener) after a restart with 100 live objects to re-adopt, against a
//! restart with none, in the same run.
//!
//! The objects: 25 nested stacks (overlay over a squashfs mount over a
//! loopback file, 3 objects each) and 25 bind mounts. Run with
//! `scripts/bench` (root).

mod common;

use common::Client;
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const ROUNDS: usize = 5;

fn spawn(run_dir: &Path, port: u16) -> (Child, Duration) {
    let t = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_imageapi-server"))
        .args(["--scheme", "http", "--host", "127.0.0.1", "--port", &port.to_string(), "--run-dir"])
        .arg(run_dir)
        .env("IMAGEAPI_LOGLEVEL", "WARN")
        .stderr(Stdio::null())
        .spawn()
        .expect("starting imageapi-server");
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(t.elapsed() < Duration::from_secs(30), "the server did not become ready");
        std::thread::sleep(Duration::from_micros(200));
    }
    (child, t.elapsed())
}

fn stop(mut child: Child) {
    let _ = nix::sys::signal::kill(nix::unistd::Pid::from_raw(child.id() as i32), nix::sys::signal::SIGTERM);
    let _ = child.wait();
}

/// Mean time to ready over ROUNDS restarts of a server on `run_dir`.
fn restarts(run_dir: &Path, port: u16) -> Duration {
    let mut total = Duration::ZERO;
    for _ in 0..ROUNDS {
        let (child, ready) = spawn(run_dir, port);
        total += ready;
        stop(child);
    }
    total / ROUNDS as u32
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let image = common::busybox_image(dir.path());
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();

    let empty = restarts(&dir.path().join("empty"), port);

    let run_dir = dir.path().join("full");
    let (child, _) = spawn(&run_dir, port);
    let mut client = Client::connect(port);
    let stack = format!(
        r#"{{"kind":"overlay","overlay":{{"lower":[{{"kind":"attach","attach":{{"fs_type":"squashfs",
        "attach":{{"kind":"loopback","loopback":{{"path":"{}","base":"root"}}}}}}}}]}}}}"#,
        image.display()
    );
    let bind = format!(r#"{{"kind":"bind","bind":{{"path":"{}","base":"root","ro":true}}}}"#, dir.path().display());
    for _ in 0..25 {
        for body in [&stack, &bind] {
            let (status, resp) = client.request("POST", "/imageapi/v1/mount", body);
            assert_eq!(status, 201, "{resp}");
        }
    }
    drop(client);
    stop(child);
    let full = restarts(&run_dir, port);

    // Take everything down again.
    let (child, _) = spawn(&run_dir, port);
    let mut client = Client::connect(port);
    let (_, list) = client.request("GET", "/imageapi/v1/mount", "");
    let listed: Vec<serde_json::Value> = serde_json::from_str(&list).unwrap();
    let top: Vec<i64> = listed.iter().filter(|m| m["kind"] != "attach").filter_map(|m| m["id"].as_i64()).collect();
    assert_eq!(listed.len(), 75, "every mount was re-adopted, {} listed", listed.len());
    for id in top {
        let (status, resp) = client.request("DELETE", &format!("/imageapi/v1/mount?id={id}"), "");
        assert_eq!(status, 200, "{resp}");
    }
    stop(child);

    println!("restart to ready, mean of {ROUNDS} restarts");
    println!("  with no objects:        {:8.2} ms", empty.as_secs_f64() * 1e3);
    println!("  with 100 live objects:  {:8.2} ms", full.as_secs_f64() * 1e3);
    println!("  ratio:                  {:8.2}x", full.as_secs_f64() / empty.as_secs_f64());
}
