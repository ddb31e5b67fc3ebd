#![allow(dead_code)] // each benchmark uses a part of it
//! What the benchmarks share: the real server on a free port (stopped with
//! SIGTERM when dropped) and a minimal keep-alive HTTP/1.1 client, so the
//! client's own cost stays small next to the server's.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

pub struct Server {
    child: Child,
    pub port: u16,
}

impl Server {
    pub fn start(run_dir: &Path) -> Server {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = Command::new(env!("CARGO_BIN_EXE_imageapi-server"))
            .args(["--scheme", "http", "--host", "127.0.0.1", "--port", &port.to_string(), "--run-dir"])
            .arg(run_dir)
            .env("IMAGEAPI_LOGLEVEL", "WARN")
            .stderr(Stdio::null())
            .spawn()
            .expect("starting imageapi-server");
        for _ in 0..100 {
            if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Server { child, port };
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("imageapi-server did not start");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = nix::sys::signal::kill(nix::unistd::Pid::from_raw(self.child.id() as i32), nix::sys::signal::SIGTERM);
        let _ = self.child.wait();
    }
}

/// A minimal keep-alive HTTP/1.1 client, so the client's own cost stays
/// small next to the server's.
pub struct Client {
    reader: BufReader<TcpStream>,
    port: u16,
}

impl Client {
    pub fn connect(port: u16) -> Client {
        let s = TcpStream::connect(("127.0.0.1", port)).unwrap();
        s.set_nodelay(true).unwrap();
        Client { reader: BufReader::new(s), port }
    }

    pub fn request(&mut self, method: &str, path: &str, body: &str) -> (u16, String) {
        let req = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            self.port,
            body.len()
        );
        self.reader.get_mut().write_all(req.as_bytes()).unwrap();
        let mut line = String::new();
        self.reader.read_line(&mut line).unwrap();
        let status: u16 = line.split(' ').nth(1).unwrap().parse().unwrap();
        let mut len = 0;
        loop {
            line.clear();
            self.reader.read_line(&mut line).unwrap();
            if line == "\r\n" {
                break;
            }
            if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                len = v.trim().parse().unwrap();
            }
        }
        let mut buf = vec![0; len];
        self.reader.read_exact(&mut buf).unwrap();
        (status, String::from_utf8_lossy(&buf).into_owned())
    }
}

