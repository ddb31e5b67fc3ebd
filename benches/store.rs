//! Benchmark: the image store's file transfers against the obvious
//! baselines, in one run on the same disk and the same file:
//!
//! - upload of a 1 GiB file (`curl -T` to `PUT /images/file`, streamed to
//!   disk with sha256, sha1 and md5 computed, each on its own thread)
//!   against `cp` of the file;
//! - download from the serve listener, 1 client and 32 at once (`curl`),
//!   against nginx serving the same file with `sendfile on`;
//! - a 256 MiB file served from inside an ISO image (a range of the ISO file)
//!   against the same file stored and served on its own.
//!
//! Run with `scripts/bench` (root; needs curl and nginx). The file lives in
//! IMAGEAPI_BENCH_DIR (default /var/tmp). Prints MiB/s and the ratios.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

const SIZE: u64 = 1 << 30;
const ROUNDS: usize = 3;
const CLIENTS: usize = 32;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn run(cmd: &mut Command) {
    let st = cmd.stdout(Stdio::null()).status().unwrap_or_else(|e| panic!("running {cmd:?}: {e}"));
    assert!(st.success(), "{cmd:?} failed");
}

fn mib_s(bytes: u64, secs: f64) -> f64 {
    bytes as f64 / (1 << 20) as f64 / secs
}

/// Best of ROUNDS runs of `f`, in seconds.
fn best(mut f: impl FnMut() -> f64) -> f64 {
    (0..ROUNDS).map(|_| f()).fold(f64::INFINITY, f64::min)
}

/// `n` curls fetching `url` at once; seconds until the last is done.
fn fetch(url: &str, n: usize) -> f64 {
    let t = Instant::now();
    let children: Vec<_> = (0..n)
        .map(|_| Command::new("curl").args(["-sf", "-o", "/dev/null", url]).spawn().expect("running curl"))
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success(), "curl {url} failed");
    }
    t.elapsed().as_secs_f64()
}

struct Nginx {
    child: std::process::Child,
}

