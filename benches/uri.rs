//! Benchmark: a `uri` mount of a tar.gz (download + unpack into a tmpfs
//! through the API) against `curl | tar -xz` into a tmpfs, on the same
//! archive from the same local HTTP server, interleaved in one run.
//!
//! Run with `scripts/bench` (root; needs curl and GNU tar). The archive is
//! /usr/lib/python3.11 and /usr/lib/gcc (many small files and a few large
//! ones), or the directories in IMAGEAPI_BENCH_TREE (space-separated).
//! Reports MiB/s of archive for each and the ratio uri / curl|tar.

#[path = "../tests/common/http.rs"]
#[allow(dead_code)]
mod http;
mod common;

use common::{Client, Server};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ROUNDS: usize = 3;

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let archive = dir.path().join("tree.tar.gz");
    let trees = std::env::var("IMAGEAPI_BENCH_TREE").unwrap_or_else(|_| "/usr/lib/python3.11 /usr/lib/gcc".into());
    let trees: Vec<&str> = trees.split_whitespace().filter(|t| Path::new(t).exists()).collect();
    assert!(!trees.is_empty(), "no tree to archive: set IMAGEAPI_BENCH_TREE");
    let ok = Command::new("tar").arg("-czf").arg(&archive).args(&trees).stderr(Stdio::null()).status().expect("running tar");
    assert!(ok.success(), "archiving {trees:?} failed");
    let size = std::fs::metadata(&archive).unwrap().len();

    let files = http::HttpServer::start();
    let url = files.file(&archive);
    let server = Server::start(&dir.path().join("run"));
    let mut client = Client::connect(server.port);
    let body = format!(r#"{{"kind":"uri","uri":{{"url":"{url}","format":"tar.gz"}}}}"#);
    let direct = dir.path().join("direct");

    // One round of each to warm the page cache and the allocator.
    api_round(&mut client, &body);
    direct_round(&url, &direct);
    let (mut api, mut pipe) = (Duration::ZERO, Duration::ZERO);
    for _ in 0..ROUNDS {
        api += api_round(&mut client, &body);
        pipe += direct_round(&url, &direct);
    }
    let rate = |d: Duration| size as f64 * ROUNDS as f64 / d.as_secs_f64() / (1 << 20) as f64;
    println!("uri mount of a {:.1} MiB tar.gz of {trees:?}, {ROUNDS} rounds each", size as f64 / (1 << 20) as f64);
    println!("  uri mount through the API: {:8.1} MiB/s ({:.2} s/round)", rate(api), api.as_secs_f64() / ROUNDS as f64);
    println!("  curl | tar -xz:            {:8.1} MiB/s ({:.2} s/round)", rate(pipe), pipe.as_secs_f64() / ROUNDS as f64);
    println!("  ratio uri / curl|tar:      {:8.2}x", rate(api) / rate(pipe));
}

/// POST the mount (timed), then DELETE it (not timed).
fn api_round(client: &mut Client, body: &str) -> Duration {
    let t = Instant::now();
    let (status, resp) = client.request("POST", "/imageapi/v1/mount", body);
    let elapsed = t.elapsed();
    assert_eq!(status, 201, "POST /mount: {resp}");
    let id = resp.split("\"id\":").nth(1).and_then(|s| s.split([',', '}']).next()).expect("id in response");
    let (status, resp) = client.request("DELETE", &format!("/imageapi/v1/mount?id={id}"), "");
    assert_eq!(status, 200, "DELETE /mount: {resp}");
    elapsed
}

/// The same work by hand: a tmpfs, `curl | tar` into it (timed), unmount.
fn direct_round(url: &str, dir: &Path) -> Duration {
    std::fs::create_dir(dir).unwrap();
    let t = Instant::now();
    nix::mount::mount(Some("tmpfs"), dir, Some("tmpfs"), nix::mount::MsFlags::empty(), Some("size=4g,mode=0755")).unwrap();
    let script = format!("set -o pipefail; curl -sSf --noproxy '*' '{url}' | tar -xzpf - --xattrs -C '{}'", dir.display());
    let ok = Command::new("bash").args(["-c", &script]).status().expect("running curl | tar");
    let elapsed = t.elapsed();
    nix::mount::umount2(dir, nix::mount::MntFlags::empty()).unwrap();
    std::fs::remove_dir(dir).unwrap();
    assert!(ok.success(), "curl | tar failed");
    elapsed
}
