//! What the server holds is bounded, and what it opens is checked first:
//! `--max-objects` and `--max-open-files` refuse new objects with a 409
//! before anything is made; a loopback attachment never opens a path that
//! is not a regular file (a FIFO or a device node: opening one has effects
//! of its own), as inotify, which sees every open, tells; and a burst of
//! connections leaves no threads behind.

mod common;

use common::*;
use nix::sys::inotify::{AddWatchFlags, InitFlags, Inotify};
use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

#[test]
fn past_max_objects_a_new_object_is_refused_until_one_goes() {
    let s = Server::start_with_flags(&["--max-objects", "3"]);
    let src = unique(&s.work(), "src");
    write_tree(&src, &[("f", "x\n")]);
    let ids: Vec<u64> = (0..3).map(|_| id_of(&s.create("mount", bind(&src)))).collect();
    let msg = expect_error(s.post("/mount", &bind(&src)), 409);
    assert!(msg.contains("--max-objects") && msg.contains('3'), "{msg}");
    let image = squashfs_image(&s.work(), &[("f", "x\n")]);
    expect_error(s.post("/attach", &loopback(&image)), 409);
    // Nothing was made for the refused requests.
    assert_eq!(s.list("/mount").len() + s.list("/attach").len(), 3);
    assert_eq!(s.mounts_made(&s.run_dir()).len(), 3);
    s.remove("mount", ids[0], false);
    let again = s.create("mount", bind(&src));
    for id in ids[1..].iter().copied().chain([id_of(&again)]) {
        s.remove("mount", id, false);
    }
    assert_clean(&s);
}

#[test]
fn past_max_open_files_a_new_object_is_refused_and_the_server_keeps_serving() {
    // Each loopback attachment holds its loop device open.
    let s = Server::start_with_flags(&["--max-open-files", "64"]);
    let image = squashfs_image(&s.work(), &[("f", "x\n")]);
    let mut made = Vec::new();
    let refusal = loop {
        assert!(made.len() < 64, "64 attachments and no refusal");
        let (status, body) = s.post("/attach", &loopback(&image));
        if status != 201 {
            break (status, body);
        }
        made.push(id_of(&body));
    };
    let msg = expect_error(refusal, 409);
    assert!(msg.contains("--max-open-files"), "{msg}");
    assert!(!made.is_empty(), "not even one attachment fit");
    assert_eq!(s.get("/attach").0, 200);
    for id in made {
        s.remove("attach", id, false);
    }
    assert_clean(&s);
}

#[test]
fn loopback_never_opens_what_is_not_a_regular_file() {
    let s = Server::start();
    let fifo = s.work().join("fifo");
    let device = s.work().join("zero");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    assert!(Command::new("mknod").arg(&device).args(["c", "1", "5"]).status().unwrap().success());
    let inotify = Inotify::init(InitFlags::IN_NONBLOCK).unwrap();
    for p in [&fifo, &device] {
        inotify.add_watch(p, AddWatchFlags::IN_OPEN).unwrap();
    }
    for p in [&fifo, &device] {
        let msg = expect_error(s.post("/attach", &loopback(p)), 400);
        assert!(msg.contains("not a regular file"), "{msg}");
        // A base: mount path is found the same way.
        let dir = PathBuf::from(p.parent().unwrap());
        let inside = serde_json::json!({"kind": "loopback", "loopback": {"path": p.file_name().unwrap().to_str(), "base": "mount", "mount": bind(&dir)}});
        let msg = expect_error(s.post("/attach", &inside), 400);
        assert!(msg.contains("not a regular file"), "{msg}");
    }
    let opened: Vec<String> = match inotify.read_events() {
        Ok(events) => events.iter().map(|e| format!("{:?}", e.mask)).collect(),
        Err(nix::errno::Errno::EAGAIN) => vec![],
        Err(e) => panic!("reading inotify events: {e}"),
    };
    assert_eq!(opened, Vec::<String>::new(), "the server opened a FIFO or a device node");
    assert_eq!(s.list("/mount"), Vec::<Value>::new());
    assert_clean(&s);
}

/// Each new TCP connection is checked on the blocking pool, so a burst of
/// them starts blocking threads; once it is over they end (idle for a
/// second), and the server is back to its main thread and async workers.
#[test]
fn a_burst_of_connections_leaves_no_threads_behind() {
    let s = Server::start();
    let pid = s.pid().expect("the server runs");
    let threads = || std::fs::read_dir(format!("/proc/{pid}/task")).map(|d| d.count()).unwrap_or(0);
    let resting = 1 + std::thread::available_parallelism().map_or(1, |n| n.get());
    let burst: Vec<_> = (0..16)
        .map(|_| {
            let url = s.url("/mount");
            // A new agent each: a new connection each.
            std::thread::spawn(move || ureq::get(&url).call().map(|r| r.status().as_u16()).map_err(|e| e.to_string()))
        })
        .collect();
    let during = threads();
    for b in burst {
        assert_eq!(b.join().expect("the client thread"), Ok(200));
    }
    assert!(eventually(5, || threads() <= resting), "{} threads 5 s after the burst ({during} during it); at rest {resting}", threads());
    assert_clean(&s);
}
