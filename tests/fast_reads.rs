//! The fast way of the hot reads answers exactly what the generated router
//! answers: the same objects are read through both (the server started
//! normally, then with `--no-fast-reads`, on the same run dir), for every
//! GET route of the fast way and a wide set of queries, headers and
//! paths, and the answers are compared byte for byte (but for the Date
//! header and the span id). The server's log shows which way each request
//! took; plain reads must have taken the fast way. A change shows in the
//! very next read.

mod common;

use common::*;
use serde_json::json;
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// One request, sent as written over its own connection; the answer with
/// its Date header left out and `span` (if present) replaced by `<span>`.
fn exchange(port: u16, request: &Request, span: &str) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connecting to the server");
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let span_header = match request.span {
        Span::Given => format!("X-Span-ID: {span}\r\n"),
        Span::None => String::new(),
        Span::NotText => "X-Span-ID: caf\u{e9}\r\n".to_string(),
    };
    let head = format!("{} {} HTTP/1.1\r\nHost: 127.0.0.1\r\n{span_header}{}Connection: close\r\n\r\n", request.method, request.target, request.headers);
    let mut bytes = head.into_bytes();
    bytes.extend_from_slice(request.body.as_bytes());
    stream.write_all(&bytes).expect("sending the request");
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).expect("reading the answer");
    let answer = String::from_utf8_lossy(&answer).replace(span, "<span>");
    let mut lines: Vec<String> = answer.split("\r\n").filter(|l| !l.to_ascii_lowercase().starts_with("date:")).map(str::to_string).collect();
    // A span id the server made: a new UUID v4 each time.
    for line in lines.iter_mut() {
        if let Some(id) = line.strip_prefix("x-span-id: ").filter(|_| request.span != Span::Given) {
            let version = id.as_bytes().get(14).copied();
            assert!(id.len() == 36 && version == Some(b'4') && id == id.to_lowercase(), "{}: span id {id} is not a new UUID", request.target);
            *line = "x-span-id: <uuid>".to_string();
        }
    }
    lines.join("\r\n")
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Span {
    Given,
    None,
    /// Not plain text: the server makes one instead.
    NotText,
}

#[derive(Clone, Debug)]
struct Request {
    method: &'static str,
    target: String,
    headers: &'static str,
    body: &'static str,
    span: Span,
    /// Whether it must take the fast way (a plain read that succeeds).
    fast: bool,
}

fn get(target: String, fast: bool) -> Request {
    Request { method: "GET", target, headers: "", body: "", span: Span::Given, fast }
}

/// Every request of the comparison; `ids` are the ids of each route's objects.
fn requests(ids: &BTreeMap<&str, Vec<u64>>, other: u64) -> Vec<Request> {
    let mut all = Vec::new();
    let filters: [(&str, &[&str], &[&str]); 3] = [
        ("/mount", &["kind=attach", "kind=bind", "kind=nfs", "kind=overlay", "kind=uri"], &["kind=tape", "kind=BIND", "kind=b%69nd"]),
        ("/attach", &["kind=iscsi", "kind=local", "kind=loopback", "kind=rbd"], &["kind=disk"]),
        (
            "/container",
            &["state=created", "state=running", "name=web-1.a_B", "state=stopping", "state=paused", "state=exited", "state=dead", "name=web-1.a_B&state=created"],
            &["name=nope", "name=..%2Fetc", "name=a+b", "name=", "state=bogus", "name=a&name=b"],
        ),
    ];
    for (route, plain, odd) in filters {
        let base = format!("{BASE_PATH}{route}");
        let (first, last) = (ids[route][0], *ids[route].last().unwrap());
        all.push(get(base.clone(), true));
        for id in &ids[route] {
            all.push(get(format!("{base}?id={id}"), true));
        }
        all.extend(plain.iter().map(|q| get(format!("{base}?{q}"), true)));
        all.push(get(format!("{base}?id={first}&{}", plain[0]), true));
        all.push(get(format!("{base}?{}&id={first}", plain[1]), true));
        all.extend(odd.iter().map(|q| get(format!("{base}?{q}"), false)));
        for q in [
            "".to_string(),
            format!("id={other}"),
            "id=999999".into(),
            "id=0".into(),
            "id=-3".into(),
            "id=abc".into(),
            "id=99999999999999999999".into(),
            format!("id={first}&id={last}"),
            format!("id=%3{first}"),
            format!("id=+{first}"),
            format!("id={first}&junk=1"),
            "junk=1".into(),
            format!("&id={first}"),
            format!("id={first}&"),
            "id".into(),
            "id=".into(),
            format!("ID={first}"),
            format!("id={first}&name=web-1.a_B"),
        ] {
            all.push(get(format!("{base}?{q}"), false));
        }
        // The same reads, otherwise sent.
        all.push(Request { span: Span::None, ..get(base.clone(), true) });
        all.push(Request { span: Span::NotText, ..get(format!("{base}?id={first}"), true) });
        all.push(Request { headers: "Content-Length: 2\r\n", body: "{}", ..get(base.clone(), false) });
        all.push(Request { headers: "Transfer-Encoding: chunked\r\n", body: "0\r\n\r\n", ..get(base.clone(), false) });
        all.push(Request { headers: "Content-Length: 0\r\n", ..get(base.clone(), true) });
        all.push(Request { method: "HEAD", ..get(base.clone(), false) });
        all.push(Request { method: "POST", headers: "Content-Type: application/json\r\nContent-Length: 2\r\n", body: "[]", ..get(base.clone(), false) });
        all.push(get(format!("{base}/"), false));
        all.push(get(format!("{BASE_PATH}/{route}"), false));
        all.push(get(route.to_string(), false));
        all.push(get(format!("{route}?id={first}"), false));
    }
    // The other GET routes, which always take the general way.
    for target in ["/attach/", "/container/logs?id=1", "/nowhere", "/mount/overlay", "/mount/rbd", "/rbd", "/container/1/running", "/swagger.json"] {
        all.push(get(format!("{BASE_PATH}{target}"), false));
    }
    all
}

