//! Container tests, run against the real `imageapi-server` and the real
//! kernel (root, loop, squashfs, overlay, namespaces, cgroups), with a
//! busybox root filesystem.
//!
//! Covered: an init that exits (status, log), a polite stop (`stopping`,
//! then `exited`), the stop escalation to SIGKILL (from the container's
//! `stop_timeout` and from PATCH's `timeout`), the immediate kill of an
//! init without a SIGTERM handler, the log from creation, 409 on deleting a running
//! container and the forced delete, an init that cannot be exec'd (`dead`
//! with the reason), names (unique, select GET, PATCH, DELETE) and the
//! `state` filter, pause and thaw (freezer, the init's output, `paused`
//! reading `running` with `paused: true`), the
//! cascade from a container down to its loop device, namespaces (default
//! and `net`), and the cgroups of containers of two servers. Every test
//! checks the kernel as well as the API and ends with `assert_clean`,
//! which includes the container's processes and cgroups.

mod common;

use common::*;
use serde_json::{json, Value};
use std::fs;
use std::path::{Path, PathBuf};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// An init that exits 0 on SIGTERM (a shell as PID 1 of a pid namespace
/// ignores signals it has no handler for, so it needs the trap).
/// It says "ready" once its handler is in place (see IGNORES_TERM).
const STOPS_ON_TERM: &str = r#"/bin/sh -c 'trap "exit 0" TERM; echo ready; while :; do sleep 0.2; done'"#;
/// An init that catches SIGTERM and carries on: only the kill after the stop
/// timeout ends it.
/// It says "ready" once its handler is in place: a stop asked before that
/// finds no handler and kills at once.
const IGNORES_TERM: &str = r#"/bin/sh -c 'trap "echo carrying on" TERM; echo ready; while :; do sleep 0.2; done'"#;

/// The console lines of a container's log, without their timestamps.
fn console_lines(container: &Value) -> Vec<String> {
    let log = PathBuf::from(container["logfile"].as_str().unwrap_or_else(|| panic!("container without a logfile: {container}")));
    read(&log).lines().map(|l| l.split_once(' ').map(|(_, rest)| rest).unwrap_or(l).to_string()).collect()
}

fn logfile_len(container: &Value) -> u64 {
    fs::metadata(container["logfile"].as_str().unwrap()).map(|m| m.len()).unwrap_or(0)
}

/// PATCH a container's state and expect 200; returns the container.
fn set_state(s: &Server, selector: &str, query: &str) -> Value {
    let path = format!("/container?{selector}&{query}");
    let (status, body) = s.patch(&path);
    assert_eq!(status, 200, "PATCH {path} answered {body}");
    body
}

// ---- running to the end ------------------------------------------------------

#[test]
fn init_that_exits_leaves_an_exited_container_with_its_status_and_output() {
    let s = Server::start();
    let image = busybox_image(&s.work());
    let c = s.create("container", container(squashfs_mount(&image), "/bin/sh -c 'echo hello; exit 3'"));
    let id = id_of(&c);
    assert_eq!(c["refs"], 1);
    assert!(matches!(c["state"].as_str(), Some("running" | "exited")), "{c}");

    let c = s.wait_state(id, "exited", 10);
    assert_eq!(c["exit_status"], 3, "{c}");
    assert_eq!(c["exit_signal"], Value::Null, "{c}");
    assert!(c["reason"].as_str().is_some_and(|r| r.contains('3')), "{c}");
    let logfile = PathBuf::from(c["logfile"].as_str().unwrap());
    assert!(logfile.starts_with(s.run_dir()), "the log {} is outside the run dir", logfile.display());
    assert!(console_lines(&c).iter().any(|l| l == "hello"), "no \"hello\" in the log: {:?}", console_lines(&c));

    // An exited container is deleted without force, and its mount with it.
    let deleted = s.remove("container", id, false);
    assert_eq!(deleted["refs"], 0);
    assert!(!s.exists("container", id));
    assert_clean(&s);
}

