//! Benchmark: the time from `PATCH state=exited` to `exited` for a busybox
//! `/bin/sleep` init, which has no SIGTERM handler and so is killed at once,
//! against an init that catches SIGTERM and exits on it (the baseline: as
//! fast as a polite stop can be), interleaved, on one squashfs mount.
//! Before inits without a handler were recognised, the first waited the
//! whole stop timeout (30 s by default).
//!
//! Run with `scripts/bench` (root).

mod common;

use common::{busybox_image, Client, Server};
use std::time::{Duration, Instant};

const ROUNDS: usize = 10;

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let image = busybox_image(dir.path());
    let server = Server::start(&dir.path().join("run"));
    let mut client = Client::connect(server.port);
    let body = format!(r#"{{"kind":"attach","attach":{{"fs_type":"squashfs","attach":{{"kind":"loopback","loopback":{{"path":"{}","base":"root"}}}}}}}}"#, image.display());
    let (status, mount) = client.request("POST", "/imageapi/v1/mount", &body);
    assert_eq!(status, 201, "POST /mount: {mount}");
    let mount_id = id_in(&mount);

    let sleep = "/bin/sleep 1000";
    let polite = r#"/bin/sh -c 'trap "exit 0" TERM; echo ready; while :; do sleep 0.05; done'"#;
    let rounds = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let (mut no_handler, mut handler) = (Duration::ZERO, Duration::ZERO);
        for _ in 0..ROUNDS {
            no_handler += stop_time(&mut client, mount_id, sleep, false);
            handler += stop_time(&mut client, mount_id, polite, true);
        }
        (no_handler, handler)
    }));
    // The server is stopped without teardown: remove what the bench made,
    // also when a round failed.
    let (status, resp) = Client::connect(server.port).request("DELETE", &format!("/imageapi/v1/mount?id={mount_id}&force=true"), "");
    assert_eq!(status, 200, "DELETE /mount: {resp}");
    let (no_handler, handler) = rounds.unwrap_or_else(|e| std::panic::resume_unwind(e));
    let per = |d: Duration| d.as_secs_f64() * 1e3 / ROUNDS as f64;
    println!("PATCH state=exited until GET reads exited; {ROUNDS} stops each (stop_timeout 30 s)");
    println!("  /bin/sleep (no SIGTERM handler, killed):  {:8.1} ms", per(no_handler));
    println!("  sh trapping TERM (exits on the signal):   {:8.1} ms", per(handler));
    println!("  ratio sleep/trap:                         {:8.2}x", per(no_handler) / per(handler));
}

fn id_in(resp: &str) -> u64 {
    resp.split("\"id\":").nth(1).and_then(|s| s.split([',', '}']).next()).and_then(|s| s.trim().parse().ok()).expect("id in response")
}

/// Start a container, wait until it runs (and, for a trapping init, until
/// its handler is in place), then time the stop; delete it.
fn stop_time(client: &mut Client, mount: u64, command: &str, wait_ready: bool) -> Duration {
    let body = format!(r#"{{"command":"{}","state":"running","stop_timeout":30,"mount":{{"id":{mount}}}}}"#, command.replace('"', "\\\""));
    let (status, resp) = client.request("POST", "/imageapi/v1/container", &body);
    assert_eq!(status, 201, "POST /container: {resp}");
    let id = id_in(&resp);
    if wait_ready {
        let log = resp.split("\"logfile\":\"").nth(1).and_then(|s| s.split('"').next()).expect("logfile").to_string();
        while !std::fs::read_to_string(&log).unwrap_or_default().lines().any(|l| l.ends_with(" ready")) {
            std::thread::sleep(Duration::from_millis(5));
        }
    }
    let t = Instant::now();
    let (status, resp) = client.request("PATCH", &format!("/imageapi/v1/container?id={id}&state=exited"), "");
    assert_eq!(status, 200, "PATCH: {resp}");
    loop {
        let (_, resp) = client.request("GET", &format!("/imageapi/v1/container?id={id}"), "");
        if resp.contains("\"state\":\"exited\"") {
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let took = t.elapsed();
    let (status, resp) = client.request("DELETE", &format!("/imageapi/v1/container?id={id}"), "");
    assert_eq!(status, 200, "DELETE /container: {resp}");
    took
}
