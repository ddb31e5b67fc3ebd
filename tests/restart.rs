//! Durable state: a restart or a crash of the server loses nothing and
//! stops nothing. Run against the real `imageapi-server` and the real
//! kernel, killing the server with SIGKILL (a crash) or SIGTERM (a restart,
//! which leaves every object in place) and starting it again on the same
//! run dir.
//!
//! Covered: a nested overlay/squashfs/loop stack and a running container
//! re-adopted under the same ids with the same GET answers; containers that
//! ended, were paused or were stopping while the server was down; ids never
//! repeating; mounts left under the run dir by a crash removed at start;
//! crashes at random moments of creates and deletes, and four clients
//! working concurrently, each followed by a check that what the API lists is
//! what the kernel holds. Every test ends with `assert_clean`.

mod common;

use common::*;
use serde_json::{json, Value};
use std::fs;
use std::path::PathBuf;
use std::thread::sleep;
use std::time::{Duration, Instant};

const STOPS_ON_TERM: &str = r#"/bin/sh -c 'trap "exit 0" TERM; while :; do sleep 0.2; done'"#;
/// Catches SIGTERM and carries on, so the stop waits for its timeout.
/// It says "ready" once its handler is in place: a stop asked before that
/// finds no handler and kills at once.
const IGNORES_TERM: &str = r#"/bin/sh -c 'trap "echo carrying on" TERM; echo ready; while :; do sleep 0.2; done'"#;

/// Everything the API lists: attachments, mounts, containers.
fn snapshot(s: &Server) -> [Vec<Value>; 3] {
    [s.list("/attach"), s.list("/mount"), s.list("/container")]
}

fn assert_same(before: &[Vec<Value>; 3], after: &[Vec<Value>; 3], when: &str) {
    for (i, noun) in ["attachments", "mounts", "containers"].iter().enumerate() {
        assert_eq!(before[i], after[i], "{noun} differ {when}");
    }
}

/// A small deterministic random source (xorshift64*), seeded from the clock
/// and printed, so a failing sequence can be replayed.
struct Rng(u64);