#[test]
fn stop_request_answers_stopping_and_the_init_exits() {
    let s = Server::start();
    let image = busybox_image(&s.work());
    let c = s.create("container", json!({"mount": squashfs_mount(&image), "command": STOPS_ON_TERM, "state": "running", "stop_timeout": 60}));
    let id = id_of(&c);
    assert_eq!(c["state"], "running", "{c}");
    let (init, _) = s.container_procs(id);
    assert!(eventually(10, || console_lines(&c).iter().any(|l| l == "ready")), "the init never said ready");

    let stopping = set_state(&s, &format!("id={id}"), "state=exited");
    assert_eq!(stopping["state"], "stopping", "PATCH state=exited must answer at once with stopping: {stopping}");
    let c = s.wait_state(id, "exited", 15);
    assert_eq!(c["exit_status"], 0, "the init traps TERM and exits 0: {c}");
    assert_eq!(c["exit_signal"], Value::Null, "{c}");
    assert!(!init.init_alive(), "the init {} still runs", init.pid);
    // Stopping what has stopped changes nothing.
    assert_eq!(set_state(&s, &format!("id={id}"), "state=exited")["state"], "exited");

    s.remove("container", id, false);
    assert_clean(&s);
}

/// Stop a container whose init ignores SIGTERM and expect the kill after
/// about `expected` seconds (a few, so that a loaded machine's slow answer
/// to the PATCH does not use up the window in which the init must live on).
fn expect_kill_after_timeout(s: &Server, id: u64, patch: &str, expected: u64) {
    let (init, cgroups) = s.container_procs(id);
    let c = s.get_one("container", id);
    assert!(eventually(10, || console_lines(&c).iter().any(|l| l == "ready")), "the init never said ready");
    let asked = Instant::now();
    assert_eq!(set_state(s, &format!("id={id}"), patch)["state"], "stopping");
    // Still there within the timeout: the polite signal was ignored.
    sleep(Duration::from_millis(300));
    assert!(init.init_alive(), "the init ended before the stop timeout, though it ignores SIGTERM");
    let c = s.wait_state(id, "exited", expected + 15);
    let took = asked.elapsed();
    assert!(took >= Duration::from_secs(expected), "killed after {took:?}, before the {expected} s timeout");
    assert!(took < Duration::from_secs(expected + 10), "killed only after {took:?} (timeout {expected} s)");
    assert_eq!(c["exit_signal"], "SIGKILL", "{c}");
    assert_eq!(c["exit_status"], Value::Null, "{c}");
    assert!(eventually(10, || cgroups.iter().all(|c| !c.exists())), "cgroups left after the kill: {cgroups:?}");
}

#[test]
fn init_ignoring_sigterm_is_killed_after_its_stop_timeout() {
    let s = Server::start();
    let image = busybox_image(&s.work());
    let c = s.create("container", json!({"mount": squashfs_mount(&image), "command": IGNORES_TERM, "state": "running", "stop_timeout": 3}));
    expect_kill_after_timeout(&s, id_of(&c), "state=exited", 3);
    s.remove("container", id_of(&c), false);
    assert_clean(&s);
}

/// An init without a SIGTERM handler (busybox `sleep`) can never act on
/// the polite signal: it is killed at once instead of after its timeout.
#[test]
fn init_without_a_sigterm_handler_is_killed_at_once() {
    let s = Server::start();
    let image = busybox_image(&s.work());
    let c = s.create("container", json!({"mount": squashfs_mount(&image), "command": "/bin/sleep 1000", "state": "running", "stop_timeout": 600}));
    let id = id_of(&c);
    let (init, cgroups) = s.container_procs(id);
    assert_eq!(set_state(&s, &format!("id={id}"), "state=exited")["state"], "stopping");
    // Far less than the 600 s timeout: the wait gives up long before it.
    let c = s.wait_state(id, "exited", 20);
    assert_eq!(c["exit_signal"], "SIGKILL", "{c}");
    assert!(!init.init_alive(), "the init {} still runs", init.pid);
    assert!(eventually(10, || cgroups.iter().all(|c| !c.exists())), "cgroups left after the kill: {cgroups:?}");
    s.remove("container", id, false);
    assert_clean(&s);
}

/// The log exists from creation, before the container ever started.
#[test]
fn log_file_exists_from_creation() {
    let s = Server::start();
    let image = busybox_image(&s.work());
    let c = s.create("container", json!({"mount": squashfs_mount(&image), "command": "/bin/sh -c 'echo hello'"}));
    assert_eq!(c["state"], "created", "{c}");
    let lines = console_lines(&c);
    assert!(lines.iter().any(|l| l.ends_with(&format!("container {} created", id_of(&c)))), "no created line: {lines:?}");
    // Starting it appends to the same file.
    let id = id_of(&c);
    set_state(&s, &format!("id={id}"), "state=running");
    let c = s.wait_state(id, "exited", 10);
    assert!(console_lines(&c).iter().any(|l| l == "hello"), "{:?}", console_lines(&c));
    assert!(console_lines(&c).first().is_some_and(|l| l.ends_with("created")), "{:?}", console_lines(&c));
    s.remove("container", id, false);
    assert_clean(&s);
}

