//! `GET /metrics` and `GET /health` against the real server: after real
//! work on the kernel (a nested loop + squashfs + overlay, a container that
//! fails, one stopped politely) the metrics count exactly that work: the
//! objects by noun, kind and state, the requests by operation and status,
//! the kernel steps and the container exits. The text is checked line by
//! line against the OpenMetrics grammar the Prometheus scraper reads.

mod common;

use common::*;
use serde_json::json;
use std::collections::HashMap;
use std::time::Duration;

/// The samples of a scrape: "name{k=v,...}" (labels sorted) -> value.
fn scrape(s: &Server, path: &str) -> HashMap<String, f64> {
    let url = s.url("").replace(BASE_PATH, "") + path;
    let resp = ureq::get(&url).call().unwrap_or_else(|e| panic!("GET {path}: {e}"));
    assert_eq!(resp.status().as_u16(), 200);
    let ctype = resp.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
    assert!(ctype.starts_with("application/openmetrics-text"), "GET {path}: content type {ctype}");
    let text = resp.into_body().read_to_string().unwrap();
    assert!(text.ends_with("# EOF\n"), "GET {path}: no EOF marker at the end:\n{text}");
    parse(&text)
}

/// Parse every line: comments are `# HELP|TYPE|UNIT|EOF`, samples are
/// `name{k="v",...} value`; anything else fails the test.
fn parse(text: &str) -> HashMap<String, f64> {
    let mut out = HashMap::new();
    for line in text.lines() {
        if let Some(c) = line.strip_prefix("# ") {
            assert!(["HELP ", "TYPE ", "UNIT ", "EOF"].iter().any(|p| c.starts_with(p)), "bad comment line: {line}");
            continue;
        }
        let (series, value) = line.rsplit_once(' ').unwrap_or_else(|| panic!("bad sample line: {line}"));
        let value: f64 = value.parse().unwrap_or_else(|_| panic!("bad value in: {line}"));
        let (name, labels) = match series.split_once('{') {
            Some((n, rest)) => (n, rest.strip_suffix('}').unwrap_or_else(|| panic!("unclosed labels: {line}"))),
            None => (series, ""),
        };
        assert!(name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'), "bad metric name: {line}");
        let mut pairs: Vec<&str> = if labels.is_empty() { Vec::new() } else { labels.split("\",").collect() };
        for p in &pairs {
            let (k, v) = p.split_once("=\"").unwrap_or_else(|| panic!("bad label in: {line}"));
            assert!(k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'), "bad label name in: {line}");
            assert!(!v.contains('\n'));
        }
        pairs.sort();
        let labels: Vec<String> = pairs.iter().map(|p| p.trim_end_matches('"').replacen("=\"", "=", 1)).collect();
        let key = format!("{name}{{{}}}", labels.join(","));
        assert!(out.insert(key, value).is_none(), "duplicate series: {line}");
    }
    out
}

fn value(m: &HashMap<String, f64>, key: &str) -> f64 {
    *m.get(key).unwrap_or_else(|| {
        let mut keys: Vec<&String> = m.keys().collect();
        keys.sort();
        panic!("no series {key}; the series are:\n{}", keys.iter().map(|k| k.as_str()).collect::<Vec<_>>().join("\n"))
    })
}

#[test]
fn metrics_count_the_work_done() {
    let s = Server::start();
    let image = busybox_image(&s.work());

    // Requests: three lists, one 404, one 400.
    for _ in 0..3 {
        assert_eq!(s.get("/mount").0, 200);
    }
    expect_error(s.get("/mount?id=999"), 404);
    expect_error(s.get("/mount?id=x"), 400);

    // Kernel steps: a loop device, a squashfs mount and an overlay.
    let overlay = s.create("mount", overlay_stack(&image));
    let m = scrape(&s, "/metrics");
    assert_eq!(value(&m, r#"imageapi_objects{kind=loopback,noun=attach,state=ready}"#), 1.0);
    assert_eq!(value(&m, r#"imageapi_objects{kind=attach,noun=mount,state=ready}"#), 1.0);
    assert_eq!(value(&m, r#"imageapi_objects{kind=overlay,noun=mount,state=ready}"#), 1.0);
    assert_eq!(value(&m, r#"imageapi_http_request_duration_seconds_count{operation=list_mounts,status=200}"#), 3.0);
    assert_eq!(value(&m, r#"imageapi_http_request_duration_seconds_count{operation=list_mounts,status=404}"#), 1.0);
    assert_eq!(value(&m, r#"imageapi_http_request_duration_seconds_count{operation=list_mounts,status=400}"#), 1.0);
    assert_eq!(value(&m, r#"imageapi_http_request_duration_seconds_count{operation=mount,status=201}"#), 1.0);
    let le_inf = value(&m, r#"imageapi_http_request_duration_seconds_bucket{le=+Inf,operation=list_mounts,status=200}"#);
    assert_eq!(le_inf, 3.0, "the +Inf bucket holds every request");
    for (kind, step) in [("loopback", "attach"), ("attach", "mount"), ("overlay", "mount")] {
        let key = format!("imageapi_kernel_step_duration_seconds_count{{kind={kind},outcome=ok,step={step}}}");
        assert_eq!(value(&m, &key), 1.0, "{key}");
    }

    // Exits: one init that fails, one stopped politely.
    let failing = s.create("container", container(squashfs_mount(&image), "/bin/sh -c 'exit 3'"));
    s.wait_state(id_of(&failing), "exited", 10);
    let polite = s.create("container", json!({"mount": squashfs_mount(&image), "state": "running", "stop_timeout": 30,
        "command": "/bin/sh -c 'trap \"exit 0\" TERM; while :; do sleep 0.1; done'"}));
    let m = scrape(&s, "/imageapi/v1/metrics");
    assert_eq!(value(&m, r#"imageapi_objects{kind=plain,noun=container,state=running}"#), 1.0);
    assert_eq!(value(&m, r#"imageapi_objects{kind=plain,noun=container,state=exited}"#), 1.0);
    assert_eq!(value(&m, r#"imageapi_kernel_step_duration_seconds_count{kind=container,outcome=ok,step=start}"#), 2.0);
    assert_eq!(value(&m, r#"imageapi_container_exits_total{reason=failure}"#), 1.0);
    assert_eq!(value(&m, r#"imageapi_container_exits_total{reason=stopped}"#), 0.0);

    // Stopped once its trap is set: a polite stop, not a kill.
    wait_until_catches(s.container_procs(id_of(&polite)).0.pid, libc::SIGTERM);
    let (status, body) = s.patch(&format!("/container?id={}&state=exited", id_of(&polite)));
    assert_eq!(status, 200, "{body}");
    s.wait_state(id_of(&polite), "exited", 20);
    // The stop step is timed by the thread that waits for the end.
    assert!(
        eventually(10, || {
            let m = scrape(&s, "/metrics");
            m.get(r#"imageapi_kernel_step_duration_seconds_count{kind=container,outcome=stopped,step=stop}"#) == Some(&1.0)
        }),
        "the polite stop was not timed"
    );
    // A signal the init handled, by exiting 0.
    let m = scrape(&s, "/metrics");
    assert_eq!(value(&m, r#"imageapi_container_exits_total{reason=success}"#), 1.0);

    for c in [&failing, &polite] {
        s.remove("container", id_of(c), false);
    }
    s.remove("mount", id_of(&overlay), false);
    let m = scrape(&s, "/metrics");
    assert!(!m.keys().any(|k| k.starts_with("imageapi_objects{")), "objects left in the metrics: {m:?}");
    assert_clean(&s);
}

#[test]
fn health_answers_with_the_version() {
    let s = Server::start();
    let (status, body) = s.get("/health");
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["status"], "ok");
    assert_eq!(body["version"], env!("CARGO_PKG_VERSION"));
    assert!(body["uptime_seconds"].as_i64().is_some_and(|u| u >= 0), "{body}");
    // It stays cheap while a container is being created on another connection.
    let image = busybox_image(&s.work());
    let client = s.client();
    let image2 = image.clone();
    let creator = std::thread::spawn(move || client.try_post("/mount", &overlay_stack(&image2)));
    for _ in 0..20 {
        let (status, body) = s.get("/health");
        assert_eq!(status, 200, "{body}");
        std::thread::sleep(Duration::from_millis(5));
    }
    let (status, created) = creator.join().unwrap().expect("POST /mount");
    assert_eq!(status, 201, "{created}");
    s.remove("mount", id_of(&created), false);
    assert_clean(&s);
}

#[test]
fn the_serve_listener_counts_its_requests_and_bytes() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let s = Server::start_with_flags(&["--serve-host", "127.0.0.1", "--serve-port", &port.to_string()]);
    let image = busybox_image(&s.work());
    let size = std::fs::metadata(&image).unwrap().len();
    let created = s.create("images", json!({"name": "counted", "version": "1", "type": "squashfs"}));
    let uuid = created["uuid"].as_str().unwrap().to_string();
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).proxy(None).build().into();
    let resp = agent.put(s.url(&format!("/images/file?uuid={uuid}"))).send(&std::fs::read(&image).unwrap()[..]).unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    assert_eq!(s.patch(&format!("/images?uuid={uuid}&action=activate")).0, 200);

    // Each answer and the bytes of its body, as the client saw them.
    let base = format!("http://127.0.0.1:{port}");
    let mut body_bytes = 0u64;
    let mut get = |method: &str, path: &str, range: Option<&str>, want: u16| {
        let mut req = ureq::http::Request::builder().method(method).uri(format!("{base}{path}"));
        if let Some(r) = range {
            req = req.header("range", r);
        }
        let mut resp = agent.run(req.body(()).unwrap()).unwrap();
        assert_eq!(resp.status().as_u16(), want, "{method} {path}");
        let n = resp.body_mut().read_to_vec().unwrap().len() as u64;
        body_bytes += n;
        n
    };
    assert_eq!(get("GET", &format!("/by-uuid/{uuid}"), None, 200), size);
    assert_eq!(get("GET", &format!("/images/{uuid}/file"), Some("bytes=0-99"), 206), 100);
    assert_eq!(get("HEAD", &format!("/by-uuid/{uuid}"), None, 200), 0);
    get("GET", "/by-uuid/00000000-0000-4000-8000-000000000000", None, 404);
    // Answered by hyper (a write on the read-only paths): counted too.
    get("DELETE", &format!("/by-uuid/{uuid}"), None, 405);

    let m = scrape(&s, "/metrics");
    assert_eq!(value(&m, "imageapi_store_requests_total{status=200}"), 2.0);
    assert_eq!(value(&m, "imageapi_store_requests_total{status=206}"), 1.0);
    assert_eq!(value(&m, "imageapi_store_requests_total{status=404}"), 1.0);
    assert_eq!(value(&m, "imageapi_store_requests_total{status=405}"), 1.0);
    assert_eq!(value(&m, "imageapi_store_requests_total{status=other}"), 0.0);
    assert_eq!(value(&m, "imageapi_store_served_bytes_total{}"), body_bytes as f64);

    assert_eq!(s.delete(&format!("/images?uuid={uuid}")).0, 200);
    assert_clean(&s);
}
