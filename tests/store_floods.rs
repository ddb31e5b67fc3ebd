//! What strangers can do to the serve listener, which is open to the
//! cluster, against the real server: a flood of IMGAPI writes with wrong
//! passwords (their bcrypt checks run at most two at once, off the async
//! workers, and the unix socket keeps answering `/health`), a flood of
//! idle connections past the listener's share of the descriptors, in a
//! server with a small RLIMIT_NOFILE (the excess waits in the backlog, the
//! server says so, and the unix socket keeps answering), and passwords
//! longer than the 72 bytes bcrypt reads (refused when a user is made,
//! and refused unchecked when presented). No assertion here is about
//! time: the floods are checked by what the server counts and logs, and
//! `/health` only has to answer at all.

mod common;

use base64::Engine;
use common::*;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A server with a unix socket and a serve listener for `users`.
struct Serving {
    s: Server,
    serve_port: u16,
    socket: PathBuf,
    _dir: tempfile::TempDir,
}

fn start(users: &Path, extra: &[&str]) -> Serving {
    start_inner(users, None, extra)
}

/// [`start`], with RLIMIT_NOFILE `nofile` in the server.
fn start_with_nofile(users: &Path, nofile: u64) -> Serving {
    start_inner(users, Some(nofile), &[])
}

fn start_inner(users: &Path, nofile: Option<u64>, extra: &[&str]) -> Serving {
    let dir = tempfile::Builder::new().prefix("imageapi-floods.").tempdir().unwrap();
    let socket = dir.path().join("api.sock");
    let serve_port = free_port();
    let port = serve_port.to_string();
    let mut flags = vec!["--scheme", "unix", "--socket-path", socket.to_str().unwrap(), "--serve-host", "127.0.0.1", "--serve-port", &port, "--serve-users", users.to_str().unwrap()];
    flags.extend(extra);
    let s = match nofile {
        Some(n) => Server::start_with_nofile(n, &flags),
        None => Server::start_with_flags(&flags),
    };
    Serving { s, serve_port, socket, _dir: dir }
}

/// `name:<bcrypt of password>` in a users file of its own.
fn users_file(dir: &Path, name: &str, password: &str, cost: u32) -> PathBuf {
    let file = dir.join("users");
    std::fs::write(&file, format!("{name}:{}\n", bcrypt::hash(password, cost).unwrap())).unwrap();
    file
}

/// `GET /imageapi/v1/health` on the unix socket; the status, or the error.
/// The 10 s are a bound for "it answers at all", not a speed to meet.
fn unix_health(socket: &Path) -> Result<u16, String> {
    let mut s = std::os::unix::net::UnixStream::connect(socket).map_err(|e| e.to_string())?;
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(b"GET /imageapi/v1/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").map_err(|e| e.to_string())?;
    let mut answer = String::new();
    s.read_to_string(&mut answer).map_err(|e| format!("no answer: {e}"))?;
    answer.split_whitespace().nth(1).and_then(|c| c.parse().ok()).ok_or_else(|| format!("no status: {answer:?}"))
}

/// An IMGAPI write with these credentials: POST /images/<uuid>?action=activate
/// of an image that does not exist (404 once the credentials pass).
fn imgapi_write(port: u16, user: &str, password: &str) -> (u16, Option<String>) {
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).proxy(None).timeout_global(Some(Duration::from_secs(120))).build().into();
    let auth = format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}")));
    let url = format!("http://127.0.0.1:{port}/images/00000000-0000-4000-8000-000000000001?action=activate");
    let resp = agent.post(&url).header("Authorization", &auth).send_empty().unwrap_or_else(|e| panic!("POST {url}: {e}"));
    let retry = resp.headers().get("retry-after").and_then(|v| v.to_str().ok()).map(str::to_string);
    (resp.status().as_u16(), retry)
}

/// The value of a metric line `name{labels} value` (or `name value`).
fn metric(s: &Server, series: &str) -> u64 {
    let (status, text) = s.get("/metrics");
    assert_eq!(status, 200);
    let text = text.as_str().unwrap_or_default().to_string();
    text.lines()
        .find(|l| l.split_whitespace().next() == Some(series))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no {series} in the metrics:\n{text}"))
}