#[test]
fn patch_timeout_overrides_the_stop_timeout() {
    let s = Server::start();
    let image = busybox_image(&s.work());
    let c = s.create("container", json!({"mount": squashfs_mount(&image), "command": IGNORES_TERM, "state": "running", "stop_timeout": 600}));
    expect_kill_after_timeout(&s, id_of(&c), "state=exited&timeout=3", 3);
    s.remove("container", id_of(&c), false);
    assert_clean(&s);
}

// ---- deleting -------------------------------------------------------------------

#[test]
fn running_container_is_409_to_delete_and_force_removes_everything() {
    let s = Server::start();
    let image = busybox_image(&s.work());
    let c = s.create("container", container(overlay_stack(&image), IGNORES_TERM));
    let id = id_of(&c);
    let (init, cgroups) = s.container_procs(id);

    let message = expect_error(s.delete(&format!("/container?id={id}")), 409);
    assert!(mentions_id(&message, id) && message.contains("running"), "the 409 should name the container and its state: {message}");
    assert_eq!(s.get_one("container", id)["state"], "running", "a refused delete changed the container");
    assert!(init.init_alive(), "a refused delete stopped the init");
    // Its root is held by the container: a forced delete of the mount must not pull it away.
    let root = id_of(&c["mount"]);
    expect_error(s.delete(&format!("/mount?id={root}&force=true")), 409);
    assert!(init.init_alive(), "a refused forced delete of the root mount stopped the init");

    let deleted = s.remove("container", id, true);
    assert_eq!(deleted["refs"], 0);
    assert!(!init.init_alive(), "the init {} survived the forced delete", init.pid);
    assert!(!init.shim_alive(), "the shim {} survived the forced delete", init.shim_pid);
    assert!(cgroups.iter().all(|c| !c.exists()), "cgroups left after the forced delete: {cgroups:?}");
    assert!(!s.container_dir(id).exists(), "the state dir of container {id} is left");
    assert_clean(&s);
}

#[test]
fn init_that_cannot_be_executed_makes_a_dead_container_with_the_reason() {
    let s = Server::start();
    let image = busybox_image(&s.work());
    let (status, c) = s.post("/container", &container(squashfs_mount(&image), "/nope --flag"));
    assert_eq!(status, 201, "{c}");
    let id = id_of(&c);
    assert_eq!(c["state"], "dead", "{c}");
    let reason = c["reason"].as_str().unwrap_or_default();
    assert!(reason.contains("/nope"), "the reason should name the init that could not be run: {c}");
    assert_eq!(s.get_one("container", id)["state"], "dead");
    assert_eq!(s.list("/container?state=dead").len(), 1);
    // Nothing of the failed start is left running (the shim, which
    // reported the failure, ends once it has removed the cgroups).
    assert!(
        eventually(10, || processes_tied_to(s.temp()).into_iter().all(|(pid, _)| Some(pid as u32) == s.pid())),
        "processes of the failed start are left: {:?}",
        processes_tied_to(s.temp())
    );

    s.remove("container", id, false);
    assert_clean(&s);
}

// ---- names and filters ----------------------------------------------------------

