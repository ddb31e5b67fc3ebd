//! Benchmark: how often the server and a container's shim wake up while
//! the container is idle. HPC jobs feel every periodic wakeup on their
//! cores, so the goal is none: everything is driven by events (the
//! container's pidfd, its console, signals), no polling.
//!
//! One busybox container runs `/bin/sleep` (an init that never wakes) on a
//! squashfs mount; the context switches of the server, the shim and the
//! init (the baseline: a process known to sleep) are read from
//! /proc/PID/status before and after a quiet minute (QUIET_SECONDS).
//!
//! With `IMAGEAPI_BENCH_EARLIER=/path/to/imageapi-server` (an earlier
//! build) the same is measured for that server too, after this one.
//!
//! Run with `scripts/bench` (root), or `cargo bench --bench quiet`.

mod common;

use common::{busybox_image, Client, Server};
use std::time::Duration;

const QUIET_SECONDS: u64 = 60;

fn main() {
    let this = std::path::PathBuf::from(env!("CARGO_BIN_EXE_imageapi-server"));
    println!("context switches per minute while one container is idle ({QUIET_SECONDS} s; goal: 0 for the server and the shim)");
    let mut servers = vec![("this server", this)];
    if let Some(earlier) = std::env::var_os("IMAGEAPI_BENCH_EARLIER") {
        servers.push(("earlier server", earlier.into()));
    }
    for (name, exe) in servers {
        let [server, shim, init] = measure(&exe);
        println!("  {name} ({}):", exe.display());
        println!("    server (all its threads):        {server:6.1}");
        println!("    shim:                            {shim:6.1}");
        println!("    the init, /bin/sleep (baseline): {init:6.1}");
    }
}

/// Context switches per minute of the server, the shim and the init.
fn measure(exe: &std::path::Path) -> [f64; 3] {
    let dir = tempfile::tempdir().expect("temp dir");
    let image = busybox_image(dir.path());
    let run = dir.path().join("run");
    let server = Server::start_exe(exe, &run, &[]);
    let mut client = Client::connect(server.port);
    let body = format!(
        r#"{{"command":"/bin/sleep 100000","state":"running","mount":{{"kind":"attach","attach":{{"fs_type":"squashfs","attach":{{"kind":"loopback","loopback":{{"path":"{}","base":"root"}}}}}}}}}}"#,
        image.display()
    );
    let (status, resp) = client.request("POST", "/imageapi/v1/container", &body);
    assert_eq!(status, 201, "POST /container: {resp}");
    let id: u64 = resp.split("\"id\":").nth(1).and_then(|s| s.split([',', '}']).next()).and_then(|s| s.trim().parse().ok()).expect("id");
    drop(client);
    let state = std::fs::read_to_string(run.join("containers").join(id.to_string()).join("state.json")).expect("state.json");
    let field = |name: &str| -> i32 {
        state.split(&format!("\"{name}\":")).nth(1).and_then(|s| s.split([',', '}']).next()).and_then(|s| s.trim().parse().ok()).unwrap_or_else(|| panic!("{name} in {state}"))
    };
    let (init, shim) = (field("pid"), field("shim_pid"));
    let server_pid = server.pid() as i32;
    // Let the start settle (the server's blocking threads end after a second idle).
    std::thread::sleep(Duration::from_secs(3));
    let before: Vec<u64> = [server_pid, shim, init].iter().map(|p| switches(*p)).collect();
    std::thread::sleep(Duration::from_secs(QUIET_SECONDS));
    let after: Vec<u64> = [server_pid, shim, init].iter().map(|p| switches(*p)).collect();
    let (status, resp) = Client::connect(server.port).request("DELETE", &format!("/imageapi/v1/container?id={id}&force=true"), "");
    assert_eq!(status, 200, "DELETE /container: {resp}");
    let per_minute = |i: usize| (after[i] - before[i]) as f64 * 60.0 / QUIET_SECONDS as f64;
    [per_minute(0), per_minute(1), per_minute(2)]
}

/// Voluntary and involuntary context switches of every thread of `pid`.
fn switches(pid: i32) -> u64 {
    let mut total = 0;
    for task in std::fs::read_dir(format!("/proc/{pid}/task")).unwrap_or_else(|e| panic!("/proc/{pid}/task: {e}")).flatten() {
        let status = std::fs::read_to_string(task.path().join("status")).unwrap_or_default();
        total += status
            .lines()
            .filter(|l| l.starts_with("voluntary_ctxt_switches:") || l.starts_with("nonvoluntary_ctxt_switches:"))
            .filter_map(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
            .sum::<u64>();
    }
    total
}
