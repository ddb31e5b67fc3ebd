//! Hostile input through the real server binary: ids, kinds, enums and
//! option strings are refused with a 400 JSON error before any kernel
//! object exists; paths relative to a mount stay inside it; an rbd secret
//! never comes back and never reaches the log, even at TRACE.

mod transport_support;

use serde_json::json;
use transport_support::{http, loops_backed_by, mounts_below, Server};

const API: &str = "/imageapi/v1";

#[test]
fn bad_ids_and_enums_in_query_strings_get_400() {
    let server = Server::start(&["--scheme", "http"]);
    for noun in ["attach", "mount"] {
        for id in ["-1", "0", "99999999999999999999", "abc", "1.5", "", "1%0A2"] {
            for method in ["GET", "DELETE"] {
                let reply = http(&server, method, &format!("{API}/{noun}?id={id}"), None);
                let message = reply.assert_error(400);
                assert!(message.contains("id"), "{method} {noun}?id={id}: {message}");
            }
        }
        http(&server, "GET", &format!("{API}/{noun}?kind=tape"), None).assert_error(400);
        http(&server, "DELETE", &format!("{API}/{noun}?id=1&force=maybe"), None).assert_error(400);
        http(&server, "DELETE", &format!("{API}/{noun}"), None).assert_error(400);
        // A well-formed id of nothing is a 404, not a 400.
        http(&server, "GET", &format!("{API}/{noun}?id=7"), None).assert_error(404);
    }
    for query in ["name=..%2Fetc", "name=a%20b", "state=zombie", "id=abc"] {
        http(&server, "GET", &format!("{API}/container?{query}"), None).assert_error(400);
    }
    assert!(server.answers());
}

/// A sparse file with an ext4-sized hole, in the test directory.
fn image(dir: &std::path::Path) -> String {
    let path = dir.join("disk.img");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(8 << 20).unwrap();
    path.display().to_string()
}

#[test]
fn definitions_are_refused_before_any_kernel_object_is_made() {
    let server = Server::start(&["--scheme", "http"]);
    let img = image(server.dir.path());
    let on_loop = |fs_type: &str, options: serde_json::Value| {
        json!({"kind": "attach", "attach": {"fs_type": fs_type, "mount_options": options,
            "attach": {"kind": "loopback", "loopback": {"path": img, "base": "root"}}}})
    };
    let cases = [
        // Extra mount options smuggled through one value.
        (on_loop("ext4", json!(["ro,dev,suid"])), "holds a comma"),
        (on_loop("ext4", json!(["ro\nsuid"])), "line breaks"),
        (on_loop("ext4", json!(["bind"])), "changes the kind of mount"),
        (on_loop("ext4", json!(["remount"])), "changes the kind of mount"),
        (on_loop("ext4,errors=continue", json!([])), "not a filesystem type name"),
        (on_loop("", json!([])), "at least 1 characters"),
        // Kinds, required fields, enums.
        (json!({"kind": "tmpfs"}), "is not one of"),
        (json!({"kind": "bind"}), "needs a \"bind\" object"),
        (json!({"kind": "bind", "bind": {"path": "/tmp"}}), "\"base\" is required"),
        (json!({"kind": "bind", "bind": {"path": "/tmp", "base": "host"}}), "is not one of"),
        (json!({"kind": "bind", "bind": {"path": "tmp", "base": "root"}}), "must be an absolute path"),
        (json!({"kind": "bind", "bind": {"path": "/tmp\n/etc", "base": "root"}}), "line breaks"),
        (json!({"kind": "bind", "bind": {"path": "/tmp", "base": "root"}, "overlay": {"lower": [{"id": 1}]}}), "but a \"overlay\" object was given"),
        (json!({"id": 5, "kind": "bind", "bind": {"path": "/tmp", "base": "root"}}), "read-only"),
        (json!({"kind": "overlay", "overlay": {"lower": [{"id": 0}]}}), "id 0 is not valid"),
        (json!({"kind": "overlay", "overlay": {"lower": [{"id": -9223372036854775808i64}]}}), "is not valid"),
        (json!({"kind": "nfs", "nfs": {"host": "srv", "path": "/x", "options": ["vers=2"]}}), "mount.nfs.options"),
    ];
    for (body, want) in &cases {
        let message = http(&server, "POST", &format!("{API}/mount"), Some(&body.to_string())).assert_error(400);
        assert!(message.contains(want), "{body}: {message}");
    }
    let attach_cases = [
        (json!({"kind": "loopback", "loopback": {"path": format!("{img}\n"), "base": "root"}}), "line breaks"),
        (json!({"kind": "local", "local": {"path": "dev/sda"}}), "not an absolute path"),
        (json!({"kind": "rbd", "rbd": {"monitors": ["1.2.3.4:6789"], "pool": "p", "image": "i"}}), "not an IPv4 address"),
        (json!({"kind": "rbd", "rbd": {"monitors": ["1.2.3.4"], "pool": "p", "image": "i", "options": {"name": "admin,secret=x"}}}), "attach.rbd.options.name"),
        (json!({"kind": "iscsi", "iscsi": {"initiator": "-x", "target": "t", "host": "h"}}), "attach.iscsi.initiator"),
    ];
    for (body, want) in &attach_cases {
        let message = http(&server, "POST", &format!("{API}/attach"), Some(&body.to_string())).assert_error(400);
        assert!(message.contains(want), "{body}: {message}");
    }
    // Nothing was made: no object, no loop device on the image, no mount.
    assert_eq!(http(&server, "GET", &format!("{API}/attach"), None).json(), json!([]));
    assert_eq!(http(&server, "GET", &format!("{API}/mount"), None).json(), json!([]));
    assert!(loops_backed_by(server.dir.path()).is_empty());
    assert!(mounts_below(server.dir.path()).is_empty());
}