#[test]
fn names_are_unique_and_select_the_container_for_get_patch_and_delete() {
    let s = Server::start();
    let image = busybox_image(&s.work());
    // Both containers stand on one read-only squashfs root, by reference.
    let root = id_of(&s.create("mount", squashfs_mount(&image)));
    let web = s.create("container", json!({"name": "web-1.a_B", "mount": reference(root), "command": STOPS_ON_TERM, "state": "running"}));
    let db = s.create("container", json!({"name": "db2", "mount": reference(root), "command": STOPS_ON_TERM}));
    let (web_id, db_id) = (id_of(&web), id_of(&db));
    assert_eq!(db["state"], "created", "a container is created without starting by default: {db}");
    assert_eq!(s.refs("mount", root), 3, "the root is held by the API user and both containers");

    // A second container of the same name: 409, and nothing made.
    let (mounts, loops) = (s.list("/mount").len(), loops_backed_by(s.temp()));
    let message = expect_error(s.post("/container", &json!({"name": "web-1.a_B", "mount": squashfs_mount(&image), "command": "/bin/true"})), 409);
    assert!(message.contains("web-1.a_B"), "{message}");
    assert_eq!(s.list("/mount").len(), mounts, "a refused container left its nested mount");
    assert_eq!(loops_backed_by(s.temp()), loops, "a refused container left a loop device");
    expect_error(s.post("/container", &json!({"name": "bad/name", "mount": reference(root), "command": "/bin/true"})), 400);

    // GET by name, and the state filter.
    let by_name = s.list("/container?name=web-1.a_B");
    assert_eq!(by_name.len(), 1);
    assert_eq!(id_of(&by_name[0]), web_id);
    expect_error(s.get("/container?name=nosuch"), 404);
    expect_error(s.get(&format!("/container?id={web_id}&name=db2")), 400);
    let ids = |path: &str| s.list(path).iter().map(id_of).collect::<Vec<_>>();
    assert_eq!(ids("/container?state=running"), vec![web_id]);
    assert_eq!(ids("/container?state=created"), vec![db_id]);
    assert_eq!(ids("/container?state=exited"), Vec::<u64>::new());
    let mut all = ids("/container");
    all.sort();
    assert_eq!(all, vec![web_id, db_id]);

    // PATCH by name: start db, stop web.
    assert_eq!(set_state(&s, "name=db2", "state=running")["state"], "running");
    s.container_procs(db_id);
    assert_eq!(set_state(&s, "name=web-1.a_B", "state=exited")["state"], "stopping");
    s.wait_state(web_id, "exited", 15);
    assert_eq!(ids("/container?state=exited"), vec![web_id]);
    assert_eq!(ids("/container?state=running"), vec![db_id]);
    expect_error(s.patch("/container?name=nosuch&state=running"), 404);

    // DELETE by name: the exited one goes, the running one is 409.
    let (status, deleted) = s.delete("/container?name=web-1.a_B");
    assert_eq!(status, 200, "{deleted}");
    assert_eq!(id_of(&deleted), web_id);
    expect_error(s.get("/container?name=web-1.a_B"), 404);
    expect_error(s.delete("/container?name=db2"), 409);
    set_state(&s, "name=db2", "state=exited");
    s.wait_state(db_id, "exited", 15);
    let (status, deleted) = s.delete("/container?name=db2");
    assert_eq!(status, 200, "{deleted}");
    // The name is free again once its container is gone.
    let again = s.create("container", json!({"name": "db2", "mount": reference(root), "command": "/bin/true"}));
    s.remove("container", id_of(&again), false);

    assert_eq!(s.refs("mount", root), 1, "deleted containers still hold the root");
    s.remove("mount", root, false);
    assert_clean(&s);
}

// ---- pause ------------------------------------------------------------------------

#[test]
fn pause_freezes_every_process_and_running_thaws_them() {
    let s = Server::start();
    let image = busybox_image(&s.work());
    let ticking = r#"/bin/sh -c 'trap "exit 0" TERM; while :; do echo tick; sleep 0.1; done'"#;
    let c = s.create("container", json!({"mount": squashfs_mount(&image), "command": ticking, "state": "running", "stop_timeout": 60}));
    let id = id_of(&c);
    let (init, cgroups) = s.container_procs(id);
    assert_eq!(freezer_state(&cgroups), "THAWED");
    assert!(eventually(5, || console_lines(&c).iter().any(|l| l == "tick")), "the init does not tick");

    // Paused reads as running with `paused: true` (the v0.2.0 states have
    // no paused); the state filter still finds it either way.
    let paused = set_state(&s, &format!("id={id}"), "state=paused");
    assert_eq!((&paused["state"], &paused["paused"]), (&json!("running"), &json!(true)), "{paused}");
    assert_eq!(freezer_state(&cgroups), "FROZEN");
    assert_eq!(s.list("/container?state=paused").len(), 1);
    assert_eq!(s.list("/container?state=running").len(), 1);
    // Frozen: no process of the container runs, so the log stops growing.
    sleep(Duration::from_millis(300));
    let frozen_len = logfile_len(&c);
    sleep(Duration::from_millis(1000));
    assert_eq!(logfile_len(&c), frozen_len, "the container kept writing while paused");
    assert!(init.init_alive());
    // A paused container is active: no plain delete.
    expect_error(s.delete(&format!("/container?id={id}")), 409);

    let resumed = set_state(&s, &format!("id={id}"), "state=running");
    assert_eq!((&resumed["state"], &resumed["paused"]), (&json!("running"), &Value::Null), "{resumed}");
    assert_eq!(s.list("/container?state=paused").len(), 0);
    assert_eq!(freezer_state(&cgroups), "THAWED");
    assert!(eventually(5, || logfile_len(&c) > frozen_len), "the container does not write again after the thaw");

    // A paused container can be stopped: it is thawed to get the signal.
    assert_eq!(set_state(&s, &format!("id={id}"), "state=paused")["paused"], true);
    assert_eq!(set_state(&s, &format!("id={id}"), "state=exited")["state"], "stopping");
    let c = s.wait_state(id, "exited", 15);
    assert_eq!(c["exit_status"], 0, "{c}");
    // Only a running container can be paused.
    expect_error(s.patch(&format!("/container?id={id}&state=paused")), 409);

    s.remove("container", id, false);
    assert_clean(&s);
}

