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
        Server::start_with(run_dir, &[])
    }

    /// The server's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Like [`Server::start`], with extra flags.
    pub fn start_with(run_dir: &Path, flags: &[&str]) -> Server {
        Server::start_exe(Path::new(env!("CARGO_BIN_EXE_imageapi-server")), run_dir, flags)
    }

    /// Like [`Server::start_with`], with another server binary (an earlier
    /// build to compare with).
    pub fn start_exe(exe: &Path, run_dir: &Path, flags: &[&str]) -> Server {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = Command::new(exe)
            .args(["--scheme", "http", "--host", "127.0.0.1", "--port", &port.to_string(), "--run-dir"])
            .arg(run_dir)
            .args(flags)
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


/// The busybox demo image, built into `dir`.
pub fn busybox_image(dir: &Path) -> std::path::PathBuf {
    let image = dir.join("busybox.sqsh");
    let ok = Command::new("scripts/make-busybox-image").arg(&image).status().expect("running make-busybox-image");
    assert!(ok.success(), "building the image failed");
    image
}

/// The stack the server builds for a nested overlay over a squashfs file,
/// built with the same kernel calls directly: the baseline of the API.
pub struct DirectStack {
    device: imageapi_backend::kernel::loopdev::LoopDevice,
    dir: std::path::PathBuf,
}

impl DirectStack {
    /// Loop device, squashfs mount on `dir/lower`, overlay on `dir/top`.
    pub fn create(image: &Path, dir: &Path) -> DirectStack {
        use imageapi_backend::kernel::loopdev::{self, LoopOptions};
        use nix::mount::MsFlags;
        let (lower, upper, work, top) = (dir.join("lower"), dir.join("upper"), dir.join("work"), dir.join("top"));
        let backing = std::fs::File::open(image).unwrap();
        let device = loopdev::attach(&backing, image, &LoopOptions { read_only: true, partscan: false, direct_io: false, autoclear: true }).unwrap();
        for d in [&lower, &upper, &work, &top] {
            std::fs::create_dir(d).unwrap();
        }
        nix::mount::mount(Some(&device.path()), &lower, Some("squashfs"), MsFlags::MS_RDONLY, None::<&str>).unwrap();
        let data = format!("lowerdir={},upperdir={},workdir={}", lower.display(), upper.display(), work.display());
        nix::mount::mount(Some("overlay"), &top, Some("overlay"), MsFlags::empty(), Some(data.as_str())).unwrap();
        DirectStack { device, dir: dir.to_path_buf() }
    }

    /// The overlay's mountpoint.
    pub fn top(&self) -> std::path::PathBuf {
        self.dir.join("top")
    }

    /// Unmount, detach, and remove the directories, as the server does.
    pub fn remove(self) {
        use nix::mount::{umount2, MntFlags};
        let d = &self.dir;
        umount2(&d.join("top"), MntFlags::empty()).unwrap();
        umount2(&d.join("lower"), MntFlags::empty()).unwrap();
        self.device.detach().unwrap();
        for sub in ["top", "lower"] {
            std::fs::remove_dir(d.join(sub)).unwrap();
        }
        for sub in ["upper", "work"] {
            std::fs::remove_dir_all(d.join(sub)).unwrap();
        }
    }
}