impl Nginx {
    fn start(root: &Path, dir: &Path, port: u16) -> Nginx {
        let conf = dir.join("nginx.conf");
        std::fs::write(
            &conf,
            format!(
                "daemon off; master_process off; worker_processes 2; pid {d}/nginx.pid; error_log {d}/nginx.err;\n\
                 events {{ worker_connections 256; }}\n\
                 http {{ access_log off; sendfile on; tcp_nopush on; client_body_temp_path {d};\n\
                   proxy_temp_path {d}; fastcgi_temp_path {d}; uwsgi_temp_path {d}; scgi_temp_path {d};\n\
                   server {{ listen 127.0.0.1:{port}; root {r}; }} }}\n",
                d = dir.display(),
                r = root.display()
            ),
        )
        .unwrap();
        let child = Command::new("nginx").arg("-c").arg(&conf).stderr(Stdio::null()).spawn().expect("starting nginx (apt-get install nginx)");
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Nginx { child };
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        panic!("nginx did not start");
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn main() {
    let base = PathBuf::from(std::env::var("IMAGEAPI_BENCH_DIR").unwrap_or_else(|_| "/var/tmp".into()));
    let dir = tempfile::Builder::new().prefix("imageapi-bench-store.").tempdir_in(&base).expect("temp dir");
    let file = dir.path().join("image.bin");
    run(Command::new("dd").arg("if=/dev/urandom").arg(format!("of={}", file.display())).args(["bs=1M", &format!("count={}", SIZE >> 20)]).stderr(Stdio::null()));

    let serve_port = free_port();
    let server = common::Server::start_with(&dir.path().join("run"), &["--serve-host", "127.0.0.1", "--serve-port", &serve_port.to_string()]);
    let api = format!("http://127.0.0.1:{}/imageapi/v1", server.port);
    let create = |name: &str| -> String {
        let out = Command::new("curl")
            .args(["-sf", "-XPOST", &format!("{api}/images"), "-d"])
            .arg(format!(r#"{{"name":"{name}","version":"1","type":"file"}}"#))
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a created image");
        v["uuid"].as_str().unwrap().to_string()
    };

    // 1. Upload against cp, interleaved, the source in the page cache.
    let copy = dir.path().join("copy.bin");
    run(Command::new("cat").arg(&file).stdout(Stdio::null()));
    let mut n = 0;
    let upload = best(|| {
        n += 1;
        let uuid = create(&format!("up{n}"));
        let t = Instant::now();
        run(Command::new("curl").args(["-sf", "-T"]).arg(&file).arg(format!("{api}/images/file?uuid={uuid}")));
        let s = t.elapsed().as_secs_f64();
        run(Command::new("curl").args(["-sf", "-XDELETE", &format!("{api}/images?uuid={uuid}")]));
        s
    });
    let cp = best(|| {
        let t = Instant::now();
        run(Command::new("cp").arg(&file).arg(&copy).arg("--reflink=never"));
        run(Command::new("sync").arg(&copy));
        let s = t.elapsed().as_secs_f64();
        std::fs::remove_file(&copy).unwrap();
        s
    });

    // 2. Downloads: the serve listener against nginx, same file (hard link).
    let uuid = create("down");
    run(Command::new("curl").args(["-sf", "-T"]).arg(&file).arg(format!("{api}/images/file?uuid={uuid}")));
    run(Command::new("curl").args(["-sf", "-XPATCH", &format!("{api}/images?uuid={uuid}&action=activate")]));
    let stored = dir.path().join("run/images").join(&uuid).join("file");
    let root = dir.path().join("www");
    std::fs::create_dir(&root).unwrap();
    std::fs::hard_link(&stored, root.join("image.bin")).unwrap();
    let nginx_port = free_port();
    let _nginx = Nginx::start(&root, dir.path(), nginx_port);
    let ours = format!("http://127.0.0.1:{serve_port}/by-uuid/{uuid}");
    let theirs = format!("http://127.0.0.1:{nginx_port}/image.bin");
    fetch(&ours, 1);
    fetch(&theirs, 1);
    let (ours1, theirs1) = (best(|| fetch(&ours, 1)), best(|| fetch(&theirs, 1)));
    let (ours32, theirs32) = (best(|| fetch(&ours, CLIENTS)), best(|| fetch(&theirs, CLIENTS)));
    std::fs::remove_file(root.join("image.bin")).unwrap();
    run(Command::new("curl").args(["-sf", "-XDELETE", &format!("{api}/images?uuid={uuid}")]));

    // 3. A file inside an ISO against the same file on its own.
    let tree = dir.path().join("tree");
    std::fs::create_dir_all(tree.join("live")).unwrap();
    run(Command::new("dd").arg("if=/dev/urandom").arg(format!("of={}", tree.join("live/filesystem.squashfs").display())).args(["bs=1M", "count=256"]).stderr(Stdio::null()));
    let iso = dir.path().join("dvd.iso");
    run(Command::new("xorriso").args(["-as", "mkisofs", "-quiet", "-R", "-J", "-o"]).arg(&iso).arg(&tree).stderr(Stdio::null()));
    let publish = |name: &str, kind: &str, file: &Path| -> String {
        let out = Command::new("curl")
            .args(["-sf", "-XPOST", &format!("{api}/images"), "-d"])
            .arg(format!(r#"{{"name":"{name}","version":"1","type":"{kind}"}}"#))
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a created image");
        let uuid = v["uuid"].as_str().unwrap().to_string();
        run(Command::new("curl").args(["-sf", "-T"]).arg(file).arg(format!("{api}/images/file?uuid={uuid}")));
        run(Command::new("curl").args(["-sf", "-XPATCH", &format!("{api}/images?uuid={uuid}&action=activate")]));
        uuid
    };
    let iso_uuid = publish("dvd", "iso", &iso);
    let flat_uuid = publish("flat", "file", &tree.join("live/filesystem.squashfs"));
    let inside = format!("http://127.0.0.1:{serve_port}/by-uuid/{iso_uuid}/live/filesystem.squashfs");
    let alone = format!("http://127.0.0.1:{serve_port}/by-uuid/{flat_uuid}");
    fetch(&inside, 1);
    fetch(&alone, 1);
    let (t_inside, t_alone) = (best(|| fetch(&inside, 1)), best(|| fetch(&alone, 1)));
    for u in [iso_uuid, flat_uuid] {
        run(Command::new("curl").args(["-sf", "-XDELETE", &format!("{api}/images?uuid={u}")]));
    }

    let gib = SIZE;
    println!("store upload of 1 GiB:        {:8.0} MiB/s   cp: {:8.0} MiB/s   ratio upload/cp: {:.2}", mib_s(gib, upload), mib_s(gib, cp), cp / upload);
    println!("download, 1 client:           {:8.0} MiB/s   nginx: {:8.0} MiB/s   ratio: {:.2}", mib_s(gib, ours1), mib_s(gib, theirs1), theirs1 / ours1);
    println!(
        "download, {CLIENTS} clients (total):  {:8.0} MiB/s   nginx: {:8.0} MiB/s   ratio: {:.2}",
        mib_s(gib * CLIENTS as u64, ours32),
        mib_s(gib * CLIENTS as u64, theirs32),
        theirs32 / ours32
    );
    println!(
        "256 MiB file inside an ISO:   {:8.0} MiB/s   extracted: {:8.0} MiB/s   ratio: {:.2}",
        mib_s(256 << 20, t_inside),
        mib_s(256 << 20, t_alone),
        t_alone / t_inside
    );
}
