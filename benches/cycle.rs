//! Benchmark: one nested attach + mount + overlay create/delete cycle
//! through the API, against the same kernel calls made directly, in the
//! same process, interleaved so both see the same machine state.
//!
//! Run with `scripts/bench` (root). Reports the mean time of each and the
//! ratio API / direct.

mod common;

use common::{Client, Server};
use imageapi_backend::kernel::loopdev::{self, LoopOptions};
use nix::mount::{umount2, MntFlags, MsFlags};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const CYCLES: usize = 200;

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let image = dir.path().join("busybox.sqsh");
    let ok = Command::new("scripts/make-busybox-image").arg(&image).status().expect("running make-busybox-image");
    assert!(ok.success(), "building the image failed");

    let server = Server::start(&dir.path().join("run"));
    let mut client = Client::connect(server.port);
    let direct_dir = dir.path().join("direct");
    std::fs::create_dir_all(&direct_dir).unwrap();

    let body = format!(
        r#"{{"kind":"overlay","overlay":{{"lower":[{{"kind":"attach","attach":{{"fs_type":"squashfs","mount_options":["ro"],
        "attach":{{"kind":"loopback","loopback":{{"path":"{}","base":"root"}}}}}}}}]}}}}"#,
        image.display()
    );
    // Warm up both paths (page cache, allocator, first loop devices).
    for _ in 0..10 {
        api_cycle(&mut client, &body);
        direct_cycle(&image, &direct_dir);
    }
    let (mut api, mut direct, mut empty) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    for _ in 0..CYCLES {
        let t = Instant::now();
        let (status, _) = client.request("GET", "/imageapi/v1/attach?kind=rbd", "");
        assert_eq!(status, 200);
        empty += t.elapsed();
        let t = Instant::now();
        api_cycle(&mut client, &body);
        api += t.elapsed();
        let t = Instant::now();
        direct_cycle(&image, &direct_dir);
        direct += t.elapsed();
    }
    let per = |d: Duration| d.as_secs_f64() * 1e6 / CYCLES as f64;
    println!("nested loopback+squashfs+overlay create/delete, {CYCLES} cycles each");
    println!("  through the API:        {:8.1} µs/cycle", per(api));
    println!("  direct kernel calls:    {:8.1} µs/cycle", per(direct));
    println!("  ratio API/direct:       {:8.2}x", per(api) / per(direct));
    println!("  (one empty GET round trip: {:.1} µs)", per(empty));
}

fn api_cycle(client: &mut Client, body: &str) {
    let (status, resp) = client.request("POST", "/imageapi/v1/mount", body);
    assert_eq!(status, 201, "POST /mount: {resp}");
    let id = resp.split("\"id\":").nth(1).and_then(|s| s.split([',', '}']).next()).expect("id in response");
    let (status, resp) = client.request("DELETE", &format!("/imageapi/v1/mount?id={id}"), "");
    assert_eq!(status, 200, "DELETE /mount: {resp}");
}

/// The same steps the server takes, without it.
fn direct_cycle(image: &Path, dir: &Path) {
    let (lower, upper, work, top) = (dir.join("lower"), dir.join("upper"), dir.join("work"), dir.join("top"));
    let rw = std::env::var("RW").is_ok();
    let backing = std::fs::OpenOptions::new().read(true).write(rw).open(image).unwrap();
    let dev = loopdev::attach(&backing, image, &LoopOptions { read_only: !rw, partscan: false, direct_io: false }).unwrap();
    for d in [&lower, &upper, &work, &top] {
        std::fs::create_dir(d).unwrap();
    }
    nix::mount::mount(Some(&dev.path()), &lower, Some("squashfs"), MsFlags::MS_RDONLY, None::<&str>).unwrap();
    let data = format!("lowerdir={},upperdir={},workdir={}", lower.display(), upper.display(), work.display());
    nix::mount::mount(Some("overlay"), &top, Some("overlay"), MsFlags::empty(), Some(data.as_str())).unwrap();
    umount2(&top, MntFlags::empty()).unwrap();
    umount2(&lower, MntFlags::empty()).unwrap();
    dev.detach().unwrap();
    for d in [&top, &lower] {
        std::fs::remove_dir(d).unwrap();
    }
    std::fs::remove_dir_all(&upper).unwrap();
    std::fs::remove_dir_all(&work).unwrap();
}