// ---- cascade ----------------------------------------------------------------------

#[test]
fn deleting_a_container_cascades_down_its_nested_overlay_to_the_loop_device() {
    let s = Server::start();
    let image = busybox_image(&s.work());
    let writes = r#"/bin/sh -c 'echo written > /hello.txt; trap "exit 0" TERM; while :; do sleep 0.2; done'"#;
    let c = s.create("container", json!({"mount": overlay_stack(&image), "command": writes, "state": "running", "stop_timeout": 60}));
    let id = id_of(&c);
    let overlay_id = id_of(&c["mount"]);
    let squashfs_id = id_of(&c["mount"]["overlay"]["lower"][0]);
    let loop_id = id_of(&c["mount"]["overlay"]["lower"][0]["attach"]["attach"]);
    assert_eq!(s.list("/mount").len(), 2);
    assert_eq!(s.list("/attach").len(), 1);
    assert_eq!(s.refs("mount", overlay_id), 1, "a nested root is held by its container only");
    let device = device_file(&s.get_one("attach", loop_id));
    let (_, cgroups) = s.container_procs(id);

    // The container's writes land in the overlay's upper dir.
    let upper = PathBuf::from(c["mount"]["overlay"]["upperdir"].as_str().unwrap());
    assert!(eventually(5, || fs::read_to_string(upper.join("hello.txt")).is_ok_and(|t| t == "written\n")), "no write in {}", upper.display());
    // The nested root cannot be deleted under its container.
    expect_error(s.delete(&format!("/mount?id={overlay_id}")), 409);

    set_state(&s, &format!("id={id}"), "state=exited");
    s.wait_state(id, "exited", 15);
    s.remove("container", id, false);
    for (collection, gone) in [("mount", overlay_id), ("mount", squashfs_id), ("attach", loop_id)] {
        assert!(!s.exists(collection, gone), "{collection} {gone} outlived its container");
    }
    assert!(loop_backing_file(loop_number(&device)).is_none_or(|f| !f.starts_with(s.temp())), "{device} is still attached");
    assert!(cgroups.iter().all(|c| !c.exists()), "cgroups left: {cgroups:?}");
    for dir in ["mounts", "overlay", "containers"] {
        let left: Vec<_> = fs::read_dir(s.run_dir().join(dir)).unwrap().flatten().map(|e| e.path()).collect();
        assert_eq!(left, Vec::<PathBuf>::new(), "left in {dir}/");
    }
    assert_clean(&s);
}

// ---- namespaces -------------------------------------------------------------------

