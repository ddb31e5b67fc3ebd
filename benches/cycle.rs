//! Benchmark: one nested attach + mount + overlay create/delete cycle
//! through the API, against the same kernel calls made directly, in the
//! same process, interleaved so both see the same machine state.
//!
//! Run with `scripts/bench` (root). Reports the mean time of each and the
//! ratio API / direct.

mod common;

use common::{busybox_image, Client, DirectStack, Server};
use std::path::Path;
use std::time::{Duration, Instant};

const CYCLES: usize = 200;

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let image = busybox_image(dir.path());

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
    DirectStack::create(image, dir).remove();
}