#[test]
fn wrong_passwords_wait_their_turn_and_the_unix_socket_answers() {
    let dir = tempfile::tempdir().unwrap();
    let users = users_file(dir.path(), "admin", "secret", 8);
    let srv = start(&users, &[]);
    let refused_before = metric(&srv.s, "imageapi_store_password_checks_total{outcome=\"refused\"}");

    // 24 loops of wrong passwords (and unknown users) at once: more than
    // run (2) and wait (16) together.
    let port = srv.serve_port;
    let loops: Vec<_> = (0..24)
        .map(|i| {
            std::thread::spawn(move || {
                let user = if i % 2 == 0 { "admin" } else { "nobody" };
                (0..4).map(|_| imgapi_write(port, user, "wrong")).collect::<Vec<_>>()
            })
        })
        .collect();
    let mut health = vec![unix_health(&srv.socket)];
    while !loops.iter().all(|l| l.is_finished()) {
        health.push(unix_health(&srv.socket));
    }
    let answers: Vec<(u16, Option<String>)> = loops.into_iter().flat_map(|l| l.join().unwrap()).collect();

    assert!(health.iter().all(|h| *h == Ok(200)), "the unix socket's /health during the flood: {health:?}");
    for (status, retry) in &answers {
        assert!(*status == 401 || *status == 503 && retry.as_deref() == Some("1"), "a wrong password answered {status} (Retry-After {retry:?})");
    }
    let checked = answers.iter().filter(|(s, _)| *s == 401).count() as u64;
    let busy = answers.iter().filter(|(s, _)| *s == 503).count() as u64;
    assert_eq!(metric(&srv.s, "imageapi_store_password_checks_total{outcome=\"refused\"}") - refused_before, checked, "every 401 ran bcrypt, unknown names included");
    assert_eq!(metric(&srv.s, "imageapi_store_password_checks_total{outcome=\"busy\"}"), busy);
    let most = metric(&srv.s, "imageapi_store_password_checks_running_max");
    assert!((1..=2).contains(&most), "{most} bcrypt checks ran at once");

    // The right password still passes (404: the image does not exist).
    assert_eq!(imgapi_write(port, "admin", "secret").0, 404);
    assert_clean(&srv.s);
}

#[test]
fn passwords_longer_than_bcrypt_reads_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let users = dir.path().join("users");
    let add = |name: &str, password: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_imageapi-server"))
            .args(["--add-serve-user", name, "--serve-users", users.to_str().unwrap()])
            .stdin(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(format!("{password}\n").as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let (code, err) = add("admin", &"a".repeat(80));
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("80 bytes") && err.contains("72"), "{err}");
    assert!(!users.exists(), "the refused user was written");

    let real = "b".repeat(72);
    let (code, err) = add("admin", &real);
    assert_eq!(code, Some(0), "{err}");
    let srv = start(&users, &[]);
    let too_long = || metric(&srv.s, "imageapi_store_password_checks_total{outcome=\"too-long\"}");
    let refused = || metric(&srv.s, "imageapi_store_password_checks_total{outcome=\"refused\"}");
    let (long_before, refused_before) = (too_long(), refused());
    assert_eq!(imgapi_write(srv.serve_port, "admin", &format!("{real}c")).0, 401, "73 bytes, the first 72 right");
    assert_eq!(imgapi_write(srv.serve_port, "admin", &format!("{real}{}", "c".repeat(100))).0, 401);
    assert_eq!((too_long() - long_before, refused() - refused_before), (2, 0), "refused unchecked");
    assert_eq!(imgapi_write(srv.serve_port, "admin", &real).0, 404, "the right 72 bytes pass");
    assert_clean(&srv.s);
}

#[test]
fn idle_connections_on_the_serve_listener_leave_the_unix_socket_room() {
    let dir = tempfile::tempdir().unwrap();
    let users = users_file(dir.path(), "admin", "secret", 4);
    // 128 descriptors: 64 for connections, 21 for each of the unix
    // socket, http and serve listeners; 10 serve connections.
    let srv = start_with_nofile(&users, 128);
    assert!(srv.s.log().contains("at most 10 connections at once"), "the serve listener's share: {}", srv.s.log());

    // More idle connections than the server has descriptors: 10 served,
    // the rest in the listener's backlog (128 deep).
    let idle: Vec<std::net::TcpStream> = (0..135).map(|_| std::net::TcpStream::connect(("127.0.0.1", srv.serve_port)).unwrap()).collect();
    assert!(eventually(10, || srv.s.log().contains("--serve-listen-limit")), "the full serve listener was not logged");
    for _ in 0..3 {
        assert_eq!(unix_health(&srv.socket), Ok(200), "the unix socket while the serve listener is full");
    }
    assert_eq!(srv.s.get("/health").0, 200, "the http listener while the serve listener is full");
    let log = srv.s.log();
    assert!(!log.contains("Too many open files"), "the server ran out of descriptors:\n{log}");

    // Once they go, the serve listener serves again.
    drop(idle);
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).proxy(None).timeout_global(Some(Duration::from_secs(60))).build().into();
    let mut resp = agent.get(&format!("http://127.0.0.1:{}/ping", srv.serve_port)).call().unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    let ping: serde_json::Value = serde_json::from_str(&resp.body_mut().read_to_string().unwrap()).unwrap();
    assert_eq!(ping["ping"], "pong");
    assert_clean(&srv.s);
}
