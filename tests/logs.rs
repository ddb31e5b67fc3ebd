//! Container logs over the API (`GET /container/logs`), against the real
//! server and a real busybox container: the whole log, the last N lines,
//! following it as it grows (a line written after the request arrives on
//! the open answer, and the answer ends when the container does), a client
//! that goes away mid-follow, and the 4xx answers to bad queries.

mod common;

use common::*;
use serde_json::{json, Value};
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// The console lines of a log, without their timestamps.
fn console(text: &str) -> Vec<String> {
    text.lines().map(|l| l.split_once(' ').map(|(_, rest)| rest).unwrap_or(l).to_string()).collect()
}

fn text_of(s: &Server, query: &str) -> String {
    let (status, body) = s.get(&format!("/container/logs?{query}"));
    assert_eq!(status, 200, "GET /container/logs?{query} answered {body}");
    match body {
        Value::String(t) => t,
        // An empty log (or one that happens to parse as JSON) comes back as Null or a value.
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .proxy(None)
        .timeout_global(Some(Duration::from_secs(60)))
        .build()
        .into()
}

#[test]
fn whole_log_and_tail_of_an_exited_container() {
    let s = Server::start();
    let image = busybox_image(&s.work());
    let c = s.create("container", json!({"name": "counter", "mount": squashfs_mount(&image), "state": "running",
        "command": "/bin/sh -c 'for i in 1 2 3 4 5; do echo line$i; done; exit 0'"}));
    let id = id_of(&c);
    let c = s.wait_state(id, "exited", 10);

    let whole = text_of(&s, &format!("id={id}"));
    assert_eq!(whole, read(&PathBuf::from(c["logfile"].as_str().unwrap())), "the API's log is not the log file");
    let lines = console(&whole);
    let at = lines.iter().position(|l| l == "line1").unwrap_or_else(|| panic!("no line1 in {lines:?}"));
    assert_eq!(lines[at..at + 5], ["line1", "line2", "line3", "line4", "line5"]);
    assert!(whole.lines().all(|l| l.chars().next().is_some_and(|c| c.is_ascii_digit())), "a line without its timestamp: {whole}");

    // The last two lines, by name as well as by id.
    let all: Vec<&str> = whole.lines().collect();
    let tail2 = text_of(&s, "name=counter&tail=2");
    assert_eq!(tail2.lines().collect::<Vec<_>>(), all[all.len() - 2..], "tail=2 of {whole}");
    assert_eq!(text_of(&s, &format!("id={id}&tail=0")), "");
    assert_eq!(text_of(&s, &format!("id={id}&tail=100000")), whole);
    // follow on an ended container sends the log and ends.
    assert_eq!(text_of(&s, &format!("id={id}&follow=true")), whole);

    s.remove("container", id, false);
    assert_clean(&s);
}

#[test]
fn follow_streams_new_lines_and_ends_with_the_container() {
    let s = Server::start();
    let image = busybox_image(&s.work());
    // The init writes a second line only once the test created /go in its root.
    let c = s.create("container", json!({"mount": overlay_stack(&image), "state": "running", "stop_timeout": 30,
        "command": "/bin/sh -c 'echo first; while [ ! -e /go ]; do sleep 0.1; done; echo second; trap \"echo bye; exit 0\" TERM; while :; do sleep 0.1; done'"}));
    let id = id_of(&c);
    let root = mountpoint(&c["mount"]);

    let resp = agent().get(s.url(&format!("/container/logs?id={id}&follow=true"))).call().expect("GET follow");
    assert_eq!(resp.status().as_u16(), 200);
    assert!(resp.headers().get("content-type").and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("text/plain")));
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(resp.into_body().into_reader()).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let wait_for = |want: &str| {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = rx.recv_timeout(left).unwrap_or_else(|_| panic!("no \"{want}\" on the followed log; the server's log:\n{}", s.log()));
            if console(&line) == [want] {
                return;
            }
        }
    };
    wait_for("first");
    // Written only now, so it can only arrive through the open answer.
    std::fs::write(root.join("go"), "").unwrap();
    wait_for("second");
    let (status, body) = s.patch(&format!("/container?id={id}&state=exited"));
    assert_eq!(status, 200, "{body}");
    wait_for("bye");
    // The answer ends once the container has ended.
    let deadline = Instant::now() + Duration::from_secs(20);
    while !reader.is_finished() {
        assert!(Instant::now() < deadline, "the followed log did not end with the container");
        std::thread::sleep(Duration::from_millis(50));
    }
    reader.join().unwrap();
    assert_eq!(s.get_one("container", id)["state"], "exited");

    s.remove("container", id, false);
    assert_clean(&s);
}

#[test]
fn a_follower_that_goes_away_does_not_hold_the_server() {
    let s = Server::start();
    let image = busybox_image(&s.work());
    let c = s.create("container", json!({"mount": squashfs_mount(&image), "state": "running", "stop_timeout": 30,
        "command": "/bin/sh -c 'trap \"exit 0\" TERM; while :; do echo tick; sleep 0.1; done'"}));
    let id = id_of(&c);
    for _ in 0..5 {
        let resp = agent().get(s.url(&format!("/container/logs?id={id}&follow=true"))).call().expect("GET follow");
        let mut lines = BufReader::new(resp.into_body().into_reader()).lines();
        assert!(lines.next().is_some_and(|l| l.is_ok()));
        // Dropped here, mid-stream.
    }
    // The server still answers, and the container stops and is removed as usual.
    assert_eq!(s.get_one("container", id)["state"], "running");
    s.patch(&format!("/container?id={id}&state=exited"));
    s.wait_state(id, "exited", 20);
    s.remove("container", id, false);
    assert_clean(&s);
}

#[test]
fn bad_queries_get_a_sentence() {
    let s = Server::start();
    let msg = expect_error(s.get("/container/logs?id=99"), 404);
    assert!(msg.contains("99"), "{msg}");
    let msg = expect_error(s.get("/container/logs?name=nobody"), 404);
    assert!(msg.contains("nobody"), "{msg}");
    let msg = expect_error(s.get("/container/logs"), 400);
    assert!(msg.contains("id or name"), "{msg}");
    let msg = expect_error(s.get("/container/logs?id=1&name=x"), 400);
    assert!(msg.contains("not both"), "{msg}");
    let msg = expect_error(s.get("/container/logs?id=1&tail=-1"), 400);
    assert!(msg.contains("tail"), "{msg}");
    let msg = expect_error(s.get("/container/logs?id=1&follow=maybe"), 400);
    assert!(msg.contains("follow"), "{msg}");
    let msg = expect_error(s.get("/container/logs?name=a%20b"), 400);
    assert!(msg.contains("name"), "{msg}");

    // A container that was never started: its log is what the file holds
    // so far, and following it ends at once (nothing runs to write more).
    let image = busybox_image(&s.work());
    let c = s.create("container", json!({"mount": squashfs_mount(&image), "command": "/bin/true"}));
    let id = id_of(&c);
    let on_disk = c["logfile"].as_str().map(|f| read(&PathBuf::from(f))).unwrap_or_default();
    assert_eq!(text_of(&s, &format!("id={id}")), on_disk);
    assert_eq!(text_of(&s, &format!("id={id}&follow=true")), on_disk);
    s.remove("container", id, false);
    assert_clean(&s);
}
