//! `ls` output: one table of attachments, mounts and containers with the
//! columns id, kind, what, refs, state, from the server's JSON objects.

use serde_json::Value;

/// One row per object, in id order.
pub fn render(attachments: &[Value], mounts: &[Value], containers: &[Value]) -> String {
    let mut rows: Vec<(i64, [String; 5])> = Vec::new();
    for a in attachments {
        rows.push((id(a), [id(a).to_string(), format!("attach/{}", s(a, "kind")), attach_what(a), refs(a), "attached".into()]));
    }
    for m in mounts {
        rows.push((id(m), [id(m).to_string(), format!("mount/{}", s(m, "kind")), mount_what(m), refs(m), "mounted".into()]));
    }
    for c in containers {
        let kind = if c["systemd"].as_bool() == Some(true) { "container/systemd" } else { "container" };
        let what = match c["name"].as_str() {
            Some(n) => format!("{n}: {}", s(c, "command")),
            None => s(c, "command"),
        };
        rows.push((id(c), [id(c).to_string(), kind.into(), what, refs(c), container_state(c)]));
    }
    rows.sort_by_key(|(id, _)| *id);
    let header = ["ID", "KIND", "WHAT", "REFS", "STATE"].map(String::from);
    let all: Vec<&[String; 5]> = std::iter::once(&header).chain(rows.iter().map(|(_, r)| r)).collect();
    let widths: Vec<usize> = (0..5).map(|i| all.iter().map(|r| r[i].chars().count()).max().unwrap_or(0)).collect();
    let mut out = String::new();
    for row in all {
        let cells: Vec<String> = row.iter().enumerate().map(|(i, c)| if i == 4 { c.clone() } else { format!("{c:<w$}", w = widths[i]) }).collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}

pub fn container_state(c: &Value) -> String {
    // A paused container reads `running` with `paused: true` (v0.2.0 has no paused state).
    let state = if c["paused"] == Value::Bool(true) { "paused".to_string() } else { s(c, "state") };
    match (state.as_str(), c["exit_status"].as_i64(), c["exit_signal"].as_str()) {
        ("exited" | "dead", Some(code), _) => format!("{state} ({code})"),
        ("exited" | "dead", None, Some(sig)) => format!("{state} ({sig})"),
        _ => state,
    }
}

fn attach_what(a: &Value) -> String {
    let dev = s(a, "device_file");
    let source = match a["kind"].as_str() {
        Some("loopback") => {
            let l = &a["loopback"];
            match l["mount"]["id"].as_i64() {
                Some(m) => format!("{} in mount {m}", s(l, "path")),
                None => s(l, "path"),
            }
        }
        Some("local") => s(&a["local"], "path"),
        Some("rbd") => format!("{}/{}", s(&a["rbd"], "pool"), s(&a["rbd"], "image")),
        Some("iscsi") => format!("{} lun {}", s(&a["iscsi"], "target"), a["iscsi"]["lun"].as_i64().unwrap_or(0)),
        _ => String::new(),
    };
    if dev.is_empty() || dev == source {
        source
    } else {
        format!("{source} on {dev}")
    }
}

fn mount_what(m: &Value) -> String {
    match m["kind"].as_str() {
        Some("attach") => {
            let a = &m["attach"];
            format!("{} on attach {}", s(a, "fs_type"), a["attach"]["id"].as_i64().map(|i| i.to_string()).unwrap_or_default())
        }
        Some("bind") => {
            let b = &m["bind"];
            match b["mount"]["id"].as_i64() {
                Some(id) => format!("{} in mount {id}", s(b, "path")),
                None => s(b, "path"),
            }
        }
        Some("overlay") => {
            let lower: Vec<String> = m["overlay"]["lower"].as_array().into_iter().flatten().filter_map(|l| l["id"].as_i64()).map(|i| i.to_string()).collect();
            format!("over {}", lower.join(","))
        }
        Some("nfs") => format!("{}:{}", s(&m["nfs"], "host"), s(&m["nfs"], "path")),
        Some("uri") => s(&m["uri"], "url"),
        _ => String::new(),
    }
}

fn id(v: &Value) -> i64 {
    v["id"].as_i64().unwrap_or(0)
}

fn refs(v: &Value) -> String {
    v["refs"].as_i64().map(|r| r.to_string()).unwrap_or_default()
}

fn s(v: &Value, key: &str) -> String {
    v[key].as_str().unwrap_or_default().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_nested_stack_reads_top_down_in_id_order() {
        let a = json!({"id": 4, "kind": "loopback", "refs": 1, "device_file": "/dev/loop0", "loopback": {"path": "/img.sqsh", "base": "root"}});
        let m = json!({"id": 3, "kind": "attach", "refs": 1, "attach": {"fs_type": "squashfs", "attach": {"id": 4}}});
        let o = json!({"id": 2, "kind": "overlay", "refs": 1, "overlay": {"lower": [{"id": 3}]}});
        let c = json!({"id": 1, "name": "web", "command": "/bin/sh", "refs": 1, "state": "exited", "exit_status": 3});
        let t = render(&[a], &[m, o], &[c]);
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(lines[0].split_whitespace().collect::<Vec<_>>(), ["ID", "KIND", "WHAT", "REFS", "STATE"]);
        assert!(lines[1].split_whitespace().take(2).eq(["1", "container"]) && lines[1].contains("web: /bin/sh") && lines[1].ends_with("exited (3)"), "{t}");
        assert!(lines[2].contains("mount/overlay") && lines[2].contains("over 3"), "{t}");
        assert!(lines[3].contains("squashfs on attach 4"), "{t}");
        assert!(lines[4].contains("/img.sqsh on /dev/loop0") && lines[4].ends_with("attached"), "{t}");
    }
}
