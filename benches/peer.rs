//! Benchmark: what the peer check costs a TCP client. Each request opens a
//! new connection (the check runs once per connection), over TCP (checked)
//! and over the unix socket (not checked: the kernel already vouched for
//! the caller) of the same server; a keep-alive TCP connection, checked
//! once for all its requests, shows the HTTP work alone. Run with
//! `scripts/bench` (root).

mod common;

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const REQUESTS: u32 = 500;
const ROUNDS: usize = 3;
const PATH: &str = "/imageapi/v1/health";

fn once(mut s: impl Read + Write) {
    s.write_all(format!("GET {PATH} HTTP/1.1\r\nHost: bench\r\nConnection: close\r\n\r\n").as_bytes()).unwrap();
    let mut answer = Vec::new();
    s.read_to_end(&mut answer).unwrap();
    assert!(answer.starts_with(b"HTTP/1.1 200"), "{}", String::from_utf8_lossy(&answer));
}

fn per_request(mut f: impl FnMut()) -> Duration {
    let t = Instant::now();
    for _ in 0..REQUESTS {
        f();
    }
    t.elapsed() / REQUESTS
}

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let socket = dir.path().join("imageapi.sock");
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_imageapi-server"))
        .args(["--scheme", "http", "--scheme", "unix", "--host", "127.0.0.1", "--port", &port.to_string(), "--socket-path"])
        .arg(&socket)
        .arg("--run-dir")
        .arg(dir.path().join("run"))
        .env("IMAGEAPI_LOGLEVEL", "WARN")
        .stderr(Stdio::null())
        .spawn()
        .expect("starting imageapi-server");
    let ready = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() || !Path::new(&socket).exists() {
        assert!(ready.elapsed() < Duration::from_secs(30), "the server did not start");
        std::thread::sleep(Duration::from_millis(20));
    }

    let (mut tcp, mut unix, mut kept) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    for _ in 0..ROUNDS {
        tcp += per_request(|| once(std::net::TcpStream::connect(("127.0.0.1", port)).unwrap()));
        unix += per_request(|| once(UnixStream::connect(&socket).unwrap()));
        let mut client = common::Client::connect(port);
        kept += per_request(|| assert_eq!(client.request("GET", PATH, "").0, 200));
    }
    let (tcp, unix, kept) = (tcp / ROUNDS as u32, unix / ROUNDS as u32, kept / ROUNDS as u32);
    let _ = nix::sys::signal::kill(nix::unistd::Pid::from_raw(child.id() as i32), nix::sys::signal::SIGTERM);
    let _ = child.wait();

    let us = |d: Duration| d.as_secs_f64() * 1e6;
    println!("peer check: GET {PATH}, {REQUESTS} requests x {ROUNDS} rounds");
    println!("  new TCP connection each (checked):   {:8.1} us per request", us(tcp));
    println!("  new unix connection each (baseline): {:8.1} us per request", us(unix));
    println!("  one keep-alive TCP connection:       {:8.1} us per request", us(kept));
    println!("  ratio TCP/unix, new connections:     {:8.2}", us(tcp) / us(unix));
}
