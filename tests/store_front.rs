//! The serve listener's connections, byte by byte on a raw socket: the
//! front that answers read-only requests itself (files by sendfile) keeps
//! HTTP/1.1 keep-alive and pipelining, answers HEAD, Range and
//! If-None-Match like the rest, closes an HTTP/1.0 connection after its
//! answer, and hands a connection to hyper at the first request it does
//! not answer (here an IMGAPI write), after which the same connection
//! still serves files.

mod common;

use common::*;
use serde_json::json;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// Read one response; `head`: the request was a HEAD (no body follows).
fn answer(r: &mut BufReader<TcpStream>, head: bool) -> Answer {
    let mut line = String::new();
    r.read_line(&mut line).unwrap();
    let status: u16 = line.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or_else(|| panic!("not a status line: {line:?}"));
    assert!(line.starts_with("HTTP/1.1 "), "{line:?}");
    let mut headers = Vec::new();
    loop {
        line.clear();
        r.read_line(&mut line).unwrap();
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        let (k, v) = l.split_once(':').unwrap_or_else(|| panic!("not a header: {l:?}"));
        headers.push((k.trim().to_string(), v.trim().to_string()));
    }
    let mut a = Answer { status, headers, body: Vec::new() };
    let len: usize = a.header("content-length").map(|v| v.parse().unwrap()).unwrap_or(0);
    if !head && status != 304 {
        a.body = vec![0; len];
        r.read_exact(&mut a.body).unwrap();
    }
    a
}

fn connect(port: u16) -> (TcpStream, BufReader<TcpStream>) {
    let s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let r = BufReader::new(s.try_clone().unwrap());
    (s, r)
}

#[test]
fn one_connection_carries_pipelined_requests_and_a_hand_over_to_hyper() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let s = Server::start_with_flags(&["--serve-host", "127.0.0.1", "--serve-port", &port.to_string()]);
    let bytes: Vec<u8> = (0..5u32 << 20).map(|i| (i.wrapping_mul(2654435761) >> 11) as u8).collect();
    let file = s.work().join("blob.bin");
    std::fs::write(&file, &bytes).unwrap();
    let created = s.create("images", json!({"name": "blob", "version": "1", "type": "file"}));
    let uuid = created["uuid"].as_str().unwrap().to_string();
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).proxy(None).build().into();
    let resp = agent.put(s.url(&format!("/images/file?uuid={uuid}"))).send(&bytes[..]).unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    let (status, m) = s.patch(&format!("/images?uuid={uuid}&action=activate"));
    assert_eq!(status, 200, "{m}");
    let etag = format!("\"{}\"", m["sha256"].as_str().unwrap());

    // Four requests written at once, answered in order on one connection.
    let (mut w, mut r) = connect(port);
    let host = "Host: store\r\n";
    write!(
        w,
        "GET /by-uuid/{uuid} HTTP/1.1\r\n{host}\r\n\
         GET /by-name/blob/1 HTTP/1.1\r\n{host}Range: bytes=1000-1999\r\n\r\n\
         HEAD /images/{uuid}/file HTTP/1.1\r\n{host}\r\n\
         GET /by-uuid/{uuid} HTTP/1.1\r\n{host}If-None-Match: {etag}\r\n\r\n\
         GET /by-name/blob/?format=json HTTP/1.1\r\n{host}\r\n"
    )
    .unwrap();
    let whole = answer(&mut r, false);
    assert_eq!(whole.status, 200);
    assert!(whole.body == bytes, "the whole file differs");
    assert_eq!(whole.header("etag"), Some(etag.as_str()));
    assert!(whole.header("content-md5").is_some() && whole.header("date").is_some());
    let part = answer(&mut r, false);
    assert_eq!((part.status, part.header("content-range")), (206, Some(&*format!("bytes 1000-1999/{}", bytes.len()))));
    assert!(part.body == bytes[1000..2000]);
    let head = answer(&mut r, true);
    assert_eq!((head.status, head.header("content-length")), (200, Some(&*bytes.len().to_string())));
    let same = answer(&mut r, false);
    assert_eq!((same.status, same.body.len()), (304, 0));
    let listing = answer(&mut r, false);
    assert_eq!(listing.status, 200);
    let v: serde_json::Value = serde_json::from_slice(&listing.body).unwrap();
    assert_eq!(v[0]["uuid"], uuid.as_str());

    // A write (no credentials): hyper answers it, and keeps the connection.
    let manifest = r#"{"name":"x","version":"1"}"#;
    write!(w, "POST /images HTTP/1.1\r\n{host}Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{manifest}", manifest.len()).unwrap();
    let refused = answer(&mut r, false);
    assert_eq!(refused.status, 401, "{}", String::from_utf8_lossy(&refused.body));
    write!(w, "GET /by-uuid/{uuid} HTTP/1.1\r\n{host}Range: bytes=-10\r\n\r\n").unwrap();
    let tail = answer(&mut r, false);
    assert_eq!(tail.status, 206);
    assert!(tail.body == bytes[bytes.len() - 10..]);
    drop(w);

    // HTTP/1.0: the answer, then the end of the connection.
    let (mut w, mut r) = connect(port);
    write!(w, "GET /by-uuid/{uuid} HTTP/1.0\r\n\r\n").unwrap();
    let old = answer(&mut r, false);
    assert_eq!(old.status, 200);
    assert!(old.body == bytes);
    assert_eq!(old.header("connection"), Some("close"));
    let mut rest = Vec::new();
    assert_eq!(r.read_to_end(&mut rest).unwrap(), 0, "the connection should end after an HTTP/1.0 answer");

    // A client that leaves in the middle of a file costs nothing lasting.
    let (mut w, mut r) = connect(port);
    write!(w, "GET /by-uuid/{uuid} HTTP/1.1\r\n{host}\r\n").unwrap();
    let mut first = [0u8; 4096];
    r.read_exact(&mut first).unwrap();
    drop((w, r));
    let status = agent.get(format!("http://127.0.0.1:{port}/by-uuid/{uuid}")).call().unwrap().status().as_u16();
    assert_eq!(status, 200);

    assert_eq!(s.delete(&format!("/images?uuid={uuid}")).0, 200);
    assert_clean(&s);
}

#[test]
fn a_redirect_always_names_a_path_of_this_server() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let s = Server::start_with_flags(&["--serve-host", "127.0.0.1", "--serve-port", &port.to_string()]);
    let cases = [
        ("//by-name/x", "/by-name/x/"),
        ("///by-name/evil.example", "/by-name/evil.example/"),
        ("//by-name//x", "/by-name/x/"),
        ("/by-name/x", "/by-name/x/"),
    ];
    let (mut w, mut r) = connect(port);
    // First on the front, then on hyper: `/ping` hands the connection over.
    for (front, round) in [(true, 0), (false, 1)] {
        if !front {
            write!(w, "GET /ping HTTP/1.1\r\nHost: store\r\n\r\n").unwrap();
            assert_eq!(answer(&mut r, false).status, 200);
        }
        for (path, to) in cases {
            write!(w, "GET {path} HTTP/1.1\r\nHost: store\r\n\r\n").unwrap();
            let a = answer(&mut r, false);
            assert_eq!((a.status, a.header("location")), (301, Some(to)), "{path} (round {round}, front: {front})");
        }
    }
    assert_clean(&s);
}
