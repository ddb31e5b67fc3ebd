//! Benchmark: the object graph and its saved state, each figure next to a
//! baseline measured in the same run.
//!
//! - GET /mount (100 bind mounts) and GET /mount?id= with `wrk -t2 -c16`,
//!   each as a fraction of a minimal hyper server on two worker threads
//!   answering a fixed body of the same bytes (the machine's ceiling for
//!   that HTTP/1.1 answer);
//! - the server's RSS idle, with 100 objects and after that load;
//! - one POST+DELETE of a bind mount with 3,000 live objects against the
//!   same with 100 (a change should cost the same whatever the graph);
//! - the time to ready after a restart with 10,000 live objects against a
//!   restart with none.
//!
//! The run directory is on tmpfs (/run), as on a node. Run with
//! `scripts/bench` (root; wrk from Debian).

mod common;

use common::Client;
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const CHANGES: usize = 300;

fn spawn(run_dir: &Path, port: u16, extra: &[&str]) -> (Child, Duration) {
    let t = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_imageapi-server"))
        .args(["--scheme", "http", "--host", "127.0.0.1", "--port", &port.to_string(), "--run-dir"])
        .arg(run_dir)
        // Room for the 10,000 objects of the restart figure.
        .args(["--max-objects", "20000"])
        .args(extra)
        .env("IMAGEAPI_LOGLEVEL", "WARN")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("starting imageapi-server");
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(t.elapsed() < Duration::from_secs(120), "the server did not become ready");
        std::thread::sleep(Duration::from_micros(200));
    }
    (child, t.elapsed())
}

fn stop(mut child: Child) {
    let _ = nix::sys::signal::kill(nix::unistd::Pid::from_raw(child.id() as i32), nix::sys::signal::SIGTERM);
    let _ = child.wait();
}

fn rss_mb(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let kb: f64 = status.lines().find_map(|l| l.strip_prefix("VmRSS:")).and_then(|v| v.split_whitespace().next()?.parse().ok()).unwrap_or(0.0);
    kb / 1024.0
}

/// Requests per second `wrk -t2 -c16 -d5s` reaches on `url`.
fn wrk(url: &str) -> f64 {
    let out = Command::new("wrk").args(["-t2", "-c16", "-d5s", url]).output().expect("running wrk (scripts/setup installs it)");
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines().find_map(|l| l.strip_prefix("Requests/sec:")).and_then(|v| v.trim().parse().ok()).unwrap_or_else(|| panic!("wrk printed no rate: {text}"))
}

/// A minimal hyper server answering `body` to everything, on a runtime of
/// two workers like the server's; its port.
fn ceiling(body: &'static str) -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    listener.set_nonblocking(true).unwrap();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).unwrap();
            loop {
                let Ok((stream, _)) = listener.accept().await else { continue };
                let _ = stream.set_nodelay(true);
                tokio::spawn(async move {
                    let svc = hyper::service::service_fn(|_req| async move {
                        let mut resp = hyper::Response::new(http_body_util::Full::new(bytes::Bytes::from_static(body.as_bytes())));
                        resp.headers_mut().insert(hyper::header::CONTENT_TYPE, hyper::header::HeaderValue::from_static("application/json"));
                        Ok::<_, std::convert::Infallible>(resp)
                    });
                    let _ = hyper::server::conn::http1::Builder::new().serve_connection(hyper_util::rt::TokioIo::new(stream), svc).await;
                });
            }
        });
    });
    port
}