#[test]
fn containers_get_their_own_namespaces_and_net_on_request() {
    let s = Server::start();
    let image = busybox_image(&s.work());
    let root = id_of(&s.create("mount", squashfs_mount(&image)));
    let hostname_then_wait = r#"/bin/sh -c 'hostname; trap "exit 0" TERM; while :; do sleep 0.2; done'"#;
    let host = |ns: &str| ns_link("self", ns);

    // Default: its own mnt, pid, uts and ipc; the host's network.
    let plain = s.create("container", json!({"name": "plain", "mount": reference(root), "command": hostname_then_wait, "state": "running"}));
    let (init, _) = s.container_procs(id_of(&plain));
    let pid = init.pid.to_string();
    for ns in ["mnt", "pid", "uts", "ipc"] {
        assert_ne!(ns_link(&pid, ns), host(ns), "the container shares the host's {ns} namespace");
    }
    assert_eq!(ns_link(&pid, "net"), host("net"), "the container got a network namespace it did not ask for");
    // Its own uts namespace carries its name as the hostname.
    assert!(eventually(5, || console_lines(&plain).iter().any(|l| l == "plain")), "hostname: {:?}", console_lines(&plain));

    // "namespaces": ["net"]: its own network too. A list only adds to the
    // defaults: mnt, pid, uts and ipc stay its own.
    let net = s.create("container", json!({"mount": reference(root), "command": hostname_then_wait, "state": "running", "namespaces": ["net"]}));
    let (net_init, _) = s.container_procs(id_of(&net));
    let pid = net_init.pid.to_string();
    for ns in ["net", "mnt", "pid", "uts", "ipc"] {
        assert_ne!(ns_link(&pid, ns), host(ns), "with namespaces [net] the container shares the host's {ns} namespace");
    }
    assert_ne!(ns_link(&pid, "net"), ns_link(&init.pid.to_string(), "net"), "two containers share a network namespace");

    for c in [&plain, &net] {
        set_state(&s, &format!("id={}", id_of(c)), "state=exited");
    }
    for c in [&plain, &net] {
        s.wait_state(id_of(c), "exited", 15);
        s.remove("container", id_of(c), false);
    }
    s.remove("mount", root, false);
    assert_clean(&s);
}

// ---- two servers ------------------------------------------------------------------

/// Two servers with different run dirs hand out the same ids: their
/// containers must still get cgroups of their own, or pausing, killing or
/// cleaning up one container reaches the other.
#[test]
fn containers_of_two_servers_have_cgroups_of_their_own() {
    let a = Server::start();
    let b = Server::start();
    let mut running = Vec::new();
    for s in [&a, &b] {
        let image = busybox_image(&s.work());
        let c = s.create("container", json!({"mount": squashfs_mount(&image), "command": STOPS_ON_TERM, "state": "running", "stop_timeout": 60}));
        running.push((s, id_of(&c), s.container_procs(id_of(&c))));
    }
    let (ca, cb) = (&running[0], &running[1]);
    assert_eq!(ca.1, cb.1, "both fresh servers should have given their first container the same id");
    for cgroup in &ca.2 .1 {
        assert!(!cb.2 .1.contains(cgroup), "containers of two servers share the cgroup {}", cgroup.display());
    }

    // Pausing one leaves the other running.
    set_state(&a, &format!("id={}", ca.1), "state=paused");
    assert_eq!(freezer_state(&ca.2 .1), "FROZEN");
    assert_eq!(freezer_state(&cb.2 .1), "THAWED", "pausing a container of one server froze another server's");
    set_state(&a, &format!("id={}", ca.1), "state=running");

    // Killing one leaves the other running.
    a.remove("container", ca.1, true);
    assert!(!ca.2 .0.init_alive());
    assert!(cb.2 .0.init_alive(), "a forced delete on one server killed another server's container");
    assert_eq!(b.get_one("container", cb.1)["state"], "running");

    set_state(&b, &format!("id={}", cb.1), "state=exited");
    b.wait_state(cb.1, "exited", 15);
    b.remove("container", cb.1, false);
    assert_clean(&a);
    assert_clean(&b);
}

// ---- sanity of the harness itself ---------------------------------------------------

/// `processes_tied_to` finds a container's shim through its command line:
/// the harness's last-resort cleanup relies on it.
#[test]
fn harness_finds_the_shim_of_a_container_by_its_run_dir() {
    let s = Server::start();
    let image = busybox_image(&s.work());
    let c = s.create("container", json!({"mount": squashfs_mount(&image), "command": STOPS_ON_TERM, "state": "running", "stop_timeout": 60}));
    let (init, _) = s.container_procs(id_of(&c));
    let tied: Vec<i32> = processes_tied_to(s.temp()).into_iter().map(|(pid, _)| pid).collect();
    assert!(tied.contains(&init.shim_pid), "shim {} not among {tied:?}", init.shim_pid);
    assert!(!processes_tied_to(Path::new("/nonexistent-imageapi")).iter().any(|(pid, _)| *pid == init.shim_pid));
    set_state(&s, &format!("id={}", id_of(&c)), "state=exited");
    s.wait_state(id_of(&c), "exited", 15);
    s.remove("container", id_of(&c), false);
    assert_clean(&s);
}