/// Each request's answer, sent with span ids `<prefix><index>`.
fn answers(s: &Server, requests: &[Request], prefix: &str) -> Vec<String> {
    requests.iter().enumerate().map(|(i, r)| exchange(s.port(), r, &format!("{prefix}{i}"))).collect()
}

#[test]
fn the_fast_way_answers_what_the_generated_router_answers() {
    let mut s = Server::start();
    let image = busybox_image(&s.work());
    let root = id_of(&s.create("mount", squashfs_mount(&image)));
    let data = s.work().join("data");
    std::fs::create_dir(&data).unwrap();
    let ro = id_of(&s.create("mount", json!({"kind": "bind", "bind": {"path": data, "base": "root", "ro": true}})));
    let rw = id_of(&s.create("mount", bind(&data)));
    let inner = id_of(&s.create("mount", json!({"kind": "bind", "bind": {"path": "/bin", "base": "mount", "mount": reference(root)}})));
    let top = id_of(&s.create("mount", overlay(vec![reference(root)])));
    let web = id_of(&s.create("container", json!({"name": "web-1.a_B", "mount": reference(top), "command": "/bin/true"})));
    let plain = id_of(&s.create("container", json!({"mount": reference(root), "command": "/bin/true"})));
    let ids_of = |path: &str| s.list(path).iter().map(id_of).collect::<Vec<u64>>();
    let ids = BTreeMap::from([("/mount", ids_of("/mount")), ("/attach", ids_of("/attach")), ("/container", ids_of("/container"))]);
    assert_eq!((ids["/mount"].len(), ids["/attach"].len(), ids["/container"].len()), (5, 1, 2), "{ids:?}");
    let requests = requests(&ids, 424242);

    // Both ways read what a restart re-adopted, so that they read the same.
    s.restart();
    let fast = answers(&s, &requests, "fast-");
    s.terminate();
    s.respawn_with(&["--no-fast-reads"]);
    let general = answers(&s, &requests, "general-");
    let log = s.log();
    for (i, r) in requests.iter().enumerate() {
        assert_eq!(fast[i], general[i], "{} {} ({:?}, {:?}): the fast way and the router differ", r.method, r.target, r.headers, r.span);
        // Both ways log the read with its span id; the fast way's line ends "in place".
        let lines = |tag: String| log.lines().filter(move |l| l.contains(&format!("[{tag}] list_"))).map(|l| l.ends_with(": ok, in place"));
        let routed = |tag: String| lines(tag).any(|in_place| !in_place);
        let (routed_fast, routed_general) = (routed(format!("fast-{i}")), routed(format!("general-{i}")));
        if r.fast && r.span == Span::Given {
            assert!(fast[i].starts_with("HTTP/1.1 200 OK\r\n"), "{}: {}", r.target, fast[i]);
            assert!(lines(format!("fast-{i}")).any(|in_place| in_place), "{} has no line of the fast way", r.target);
            assert!(!routed_fast && routed_general, "{} did not take the fast way (fast run routed: {routed_fast})", r.target);
        }
        if !r.fast && r.span == Span::Given && fast[i].starts_with("HTTP/1.1 200 OK\r\n") && r.target.contains("?id=") && r.method == "GET" {
            assert!(routed_fast, "{} took the fast way", r.target);
        }
    }
    let fast_ones = requests.iter().filter(|r| r.fast).count();
    assert!(fast_ones > 30 && requests.len() > 120, "{fast_ones} of {} requests", requests.len());

    s.terminate();
    s.respawn();
    for id in [web, plain] {
        s.remove("container", id, false);
    }
    for id in [top, inner, rw, ro, root] {
        s.remove("mount", id, false);
    }
    assert_clean(&s);
}

/// A read made right after a change shows it: the kept answers go with
/// every change of the graph.
#[test]
fn a_change_shows_in_the_next_read() {
    let s = Server::start();
    let data = s.work().join("data");
    std::fs::create_dir_all(data.join("sub")).unwrap();
    let refs_of = |id: u64| -> Vec<(u64, i64)> { s.list(&format!("/mount?id={id}")).iter().map(|m| (id_of(m), m["refs"].as_i64().unwrap())).collect() };
    let listed = || s.list("/mount").iter().map(id_of).collect::<Vec<u64>>();
    assert_eq!(listed(), Vec::<u64>::new());
    let base = id_of(&s.create("mount", bind(&data)));
    assert_eq!((listed(), refs_of(base)), (vec![base], vec![(base, 1)]));
    let over = id_of(&s.create("mount", json!({"kind": "bind", "bind": {"path": "sub", "base": "mount", "mount": reference(base)}})));
    assert_eq!((listed(), refs_of(base)), (vec![base, over], vec![(base, 2)]), "a new user of the mount");
    let kind_bind: Vec<u64> = s.list("/mount?kind=bind").iter().map(id_of).collect();
    assert_eq!(kind_bind, vec![base, over]);
    s.remove("mount", over, false);
    assert_eq!((listed(), refs_of(base)), (vec![base], vec![(base, 1)]), "the user gone");
    expect_error(s.get(&format!("/mount?id={over}")), 404);
    s.remove("mount", base, false);
    assert_eq!(listed(), Vec::<u64>::new());
    assert_clean(&s);
}
