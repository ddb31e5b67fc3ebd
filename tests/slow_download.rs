//! A download that crawls holds up nobody: against the real server and a
//! source on 127.0.0.1 that sends one byte a second, other requests are
//! answered while the download is in progress, downloads past the limit of
//! concurrent ones are refused, the server's threads stay bounded under a
//! crowd of clients, and a SIGTERM with `--teardown-on-exit` ends the
//! server promptly with nothing of the download left mounted.

mod common;

use common::*;
use serde_json::json;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread::sleep;
use std::time::{Duration, Instant};

/// An HTTP source that answers every GET with a 100 kB body, one byte a
/// second. `sent` counts the bytes of body sent, over all connections.
struct Drip {
    port: u16,
    stop: Arc<AtomicBool>,
    sent: Arc<AtomicUsize>,
}

impl Drip {
    fn start() -> Drip {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        listener.set_nonblocking(true).unwrap();
        let (stop, sent) = (Arc::new(AtomicBool::new(false)), Arc::new(AtomicUsize::new(0)));
        let (stop2, sent2) = (stop.clone(), sent.clone());
        std::thread::spawn(move || {
            while !stop2.load(Ordering::SeqCst) {
                let Ok((mut conn, _)) = listener.accept() else {
                    sleep(Duration::from_millis(20));
                    continue;
                };
                let (stop, sent) = (stop2.clone(), sent2.clone());
                std::thread::spawn(move || {
                    conn.set_nonblocking(false).unwrap();
                    let mut head = [0u8; 4096];
                    let _ = conn.read(&mut head);
                    let _ = conn.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\nContent-Type: application/octet-stream\r\n\r\n");
                    while !stop.load(Ordering::SeqCst) && conn.write_all(b"x").is_ok() {
                        sent.fetch_add(1, Ordering::SeqCst);
                        sleep(Duration::from_secs(1));
                    }
                });
            }
        });
        Drip { port, stop, sent }
    }
    fn url(&self) -> String {
        format!("http://127.0.0.1:{}/slow.bin", self.port)
    }
}

impl Drop for Drip {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

fn threads_of(pid: u32) -> usize {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status.lines().find_map(|l| l.strip_prefix("Threads:")).and_then(|n| n.trim().parse().ok()).unwrap_or(0)
}

#[test]
fn a_dripping_download_holds_up_no_other_request_and_shutdown_ends_it() {
    let mut s = Server::start_with_flags(&["--teardown-on-exit", "--graceful-timeout", "1s"]);
    let drip = Drip::start();
    let body = json!({"kind": "uri", "uri": {"url": drip.url(), "format": "file", "size_limit": 1_000_000}});
    let downloads: Vec<_> = (0..imageapi_backend::MAX_DOWNLOADS)
        .map(|_| {
            let (client, body) = (s.client(), body.clone());
            std::thread::spawn(move || client.try_post("/mount", &body))
        })
        .collect();
    assert!(eventually(10, || drip.sent.load(Ordering::SeqCst) >= 2 * downloads.len()), "the downloads never started");

    // One download more than the limit is refused, with a sentence.
    let (status, refused) = s.post("/mount", &body);
    assert_eq!(status, 409, "{refused}");
    assert!(refused["message"].as_str().unwrap_or_default().contains("downloads are in progress"), "{refused}");

    // Reads and changes are answered meanwhile, by a crowd of clients.
    let bind_src = unique(&s.work(), "bind");
    std::fs::create_dir_all(&bind_src).unwrap();
    let m = s.create("mount", bind(&bind_src));
    let answered = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..64 {
            scope.spawn(|| {
                for _ in 0..10 {
                    let (status, _) = s.get("/mount");
                    assert_eq!(status, 200);
                    answered.fetch_add(1, Ordering::SeqCst);
                }
            });
        }
    });
    s.remove("mount", id_of(&m), false);
    assert!(downloads.iter().all(|d| !d.is_finished()), "a download ended before the reads were answered");
    assert_eq!(answered.load(Ordering::SeqCst), 640);
    let pid = s.pid().expect("the server runs");
    let threads = threads_of(pid);
    assert!(threads <= 32, "the server runs {threads} threads");

    // SIGTERM: the server ends on its own, taking the downloads' ramdisks along.
    nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid as i32), nix::sys::signal::SIGTERM).unwrap();
    let ended = eventually(10, || {
        std::fs::read_to_string(format!("/proc/{pid}/stat")).map_or(true, |st| st.rsplit(')').next().is_some_and(|r| r.trim_start().starts_with('Z')))
    });
    let left = mounts_under(&s.run_dir());
    s.terminate();
    assert!(ended, "the server did not end within 10 s of SIGTERM");
    assert_eq!(left, Vec::<std::path::PathBuf>::new(), "mounts left after the teardown");
    for d in downloads {
        let _ = d.join();
    }
    let started = Instant::now();
    s.respawn();
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_clean(&s);
}
