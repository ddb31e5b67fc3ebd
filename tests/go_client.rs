//! The original v0.2.0 Go client's exact requests, replayed against the real
//! server: `../shared/contract/go-client-requests.jsonl` holds, in order, the
//! method, path and body bytes that client sends for a Kraken-style session
//! (unset lists and objects as `null`, references by id, plain and forced
//! deletes) and the status each must get on this kernel.
//!
//! Every request must get its status; every success body must decode into
//! the models of the original v0.2.0 spec (no enum value it does not know,
//! every required field, declared types); after `PATCH state=exited` the
//! test polls as the client does until the container is exited (and says
//! how long that took: the init is busybox `sleep`, which has no SIGTERM
//! handler). Whatever the session itself leaves (its bind mount) is
//! deleted through the API, and then nothing may be left in the kernel.

mod common;

use common::*;
use serde_json::Value;
use std::time::Instant;

#[test]
fn recorded_go_client_session_replays_unchanged() {
    let original = reference_spec("original-v0.2.0.swagger.yaml");
    let recorded = std::fs::read_to_string(shared_file("contract/go-client-requests.jsonl")).unwrap();
    let s = Server::start();
    let image = busybox_image(&s.work());
    let mut passed = 0;
    let mut failures = Vec::new();
    let lines: Vec<&str> = recorded.lines().filter(|l| !l.trim().is_empty()).collect();
    for (n, line) in lines.iter().enumerate() {
        let step: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("line {} of the recording: {e}", n + 1));
        let method = step["method"].as_str().unwrap();
        let path = step["path"].as_str().unwrap();
        let body = step["body"].as_str().unwrap().replace("{IMAGE}", image.to_str().unwrap());
        let want = step["status_on_this_kernel"].as_u64().unwrap() as u16;
        let what = format!("step {} {method} {path}", n + 1);
        let (status, answer) = s.send_raw(method, path, step["content_type"].as_str(), body.as_bytes());
        let relative = path.strip_prefix(BASE_PATH).unwrap();
        let mut problems = Vec::new();
        if status != want {
            problems.push(format!("answered {status}, not {want}: {answer}"));
        }
        if let Err(e) = decodes_as(&original, method, relative, status, &answer) {
            problems.push(format!("the v0.2.0 models refuse the answer: {e}"));
        }
        // The client polls after a stop request, as Kraken does.
        if method == "PATCH" && path.contains("state=exited") && status == 200 {
            let name = path.split("name=").nth(1).unwrap().split('&').next().unwrap();
            let asked = Instant::now();
            let mut last = Value::Null;
            let exited = eventually(60, || {
                let (st, list) = s.get(&format!("/container?name={name}"));
                if let Err(e) = decodes_as(&original, "GET", "/container", st, &list) {
                    problems.push(format!("a poll answer does not decode: {e}"));
                }
                last = list;
                last[0]["state"] == "exited"
            });
            if exited {
                eprintln!("{what}: exited {:.2} s after the stop request", asked.elapsed().as_secs_f64());
            } else {
                problems.push(format!("not exited within 60 s: {last}"));
            }
        }
        if method == "POST" && path.ends_with("/container") && status == 201 && answer["state"] == "running" {
            s.container_procs(id_of(&answer));
        }
        if problems.is_empty() {
            passed += 1;
        } else {
            failures.push(format!("{what}: {}", problems.join("; ")));
        }
    }
    eprintln!("go client replay: {passed} of {} requests passed", lines.len());
    assert!(failures.is_empty(), "{} of {} requests failed:\n{}", failures.len(), lines.len(), failures.join("\n"));

    // The session leaves its bind mount of /tmp to the API user; drop it.
    for m in s.list("/mount") {
        s.remove("mount", id_of(&m), false);
    }
    assert_clean(&s);
}