fn bind_body(dir: &Path) -> String {
    format!(r#"{{"kind":"bind","bind":{{"path":"{}","base":"root","ro":true}}}}"#, dir.display())
}

fn id_of(resp: &str) -> u64 {
    resp.split("\"id\":").nth(1).and_then(|s| s.split([',', '}']).next()).and_then(|s| s.trim().parse().ok()).expect("id in response")
}

/// Create bind mounts until `n` objects live.
fn fill(client: &mut Client, body: &str, have: &mut usize, n: usize) {
    while *have < n {
        let (status, resp) = client.request("POST", "/imageapi/v1/mount", body);
        assert_eq!(status, 201, "{resp}");
        *have += 1;
    }
}

/// Mean time of one POST+DELETE of a bind mount.
fn change(client: &mut Client, body: &str) -> Duration {
    let t = Instant::now();
    for _ in 0..CHANGES {
        let (status, resp) = client.request("POST", "/imageapi/v1/mount", body);
        assert_eq!(status, 201, "{resp}");
        let (status, resp) = client.request("DELETE", &format!("/imageapi/v1/mount?id={}", id_of(&resp)), "");
        assert_eq!(status, 200, "{resp}");
    }
    t.elapsed() / CHANGES as u32
}

fn main() {
    let dir = tempfile::Builder::new().prefix("imageapi-bench.").tempdir_in("/run").expect("temp dir on /run");
    let src = dir.path().join("src");
    std::fs::create_dir_all(&src).unwrap();
    let body = bind_body(&src);
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();

    // Restart with nothing to re-adopt: the baseline of the restart figure.
    let empty_dir = dir.path().join("empty");
    let mut empty = Duration::MAX;
    for _ in 0..3 {
        // Nothing to tear down; the teardown also unmounts the run dir's own mounts dir.
        let (child, ready) = spawn(&empty_dir, port, &["--teardown-on-exit"]);
        empty = empty.min(ready);
        stop(child);
    }

    let run_dir = dir.path().join("run");
    let (child, _) = spawn(&run_dir, port, &[]);
    let pid = child.id();
    std::thread::sleep(Duration::from_millis(300));
    let rss_idle = rss_mb(pid);
    let mut client = Client::connect(port);
    let mut have = 0;
    fill(&mut client, &body, &mut have, 100);
    let rss_100 = rss_mb(pid);
    let change_100 = change(&mut client, &body);

    let (_, one) = client.request("GET", "/imageapi/v1/mount?id=1", "");
    let (_, all) = client.request("GET", "/imageapi/v1/mount", "");
    let roof_one_port = ceiling(Box::leak(one.into_boxed_str()));
    let roof_all_port = ceiling(Box::leak(all.into_boxed_str()));
    let base = format!("http://127.0.0.1:{port}/imageapi/v1");
    // Interleaved: ceiling, server, ceiling; the ceiling is the mean.
    let roof_all = wrk(&format!("http://127.0.0.1:{roof_all_port}/"));
    let list = wrk(&format!("{base}/mount"));
    let roof_all = (roof_all + wrk(&format!("http://127.0.0.1:{roof_all_port}/"))) / 2.0;
    let roof_one = wrk(&format!("http://127.0.0.1:{roof_one_port}/"));
    let single = wrk(&format!("{base}/mount?id=1"));
    let roof_one = (roof_one + wrk(&format!("http://127.0.0.1:{roof_one_port}/"))) / 2.0;
    std::thread::sleep(Duration::from_millis(500));
    let rss_after = rss_mb(pid);

    // The first connection idled past the keep-alive timeout meanwhile.
    let mut client = Client::connect(port);
    fill(&mut client, &body, &mut have, 3000);
    let change_3000 = change(&mut client, &body);
    fill(&mut client, &body, &mut have, 10_000);
    drop(client);
    stop(child);
    let mut full = Duration::MAX;
    for _ in 0..3 {
        let (child, ready) = spawn(&run_dir, port, &[]);
        full = full.min(ready);
        stop(child);
    }
    // Take everything down again.
    let (child, _) = spawn(&run_dir, port, &["--teardown-on-exit"]);
    let mut client = Client::connect(port);
    let (_, list_all) = client.request("GET", "/imageapi/v1/mount", "");
    let listed = list_all.matches("\"kind\":\"bind\"").count();
    assert_eq!(listed, 10_000, "every mount was re-adopted");
    drop(client);
    stop(child);

    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!("graph and saved state (run dir on tmpfs)");
    println!("| figure | imageapi | baseline | ratio | goal |");
    println!("|---|---|---|---|---|");
    println!("| GET /mount, 100 bind mounts (wrk -t2 -c16) | {list:.0} req/s | hyper, same body: {roof_all:.0} req/s | {:.2} | >= 0.75 |", list / roof_all);
    println!("| GET /mount?id= (wrk -t2 -c16) | {single:.0} req/s | hyper, same body: {roof_one:.0} req/s | {:.2} | >= 0.75 |", single / roof_one);
    println!("| RSS idle / 100 objects / after the load | {rss_idle:.1} / {rss_100:.1} / {rss_after:.1} MB | 10 MB | {:.2} | <= 1 |", rss_idle.max(rss_after) / 10.0);
    println!("| POST+DELETE bind mount, 3,000 live objects | {:.2} ms | same with 100: {:.2} ms | {:.2} | <= 1.5 |", ms(change_3000), ms(change_100), ms(change_3000) / ms(change_100));
    println!("| restart to ready, 10,000 live objects | {:.0} ms | no objects: {:.0} ms | {:.1} | < 1 s |", ms(full), ms(empty), ms(full) / ms(empty));
}