impl Rng {
    fn from_env_or_clock() -> Rng {
        let seed = std::env::var("IMAGEAPI_TEST_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or_else(|| {
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(1)
        });
        eprintln!("random seed {seed} (set IMAGEAPI_TEST_SEED to replay)");
        Rng(seed | 1)
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// Delete every object the API lists, users before what they use: plain
/// deletes, repeated while some still answer 409 because of their users.
fn delete_everything(s: &Server) {
    for _ in 0..20 {
        let mut left = 0;
        for (collection, list) in [("container", s.list("/container")), ("mount", s.list("/mount")), ("attach", s.list("/attach"))] {
            for o in list {
                left += 1;
                let query = if collection == "container" { "&force=true" } else { "" };
                let (status, body) = s.delete(&format!("/{collection}?id={}{query}", id_of(&o)));
                assert!(matches!(status, 200 | 404 | 409), "DELETE {collection} {} answered {status} {body}", id_of(&o));
            }
        }
        if left == 0 {
            return;
        }
    }
    panic!("objects left after 20 rounds of deletes: {:?}", snapshot(s));
}

// ---- re-adoption ---------------------------------------------------------------------

#[test]
fn nested_stack_survives_a_crash_and_a_restart_under_the_same_ids() {
    let mut s = Server::start();
    let image = squashfs_image(&s.work(), &[("hello.txt", "hello\n")]);
    let top = s.create("mount", overlay_stack(&image));
    let bind_src = unique(&s.work(), "bind");
    write_tree(&bind_src, &[("b.txt", "bind\n")]);
    let plain = s.create("mount", bind(&bind_src));
    let lower = &top["overlay"]["lower"][0];
    let device = device_file(&lower["attach"]["attach"]);
    fs::write(mountpoint(&top).join("written.txt"), "kept\n").unwrap();
    let before = snapshot(&s);
    assert_eq!(before[0].len(), 1);
    assert_eq!(before[1].len(), 3);

    for how in ["kill -9", "SIGTERM"] {
        if how == "kill -9" {
            s.crash_and_restart();
        } else {
            s.restart();
        }
        assert_same(&before, &snapshot(&s), &format!("after a {how} restart"));
        assert_eq!(mount_entry(&mountpoint(&top)).map(|m| m.fs_type), Some("overlay".into()), "after {how}");
        assert_eq!(mount_entry(&mountpoint(lower)).map(|m| m.fs_type), Some("squashfs".into()), "after {how}");
        assert_eq!(loop_backing_file(loop_number(&device)), Some(image.clone()), "after {how}");
        assert_eq!(read(&mountpoint(&top).join("hello.txt")), "hello\n");
        assert_eq!(read(&mountpoint(&top).join("written.txt")), "kept\n");
        assert_eq!(read(&mountpoint(&plain).join("b.txt")), "bind\n");
        assert_graph_matches_kernel(&s);
    }
    // References were re-adopted too: the nested lower is still held by its overlay.
    expect_error(s.delete(&format!("/mount?id={}", id_of(lower))), 409);
    s.remove("mount", id_of(&top), false);
    s.remove("mount", id_of(&plain), false);
    assert_clean(&s);
}

/// A loop device nothing mounts is an object like any other: it outlives
/// the server, and one a crashed request made but never recorded is found
/// by its tag and released at the next start.
#[test]
fn bare_loopback_survives_a_crash_and_an_unrecorded_one_is_released() {
    let mut s = Server::start();
    let image = squashfs_image(&s.work(), &[("hello.txt", "hello\n")]);
    let bare = s.create("attach", loopback(&image));
    let n = loop_number(&device_file(&bare));
    let before = snapshot(&s);
    for how in ["kill -9", "SIGTERM"] {
        if how == "kill -9" {
            s.crash_and_restart();
        } else {
            s.restart();
        }
        assert_eq!(loop_backing_file(n), Some(image.clone()), "/dev/loop{n} after a {how}");
        assert_same(&before, &snapshot(&s), &format!("after a {how} restart"));
        assert_graph_matches_kernel(&s);
    }
    // What a crash before the save leaves: the device, and a state that
    // does not know it.
    s.crash();
    for f in ["state.json", "state.journal"] {
        let _ = fs::remove_file(s.run_dir().join(f));
    }
    // A device of someone else (no tag) next to it must stay.
    let foreign_image = unique(&s.work(), "foreign").with_extension("squashfs");
    fs::copy(&image, &foreign_image).unwrap();
    let out = std::process::Command::new("losetup").args(["--find", "--show", "--read-only"]).arg(&foreign_image).output().unwrap();
    assert!(out.status.success(), "losetup: {}", String::from_utf8_lossy(&out.stderr));
    let foreign = String::from_utf8_lossy(&out.stdout).trim().to_string();
    s.respawn();
    let released = eventually(3, || loop_backing_file(n) != Some(image.clone()));
    let foreign_kept = loop_backing_file(loop_number(&foreign)) == Some(foreign_image.clone());
    let _ = std::process::Command::new("losetup").args(["-d", &foreign]).status();
    assert!(released, "/dev/loop{n} of the forgotten attachment is still bound");
    assert!(foreign_kept, "{foreign}, not the server's, was released");
    assert!(s.log().contains("no attachment holds it"), "the release is not logged");
    assert_graph_matches_kernel(&s);
    assert_clean(&s);
}

#[test]
fn running_container_survives_a_crash_and_a_restart_and_can_then_be_stopped() {
    let mut s = Server::start();
    let image = busybox_image(&s.work());
    let c = s.create("container", json!({"name": "survivor", "mount": overlay_stack(&image), "command": STOPS_ON_TERM, "state": "running", "stop_timeout": 60}));
    let id = id_of(&c);
    let (init, cgroups) = s.container_procs(id);
    let before = snapshot(&s);

    for how in ["kill -9", "SIGTERM"] {
        if how == "kill -9" {
            s.crash_and_restart();
        } else {
            s.restart();
        }
        assert!(init.init_alive(), "the init {} did not survive a {how} of the server", init.pid);
        assert!(init.shim_alive(), "the shim {} did not survive a {how} of the server", init.shim_pid);
        assert_same(&before, &snapshot(&s), &format!("after a {how} restart"));
        assert_eq!(s.get_one("container", id)["state"], "running");
        assert_eq!(s.container_procs(id), (init, cgroups.clone()), "after a {how} restart");
        assert_graph_matches_kernel(&s);
    }

    // The re-adopted container is watched: a stop ends in exited.
    assert_eq!(s.patch("/container?name=survivor&state=exited").1["state"], "stopping");
    let c = s.wait_state(id, "exited", 15);
    assert_eq!(c["exit_status"], 0, "{c}");
    s.remove("container", id, false);
    assert_clean(&s);
}

#[test]
fn container_that_ended_while_the_server_was_down_shows_its_exit_status() {
    let mut s = Server::start();
    let image = busybox_image(&s.work());
    // Each init waits for its file to appear in its root, then exits with its status.
    let waits_for = |file: &str, status: u8| format!("/bin/sh -c 'while ! test -e /{file}; do sleep 0.1; done; exit {status}'");
    let crashed = s.create("container", container(overlay_stack(&image), &waits_for("go-a", 7)));
    let stopped = s.create("container", container(overlay_stack(&image), &waits_for("go-b", 8)));

    for (c, file, status, crash) in [(&crashed, "go-a", 7, true), (&stopped, "go-b", 8, false)] {
        let id = id_of(c);
        let (init, cgroups) = s.container_procs(id);
        if crash {
            s.crash();
        } else {
            s.terminate();
        }
        // The server is down: let the init end, and its shim record it.
        fs::write(mountpoint(&c["mount"]).join(file), "").unwrap();
        assert!(eventually(15, || !init.init_alive() && !init.shim_alive()), "container {id} did not end while the server was down");
        assert!(cgroups.iter().all(|c| !c.exists()), "the shim left cgroups: {cgroups:?}");
        s.respawn();
        let after = s.get_one("container", id);
        assert_eq!(after["state"], "exited", "{after}");
        assert_eq!(after["exit_status"], status, "{after}");
        // Everything else about it is as it was.
        assert_eq!(after["mount"], s.get_one("mount", id_of(&c["mount"])));
        assert_eq!(after["logfile"], c["logfile"]);
    }
    assert_graph_matches_kernel(&s);
    for c in [&crashed, &stopped] {
        s.remove("container", id_of(c), false);
    }
    assert_clean(&s);
}

#[test]
fn paused_container_is_still_paused_after_a_crash() {
    let mut s = Server::start();
    let image = busybox_image(&s.work());
    let c = s.create("container", json!({"mount": squashfs_mount(&image), "command": STOPS_ON_TERM, "state": "running", "stop_timeout": 60}));
    let id = id_of(&c);
    let (_, cgroups) = s.container_procs(id);
    assert_eq!(s.patch(&format!("/container?id={id}&state=paused")).1["paused"], true);
    s.crash_and_restart();
    let after = s.get_one("container", id);
    assert_eq!((&after["state"], &after["paused"]), (&json!("running"), &json!(true)), "{after}");
    assert_eq!(freezer_state(&cgroups), "FROZEN");
    assert_eq!(s.patch(&format!("/container?id={id}&state=running")).1["state"], "running");
    assert_eq!(freezer_state(&cgroups), "THAWED");
    assert_eq!(s.patch(&format!("/container?id={id}&state=exited")).1["state"], "stopping");
    s.wait_state(id, "exited", 15);
    s.remove("container", id, false);
    assert_clean(&s);
}

/// A second server started on the run directory a live server holds
/// refuses to start, before it touches anything: the first server's
/// container and mounts stay as they were. The hold dies with the server,
/// so a kill -9 and a start again still work.
#[test]
fn a_second_server_on_a_run_dir_in_use_refuses_to_start_and_touches_nothing() {
    let mut s = Server::start();
    let image = busybox_image(&s.work());
    let c = s.create("container", json!({"name": "first", "mount": overlay_stack(&image), "command": STOPS_ON_TERM, "state": "running", "stop_timeout": 60}));
    let id = id_of(&c);
    let (init, cgroups) = s.container_procs(id);
    let before = snapshot(&s);
    let mounts = s.mounts_made(s.temp());
    assert_eq!(mounts.len(), 2, "{mounts:?}");

    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut second = std::process::Command::new(env!("CARGO_BIN_EXE_imageapi-server"))
        .args(["--scheme", "http", "--host", "127.0.0.1", "--port", &port.to_string(), "--run-dir"])
        .arg(s.run_dir())
        .env("IMAGEAPI_LOGLEVEL", "DEBUG")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let status = loop {
        if let Some(status) = second.try_wait().unwrap() {
            break Some(status);
        }
        if started.elapsed() > Duration::from_secs(20) {
            let _ = second.kill();
            let _ = second.wait();
            break None;
        }
        sleep(Duration::from_millis(50));
    };
    let mut stderr = String::new();
    std::io::Read::read_to_string(second.stderr.as_mut().unwrap(), &mut stderr).unwrap();
    assert!(status.is_some_and(|st| !st.success()), "the second server did not refuse to start ({status:?}): {stderr}");
    let holder = format!("in use by another imageapi-server (pid {})", s.pid().unwrap());
    assert!(stderr.contains(&holder) && stderr.contains(&s.run_dir().display().to_string()), "{stderr}");

    // The first server's objects are untouched.
    assert!(init.init_alive(), "the container's init was stopped by the second server");
    assert_eq!(s.mounts_made(s.temp()), mounts, "the mounts changed");
    assert_same(&before, &snapshot(&s), "after a second server tried the run dir");
    assert_eq!(s.get_one("container", id)["state"], "running");
    assert_eq!(s.container_procs(id), (init, cgroups.clone()));
    assert_graph_matches_kernel(&s);

    // kill -9 releases the run directory: a new server takes it over.
    s.crash_and_restart();
    assert!(init.init_alive());
    assert_same(&before, &snapshot(&s), "after a kill -9 and a start");
    assert_eq!(s.patch("/container?name=first&state=exited").1["state"], "stopping");
    s.wait_state(id, "exited", 15);
    s.remove("container", id, false);
    assert_clean(&s);
}

/// A stop asked for before a crash still ends in the kill after the stop
/// timeout: the restarted server keeps the promise of the one that died.
#[test]
fn stop_requested_before_a_crash_is_still_escalated_after_it() {
    let mut s = Server::start();
    let image = busybox_image(&s.work());
    let c = s.create("container", json!({"mount": squashfs_mount(&image), "command": IGNORES_TERM, "state": "running", "stop_timeout": 5}));
    let id = id_of(&c);
    let (init, _) = s.container_procs(id);
    let log = PathBuf::from(s.get_one("container", id)["logfile"].as_str().unwrap().to_string());
    assert!(eventually(10, || read(&log).lines().any(|l| l.ends_with(" ready"))), "the init never said ready");
    assert_eq!(s.patch(&format!("/container?id={id}&state=exited")).1["state"], "stopping");
    s.crash_and_restart();
    assert!(init.init_alive(), "the init ended before its stop timeout, though it ignores SIGTERM");
    assert_eq!(s.get_one("container", id)["state"], "stopping");
    let c = s.wait_state(id, "exited", 20);
    assert_eq!(c["exit_signal"], "SIGKILL", "{c}");
    s.remove("container", id, false);
    assert_clean(&s);
}

/// A stop whose timeout ran out while the server was down is finished by
/// the next start at once, not after a whole new timeout: the stop's
/// deadline is saved with it. The stop asks for 3 s; the container's own
/// timeout, which a start without the deadline would wait, is 600 s.
#[test]
fn stop_whose_timeout_ran_out_while_the_server_was_down_is_killed_at_the_start() {
    let mut s = Server::start();
    let image = busybox_image(&s.work());
    let c = s.create("container", json!({"mount": squashfs_mount(&image), "command": IGNORES_TERM, "state": "running", "stop_timeout": 600}));
    let id = id_of(&c);
    let (init, _) = s.container_procs(id);
    let log = PathBuf::from(s.get_one("container", id)["logfile"].as_str().unwrap().to_string());
    assert!(eventually(10, || read(&log).lines().any(|l| l.ends_with(" ready"))), "the init never said ready");
    assert_eq!(s.patch(&format!("/container?id={id}&state=exited&timeout=3")).1["state"], "stopping");
    s.crash();
    sleep(Duration::from_secs(5));
    assert!(init.init_alive(), "the init ended while the server was down, though it ignores SIGTERM");
    s.respawn();
    let c = s.wait_state(id, "exited", 60);
    assert_eq!(c["exit_signal"], "SIGKILL", "{c}");
    assert!(!init.init_alive());
    let said = format!("container {id}: its stop timeout passed while the server was down; killing it");
    assert!(s.log().contains(&said), "the start did not kill at once: {}", s.log());
    s.remove("container", id, false);
    assert_clean(&s);
}

// ---- ids -----------------------------------------------------------------------------

/// Every id in an answer: the object's and those of its nested objects.
fn ids_in(object: &Value) -> Vec<u64> {
    fn walk(v: &Value, ids: &mut Vec<u64>) {
        match v {
            Value::Object(m) => {
                ids.extend(m.get("id").and_then(Value::as_u64));
                m.values().for_each(|x| walk(x, ids));
            }
            Value::Array(a) => a.iter().for_each(|x| walk(x, ids)),
            _ => {}
        }
    }
    let mut ids = Vec::new();
    walk(object, &mut ids);
    ids
}

/// Every id in `object` is new: above every id seen so far.
fn assert_fresh(object: &Value, highest: &mut u64) {
    for id in ids_in(object) {
        assert!(id > *highest, "id {id} given out again (ids seen up to {highest}): {object}");
    }
    *highest = ids_in(object).into_iter().fold(*highest, u64::max);
}

#[test]
fn ids_never_repeat_across_crashes_and_restarts() {
    let mut s = Server::start();
    let image = busybox_image(&s.work());
    let mut highest = 0;
    for round in 0..3 {
        let m = s.create("mount", overlay_stack(&image));
        assert_fresh(&m, &mut highest);
        let c = s.create("container", container(squashfs_mount(&image), "/bin/true"));
        assert_fresh(&c, &mut highest);
        // A request that fails halfway (the kernel refuses a squashfs image
        // as ext4) consumes ids too, which are never given out again.
        expect_client_error(s.post("/mount", &attach_mount(loopback(&image), "ext4")));
        s.remove("mount", id_of(&m), false);
        s.wait_state(id_of(&c), "exited", 10);
        s.remove("container", id_of(&c), false);
        match round {
            0 => s.crash_and_restart(),
            1 => s.restart(),
            _ => {}
        }
    }
    // A crash right after a create keeps its id used.
    let last = s.create("mount", bind(&s.work()));
    assert_fresh(&last, &mut highest);
    s.crash_and_restart();
    let after = s.create("mount", bind(&s.work()));
    assert_fresh(&after, &mut highest);
    s.remove("mount", id_of(&last), false);
    s.remove("mount", id_of(&after), false);
    assert_clean(&s);
}

// ---- leftovers -----------------------------------------------------------------------

#[test]
fn mounts_and_dirs_left_under_the_run_dir_by_a_crash_are_removed_at_start() {
    let mut s = Server::start();
    let image = squashfs_image(&s.work(), &[("hello.txt", "hello\n")]);
    let known = s.create("mount", overlay_stack(&image));
    let before = snapshot(&s);
    s.crash();

    // What a crash between a kernel call and the save would leave: a tmpfs
    // and a loop-mounted squashfs on mountpoints the state does not know,
    // an empty mountpoint and an overlay layer dir of an unknown id.
    let mounts = s.run_dir().join("mounts");
    let tmpfs = TestMount::tmpfs(&mounts.join("9999"));
    fs::write(tmpfs.path.join("file"), "x").unwrap();
    let looped = mounts.join("9998");
    fs::create_dir(&looped).unwrap();
    // A copy: mount(8) would share the server's read-only device of the same file.
    let stray_image = unique(&s.work(), "stray").with_extension("squashfs");
    fs::copy(&image, &stray_image).unwrap();
    let out = std::process::Command::new("mount").args(["-o", "loop,ro", "-t", "squashfs"]).arg(&stray_image).arg(&looped).output().unwrap();
    assert!(out.status.success(), "mount -o loop: {}", String::from_utf8_lossy(&out.stderr));
    let _looped_guard = TestMount { path: looped.clone() };
    let stray_loops = loops_backed_by(&stray_image);
    assert_eq!(stray_loops.len(), 1, "mount -o loop made no loop device: {stray_loops:?}");
    fs::create_dir(mounts.join("9997")).unwrap();
    write_tree(&s.run_dir().join("overlay/9996/upper"), &[("f", "x")]);

    s.respawn();
    for p in [mounts.join("9999"), looped.clone()] {
        assert!(!is_mountpoint(&p), "{} is still mounted", p.display());
        assert!(!p.exists(), "{} is left", p.display());
    }
    assert!(!mounts.join("9997").exists(), "the empty mountpoint is left");
    assert!(!s.run_dir().join("overlay/9996").exists(), "the overlay dir of an unknown id is left");
    // The stray loop device goes with its mount (autoclear); the known stack stays.
    assert_same(&before, &snapshot(&s), "after the start that cleaned up");
    assert_eq!(read(&mountpoint(&known).join("hello.txt")), "hello\n");
    assert_graph_matches_kernel(&s);

    s.remove("mount", id_of(&known), false);
    assert_clean(&s);
}

// ---- crashes at random moments --------------------------------------------------------

#[test]
fn crash_during_creates_and_deletes_leaves_the_graph_and_the_kernel_in_agreement() {
    let mut s = Server::start();
    let image = squashfs_image(&s.work(), &[("hello.txt", "hello\n")]);
    let mut rng = Rng::from_env_or_clock();
    let started = Instant::now();
    let (mut iterations, mut answered) = (0, 0);
    while iterations < 30 && started.elapsed() < Duration::from_secs(120) {
        iterations += 1;
        // Create a nested stack, or delete the top of one (which cascades).
        let tops: Vec<u64> = s.list("/mount?kind=overlay").iter().map(id_of).collect();
        let client = s.client();
        let create = tops.is_empty() || tops.len() < 4 && rng.below(2) == 0;
        let body = overlay_stack(&image);
        let path = if create { String::new() } else { format!("/mount?id={}", tops[rng.below(tops.len() as u64) as usize]) };
        let request = std::thread::spawn(move || if create { client.try_post("/mount", &body) } else { client.try_delete(&path) });
        sleep(Duration::from_millis(rng.below(31)));
        s.crash();
        let result = request.join().expect("the request thread panicked");
        if let Ok((status, body)) = &result {
            assert!(matches!(status, 200 | 201), "iteration {iterations}: {status} {body}");
            answered += 1;
        }
        s.respawn();
        assert_graph_matches_kernel(&s);
    }
    eprintln!("{iterations} crashes, {answered} requests answered before the crash");
    delete_everything(&s);
    assert_clean(&s);
}

// ---- concurrency -----------------------------------------------------------------------

#[test]
fn four_clients_creating_and_deleting_for_twenty_seconds_leak_nothing() {
    let s = Server::start();
    let image = squashfs_image(&s.work(), &[("hello.txt", "hello\n")]);
    // A shared lower that overlays reference, besides their own nested stacks.
    let shared = id_of(&s.create("mount", squashfs_mount(&image)));
    let until = Instant::now() + Duration::from_secs(20);
    let cycles: Vec<usize> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..4)
            .map(|worker| {
                let s = &s;
                let image = &image;
                scope.spawn(move || {
                    let mut n = 0;
                    while Instant::now() < until {
                        let def = if (n + worker) % 2 == 0 { overlay_stack(image) } else { overlay(vec![reference(shared)]) };
                        let m = s.create("mount", def);
                        assert_eq!(read(&mountpoint(&m).join("hello.txt")), "hello\n");
                        fs::write(mountpoint(&m).join(format!("w{worker}")), "x").unwrap();
                        s.remove("mount", id_of(&m), false);
                        n += 1;
                    }
                    n
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().expect("a client panicked")).collect()
    });
    eprintln!("cycles per client: {cycles:?}");
    assert!(cycles.iter().all(|n| *n > 0), "a client made no progress: {cycles:?}");
    assert_graph_matches_kernel(&s);
    assert_eq!(s.list("/mount").len(), 1, "only the shared lower is left");
    assert_eq!(s.refs("mount", shared), 1);
    let leftover_dirs: Vec<PathBuf> = fs::read_dir(s.run_dir().join("overlay")).unwrap().flatten().map(|e| e.path()).collect();
    assert_eq!(leftover_dirs, Vec::<PathBuf>::new(), "overlay dirs left");
    s.remove("mount", shared, false);
    assert_clean(&s);
}

/// A crash while a container is being created must not leave its init
/// running unlisted: after the restart every container process tied to the
/// run dir belongs to a listed container.
#[test]
fn crash_during_container_creates_leaves_no_unlisted_container_running() {
    let mut s = Server::start();
    let image = busybox_image(&s.work());
    let mut rng = Rng::from_env_or_clock();
    let (mut iterations, mut answered) = (0, 0);
    let started = Instant::now();
    while iterations < 15 && started.elapsed() < Duration::from_secs(120) {
        iterations += 1;
        let client = s.client();
        let body = container(overlay_stack(&image), STOPS_ON_TERM);
        let request = std::thread::spawn(move || client.try_post("/container", &body));
        sleep(Duration::from_millis(rng.below(150)));
        s.crash();
        if let Ok((status, body)) = request.join().expect("the request thread panicked") {
            assert_eq!(status, 201, "iteration {iterations}: {body}");
            answered += 1;
        }
        s.respawn();
        assert_graph_matches_kernel(&s);
        // A shim that was starting when the server died finds out when its
        // report meets a closed pipe, and undoes its start by itself.
        let mut unlisted: Vec<(i32, String)> = Vec::new();
        eventually(3, || {
            let listed: Vec<u64> = s.list("/container").iter().filter(|c| c["state"] == "running").map(id_of).collect();
            let server = s.pid().map(|p| p as i32);
            unlisted = processes_tied_to(s.temp())
                .into_iter()
                .filter(|(pid, _)| Some(*pid) != server)
                .map(|(pid, _)| (pid, fs::read(format!("/proc/{pid}/cmdline")).map(|b| String::from_utf8_lossy(&b).replace('\0', " ")).unwrap_or_default()))
                .filter(|(_, cmdline)| !listed.iter().any(|id| cmdline.contains(&format!("/containers/{id}/config.json"))))
                .collect();
            unlisted.is_empty()
        });
        assert!(unlisted.is_empty(), "iteration {iterations}: container processes no listed running container owns: {unlisted:?}");
    }
    eprintln!("{iterations} crashes, {answered} container creates answered before the crash");
    delete_everything(&s);
    assert_clean(&s);
}

/// Many rounds of one random request (a nested container started, a bare
/// loopback attachment, a forced delete of any listed object), the server
/// killed -9 0-40 ms after it was sent and restarted on the same run dir.
/// After every restart: what the API lists is what the kernel holds, every
/// object acknowledged with 201 (and not deleted since) is still listed,
/// and no id was given out twice. At the end everything deletes to nothing.
#[test]
fn random_requests_cut_by_kill_9_lose_nothing_and_repeat_no_id() {
    let mut s = Server::start();
    random_requests_cut_by_kill_9(&mut s, Duration::from_secs(75), None);
}

/// The same, with the state directory on a small tmpfs filled up once the
/// server runs: creates run into 507, deletes use the reserve and then run
/// into 507 too; whatever the answer, what was acknowledged stays and what
/// was refused was never made.
#[test]
fn random_requests_cut_by_kill_9_on_a_full_state_dir_lose_nothing_and_repeat_no_id() {
    let (mut s, state) = start_on_small_state("4m");
    // Full: each restart's compaction fails too (the journal keeps the
    // changes), creates are refused, removals use the reserve.
    fill(&state, 0);
    random_requests_cut_by_kill_9(&mut s, Duration::from_secs(40), Some(&state.join("filler")));
}

/// Rounds of [`random_requests_cut_by_kill_9_lose_nothing_and_repeat_no_id`]
/// for `budget`; with `filler`, a file filling the state directory, 507 is
/// an answer too, and the filler goes before the final cleanup.
fn random_requests_cut_by_kill_9(s: &mut Server, budget: Duration, filler: Option<&std::path::Path>) {
    let image = busybox_image(&s.work());
    let mut rng = Rng::from_env_or_clock();
    let mut seen: std::collections::BTreeSet<u64> = Default::default();
    let mut kept: std::collections::BTreeSet<u64> = Default::default();
    let (mut rounds, mut answered) = (0, 0);
    let started = Instant::now();
    let mut refused = 0;
    while rounds < 200 && started.elapsed() < budget {
        rounds += 1;
        // Half way, room again: what the full disk refused can be made now.
        if let Some(f) = filler.filter(|_| rounds == 100 || started.elapsed() > budget / 2).filter(|f| f.exists()) {
            assert!(refused > 0, "the full state directory never refused a request");
            fs::remove_file(f).expect("removing the filler");
        }
        let listed: Vec<Value> = ["/container", "/mount", "/attach"].iter().flat_map(|p| s.list(p)).collect();
        let client = s.client();
        let choice = if listed.len() > 12 { 2 } else if listed.is_empty() { rng.below(2) } else { rng.below(3) };
        let (request, gone_if_done): (std::thread::JoinHandle<Result<(u16, Value), String>>, Vec<u64>) = match choice {
            0 => {
                let body = container(overlay_stack(&image), STOPS_ON_TERM);
                (std::thread::spawn(move || client.try_post("/container", &body)), vec![])
            }
            1 => {
                let body = loopback(&image);
                (std::thread::spawn(move || client.try_post("/attach", &body)), vec![])
            }
            _ => {
                let target = &listed[rng.below(listed.len() as u64) as usize];
                let id = id_of(target);
                let collection = if target.get("command").is_some() { "container" } else if target.get("mountpoint").is_some() { "mount" } else { "attach" };
                // Whatever renders the target inside itself uses it, and goes with it.
                let gone: Vec<u64> = listed.iter().filter(|o| ids_in(o).contains(&id)).map(id_of).collect();
                let path = format!("/{collection}?id={id}&force=true");
                (std::thread::spawn(move || client.try_delete(&path)), gone)
            }
        };
        sleep(Duration::from_millis(rng.below(41)));
        s.crash();
        let result = request.join().expect("the request thread panicked");
        // What this round may have removed is no longer owed, answered or not.
        for id in &gone_if_done {
            kept.remove(id);
        }
        if let Ok((status, body)) = &result {
            answered += 1;
            match *status {
                201 => {
                    for id in ids_in(body) {
                        assert!(seen.insert(id), "round {rounds}: id {id} given out again: {body}");
                    }
                    kept.insert(id_of(body));
                }
                200 | 409 => {}
                507 if filler.is_some() => refused += 1,
                other => panic!("round {rounds}: answered {other} {body}"),
            }
        }
        s.respawn();
        assert_graph_matches_kernel(&s);
        let now: Vec<Value> = ["/container", "/mount", "/attach"].iter().flat_map(|p| s.list(p)).collect();
        let listed_ids: std::collections::BTreeSet<u64> = now.iter().map(id_of).collect();
        for id in &kept {
            assert!(listed_ids.contains(id), "round {rounds}: object {id}, acknowledged with 201, is gone after the crash");
        }
        // Objects made by a request cut short but saved are new ids too.
        for id in &listed_ids {
            seen.insert(*id);
        }
    }
    eprintln!("{rounds} rounds, {answered} requests answered before the kill, {refused} of them 507");
    if let Some(f) = filler {
        assert!(!f.exists(), "the rounds ended before the disk had room again");
    }
    // New ids after all those crashes are still fresh.
    let last = s.create("attach", loopback(&image));
    assert!(!seen.contains(&id_of(&last)), "id {} given out again after the crashes", id_of(&last));
    delete_everything(s);
    match filler {
        Some(f) => assert_clean_but_mounts(s, &[f.parent().unwrap()]),
        None => assert_clean(s),
    }
}