// ---- shutdown ------------------------------------------------------------------------

/// Seconds of the day of a server log line's "[2026-01-31T12:00:00.123Z ..." stamp.
fn log_seconds(line: &str) -> f64 {
    let t = line.split('T').nth(1).and_then(|r| r.split('Z').next()).unwrap_or_else(|| panic!("no timestamp in {line:?}"));
    t.split(':').map(|f| f.parse::<f64>().unwrap()).fold(0.0, |acc, v| acc * 60.0 + v)
}

#[test]
fn teardown_on_exit_stops_the_containers_in_parallel() {
    let mut s = Server::start();
    let image = busybox_image(&s.work());
    let root = id_of(&s.create("mount", squashfs_mount(&image)));
    const TIMEOUT: u64 = 4;
    // Catches SIGTERM (so it gets its timeout) and carries on.
    const STAYS_ON_TERM: &str = r#"/bin/sh -c 'trap "echo term" TERM; echo ready; while :; do sleep 0.2; done'"#;
    let ids: Vec<u64> = (0..3)
        .map(|_| id_of(&s.create("container", json!({"mount": reference(root), "command": STAYS_ON_TERM, "state": "running", "stop_timeout": TIMEOUT}))))
        .collect();
    let inits: Vec<_> = ids.iter().map(|id| s.container_procs(*id).0).collect();
    for id in &ids {
        let c = s.get_one("container", *id);
        assert!(eventually(10, || console_lines(&c).iter().any(|l| l == "ready")), "container {id} never said ready");
    }
    s.respawn_with_teardown();
    s.terminate_within(Duration::from_secs(90));
    for init in &inits {
        assert!(!init.init_alive(), "the init {} outlived the teardown", init.pid);
    }
    // Each was killed after its own timeout, all within one timeout of each
    // other: one after another would put TIMEOUT seconds between kills.
    let log = s.log();
    let kills: Vec<f64> = log.lines().filter(|l| l.contains(&format!("did not stop within {TIMEOUT}s; killing it"))).map(log_seconds).collect();
    assert_eq!(kills.len(), 3, "expected three kills in the log:\n{log}");
    let spread = kills.iter().cloned().fold(f64::MIN, f64::max) - kills.iter().cloned().fold(f64::MAX, f64::min);
    assert!(spread < TIMEOUT as f64, "the kills are {spread:.1} s apart: the containers were stopped one after another");
    s.respawn();
    assert!(s.list("/container").is_empty(), "the teardown left containers");
    assert_clean(&s);
}

// ---- logs ----------------------------------------------------------------------------

#[test]
fn a_flooding_container_has_its_log_capped_and_rotated_and_deleting_it_removes_both() {
    let s = Server::start();
    let image = busybox_image(&s.work());
    const CAP: u64 = imageapi_backend::container::log::LOG_MAX;
    // About three times the cap in console output (NUL lines of 8 KiB).
    let flood = format!("/bin/sh -c 'head -c {} /dev/zero; echo; echo flood-done'", 3 * CAP);
    let c = s.create("container", container(squashfs_mount(&image), &flood));
    let id = id_of(&c);
    let c = s.wait_state(id, "exited", 120);
    let log = PathBuf::from(c["logfile"].as_str().unwrap());
    let rotated = imageapi_backend::container::log::rotated(&log);
    let (now, before) = (fs::metadata(&log).unwrap().len(), fs::metadata(&rotated).map(|m| m.len()).unwrap_or(0));
    assert!(now <= CAP && before <= CAP, "the logs hold {now} and {before} bytes, past the {CAP}-byte cap");
    assert!(before > 0, "the log was not rotated ({now} bytes, no {})", rotated.display());
    assert!(console_lines(&c).iter().any(|l| l == "flood-done"), "the newest output is not in the log the API names");
    // The logs go with the container.
    s.remove("container", id, false);
    assert!(!log.exists() && !rotated.exists(), "the logs of a deleted container are left: {}", log.display());
    assert_clean(&s);
}