#[test]
fn paths_inside_a_mount_never_leave_it() {
    let mut server = Server::start(&["--scheme", "http"]);
    // The base: a directory with a marker, a symlink to / and one to the
    // directory above it.
    let base = server.dir.path().join("base");
    std::fs::create_dir(&base).unwrap();
    std::fs::write(base.join("marker"), "inside").unwrap();
    std::os::unix::fs::symlink("/", base.join("to-root")).unwrap();
    std::os::unix::fs::symlink("../..", base.join("up")).unwrap();
    let reply = http(&server, "POST", &format!("{API}/mount"), Some(&json!({"kind": "bind", "bind": {"path": base, "base": "root", "ro": true}}).to_string()));
    assert_eq!(reply.status, 201, "{reply:?}");
    let base_id = reply.json()["id"].as_i64().unwrap();

    // Each of these names the base's top, however it is spelled.
    for path in ["../../..", "/", "to-root", "up", "to-root/../up/.."] {
        let body = json!({"kind": "bind", "bind": {"path": path, "base": "mount", "mount": {"id": base_id}}});
        let reply = http(&server, "POST", &format!("{API}/mount"), Some(&body.to_string()));
        assert_eq!(reply.status, 201, "{path}: {reply:?}");
        let m = reply.json();
        let mountpoint = std::path::PathBuf::from(m["mountpoint"].as_str().unwrap());
        assert_eq!(std::fs::read_to_string(mountpoint.join("marker")).unwrap(), "inside", "{path} left the base");
        let reply = http(&server, "DELETE", &format!("{API}/mount?id={}", m["id"]), None);
        assert_eq!(reply.status, 200, "{reply:?}");
    }
    // What exists only outside the base is not found inside it.
    for path in ["/etc/passwd", "../../../etc/passwd", "to-root/etc/passwd", "up/etc/passwd"] {
        for noun in ["mount", "attach"] {
            let body = if noun == "mount" {
                json!({"kind": "bind", "bind": {"path": path, "base": "mount", "mount": {"id": base_id}}})
            } else {
                json!({"kind": "loopback", "loopback": {"path": path, "base": "mount", "mount": {"id": base_id}}})
            };
            let reply = http(&server, "POST", &format!("{API}/{noun}"), Some(&body.to_string()));
            reply.assert_error(404);
        }
    }
    assert_eq!(http(&server, "DELETE", &format!("{API}/mount?id={base_id}"), None).status, 200);
    assert_eq!(http(&server, "GET", &format!("{API}/mount"), None).json(), json!([]));
    assert_eq!(server.stop(), 0);
    assert!(mounts_below(server.dir.path()).is_empty());
}

#[test]
fn an_rbd_secret_never_comes_back_and_never_reaches_the_log() {
    const SECRET: &str = "AQBvZXRoaXNpc2FjZXBoeGtleWZvcnRlc3Rpbmc9PQ==";
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start_with(&["--scheme", "http"], &[("IMAGEAPI_LOGLEVEL", "TRACE")], dir);
    let rbd = |extra: serde_json::Value| {
        let mut options = json!({"name": "admin", "secret": SECRET});
        options.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        json!({"kind": "rbd", "rbd": {"monitors": ["192.0.2.10"], "pool": "rbd", "image": "system", "options": options}})
    };
    // Well formed: this server or this kernel cannot map it.
    let reply = http(&server, "POST", &format!("{API}/attach"), Some(&rbd(json!({})).to_string()));
    let message = reply.assert_error(501);
    assert!(!reply.body.contains(SECRET) && !message.contains(SECRET));
    // Refused for another field, with the secret beside it.
    let reply = http(&server, "POST", &format!("{API}/attach"), Some(&rbd(json!({"namespace": "a b"})).to_string()));
    reply.assert_error(400);
    assert!(!reply.body.contains(SECRET));
    // The secret itself malformed: named, not quoted.
    let bad = json!({"kind": "rbd", "rbd": {"monitors": ["192.0.2.10"], "pool": "rbd", "image": "system", "options": {"secret": format!("{SECRET},x")}}});
    let reply = http(&server, "POST", &format!("{API}/attach"), Some(&bad.to_string()));
    assert!(reply.assert_error(400).contains("secret"));
    assert!(!reply.body.contains(SECRET));
    // Nested under a mount, and with an unknown field that gets logged.
    let nested = json!({"kind": "attach", "attach": {"fs_type": "ext4", "attach": rbd(json!({})), "extra": SECRET}});
    let reply = http(&server, "POST", &format!("{API}/mount"), Some(&nested.to_string()));
    assert!(reply.status == 501 || reply.status == 400, "{reply:?}");
    assert!(!reply.body.contains(SECRET));

    assert!(!http(&server, "GET", &format!("{API}/attach"), None).body.contains(SECRET));
    let log = server.log();
    assert!(log.contains("TRACE") || log.contains("DEBUG"), "the server did not log at TRACE:\n{log}");
    assert!(!log.contains(SECRET), "the secret reached the log:\n{log}");
    assert!(!log.contains(&SECRET[..16]), "part of the secret reached the log:\n{log}");
}
