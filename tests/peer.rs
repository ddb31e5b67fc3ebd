//! Who may use the TCP listener, attacked for real: an unprivileged user
//! inside a container (which shares the node's network namespace) tries to
//! become root on the node by asking the server on 127.0.0.1 for a
//! container whose root is the node's `/`; unprivileged users of the node
//! itself are refused too, root and the users named with
//! `--allow-local-user` are served; and a host on another network (a
//! network namespace and a veth pair this test makes and removes) is
//! served or refused by `--allow-remote-network`.
//!
//! Needs `ip` (iproute2), curl, and busybox-static's `wget` and `su`.

mod common;

use common::*;
use serde_json::json;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Output};

/// `GET <path>` with curl by a process of `uid` (in the network namespace
/// `netns`, if given); returns the whole answer, head and body.
fn raw_get(uid: u32, netns: Option<&str>, host: &str, port: u16, path: &str) -> String {
    let mut cmd = match netns {
        Some(ns) => {
            let mut c = Command::new("ip");
            c.args(["netns", "exec", ns, "curl"]);
            c
        }
        None => Command::new("curl"),
    };
    cmd.args(["-s", "-i", "--noproxy", "*", "--max-time", "10"]).arg(format!("http://{host}:{port}/imageapi/v1{path}"));
    if uid != 0 {
        cmd.uid(uid).gid(uid);
    }
    let out = cmd.output().unwrap_or_else(|e| panic!("running {cmd:?}: {e}"));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn status_line(answer: &str) -> &str {
    answer.lines().next().unwrap_or_default()
}

/// A busybox root whose `/attack.sh` switches to uid 1000 and POSTs
/// `payload` to the server on 127.0.0.1:`port`, recording what happened in
/// /tmp (uid, wget's exit status and messages).
fn attacker_image(work: &Path, port: u16, payload: &serde_json::Value) -> std::path::PathBuf {
    let root = busybox_rootfs(&unique(work, "attacker"));
    let url = format!("http://127.0.0.1:{port}/imageapi/v1/container");
    let as_user = format!("id -u > /tmp/uid; /bin/busybox wget -S -O /tmp/answer --header 'Content-Type: application/json' --post-file /payload.json {url} 2> /tmp/wget; echo \\$? > /tmp/rc");
    write_tree(
        &root,
        &[
            ("etc/passwd", "root:x:0:0:root:/root:/bin/sh\nattacker:x:1000:1000::/tmp:/bin/sh\n"),
            ("etc/group", "root:x:0:\nattacker:x:1000:\n"),
            ("payload.json", &payload.to_string()),
            ("attack.sh", &format!("/bin/busybox su -s /bin/sh attacker -c \"{as_user}\"\n")),
        ],
    );
    fs::set_permissions(root.join("tmp"), fs::Permissions::from_mode(0o1777)).unwrap();
    squashfs_from_dir(&root)
}

#[test]
fn a_user_in_a_container_cannot_reach_the_api_over_tcp_to_become_root() {
    let s = Server::start();
    let marker = s.work().join("ran-as-root-on-the-node");
    // What the attacker asks for: the node's / as a container root, and a
    // command that leaves a mark on the node.
    let payload = json!({
        "name": "escape",
        "mount": {"kind": "bind", "bind": {"path": "/", "base": "root"}},
        "command": format!("/bin/sh -c \"touch {}\"", marker.display()),
        "state": "running",
    });
    let image = attacker_image(&s.work(), s.port(), &payload);
    let c = s.create("container", container(overlay_stack(&image), "/bin/sh /attack.sh"));
    let id = id_of(&c);
    s.wait_state(id, "exited", 60);
    let top = mountpoint(&s.get_one("container", id)["mount"]);

    assert_eq!(read(&top.join("tmp/uid")).trim(), "1000", "the attack ran as uid 1000");
    let wget = read(&top.join("tmp/wget"));
    assert!(wget.contains("403"), "the POST from uid 1000 in a container was not answered 403: {wget}");
    assert_ne!(read(&top.join("tmp/rc")).trim(), "0", "{wget}");
    // Nothing was made on the node: no second container, no bind of /, no mark.
    let names: Vec<_> = s.list("/container").iter().map(|c| c["name"].clone()).collect();
    assert_eq!(names.len(), 1, "containers: {names:?}");
    assert!(s.list("/mount").iter().all(|m| m["kind"] != "bind"), "a bind mount was made: {:?}", s.list("/mount"));
    assert!(!marker.exists(), "the attacker's command ran as root on the node");
    let log = s.log();
    let line = log.lines().find(|l| l.contains("refusing")).unwrap_or_else(|| panic!("no refusal in the log:\n{log}"));
    assert!(line.contains("uid 1000") && line.contains("pid "), "the refusal names neither uid nor pid: {line}");

    // Root on the node is still served (the harness is root).
    assert_eq!(s.get("/container").0, 200);
    s.remove("container", id, false);
    assert_clean(&s);
}

#[test]
fn on_the_node_only_root_and_named_users_are_served() {
    let s = Server::start_with_flags(&["--allow-local-user", "1001"]);
    let refused = raw_get(1000, None, "127.0.0.1", s.port(), "/attach");
    assert!(status_line(&refused).contains("403"), "uid 1000 was served: {refused}");
    assert!(refused.contains("uid 1000") && refused.contains("--allow-local-user"), "the 403 does not say why: {refused}");
    let named = raw_get(1001, None, "127.0.0.1", s.port(), "/attach");
    assert!(status_line(&named).contains("200"), "uid 1001 (--allow-local-user) was refused: {named}");
    let root = raw_get(0, None, "127.0.0.1", s.port(), "/attach");
    assert!(status_line(&root).contains("200"), "root was refused: {root}");
    assert_clean(&s);
}

/// A network namespace with a veth pair to the node: the node's end is
/// `<prefix>.1/30`, the namespace's `<prefix>.2/30`. Removed when dropped.
struct RemoteHost {
    netns: String,
    node_link: String,
    prefix: String,
}

fn ip(args: &[&str]) -> Output {
    Command::new("ip").args(args).output().unwrap_or_else(|e| panic!("running ip {args:?}: {e}"))
}

fn ip_ok(args: &[&str]) {
    let out = ip(args);
    assert!(out.status.success(), "ip {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

impl RemoteHost {
    fn new() -> RemoteHost {
        let pid = std::process::id();
        // 198.18.0.0/15 is reserved for benchmarking: no real network uses it.
        let prefix = format!("198.18.{}.{}", pid % 250, (pid / 250 % 60) * 4);
        let host = RemoteHost { netns: format!("imageapi-peer-{pid}"), node_link: format!("iapi{pid}n"), prefix };
        let peer_link = format!("iapi{pid}r");
        ip_ok(&["netns", "add", &host.netns]);
        ip_ok(&["link", "add", &host.node_link, "type", "veth", "peer", "name", &peer_link]);
        ip_ok(&["link", "set", &peer_link, "netns", &host.netns]);
        ip_ok(&["addr", "add", &format!("{}/30", host.node_addr()), "dev", &host.node_link]);
        ip_ok(&["link", "set", &host.node_link, "up"]);
        ip_ok(&["-n", &host.netns, "addr", "add", &format!("{}/30", host.remote_addr()), "dev", &peer_link]);
        ip_ok(&["-n", &host.netns, "link", "set", &peer_link, "up"]);
        ip_ok(&["-n", &host.netns, "link", "set", "lo", "up"]);
        host
    }
    fn node_addr(&self) -> String {
        let (net, last) = self.prefix.rsplit_once('.').unwrap();
        format!("{net}.{}", last.parse::<u32>().unwrap() + 1)
    }
    fn remote_addr(&self) -> String {
        let (net, last) = self.prefix.rsplit_once('.').unwrap();
        format!("{net}.{}", last.parse::<u32>().unwrap() + 2)
    }
}

impl Drop for RemoteHost {
    fn drop(&mut self) {
        // Deleting the namespace deletes its end of the pair, and with it ours.
        let _ = ip(&["netns", "del", &self.netns]);
        let _ = ip(&["link", "del", &self.node_link]);
    }
}

#[test]
fn remote_hosts_are_served_only_from_the_allowed_networks() {
    let remote = RemoteHost::new();
    let listed = format!("{}/30", remote.prefix);
    let allowed = Server::start_with_flags(&["--host", "0.0.0.0", "--allow-remote-network", &listed]);
    let answer = raw_get(0, Some(&remote.netns), &remote.node_addr(), allowed.port(), "/attach");
    assert!(status_line(&answer).contains("200"), "a host of {listed} was refused: {answer}");
    assert_clean(&allowed);

    let other = Server::start_with_flags(&["--host", "0.0.0.0", "--allow-remote-network", "192.0.2.0/24"]);
    let answer = raw_get(0, Some(&remote.netns), &remote.node_addr(), other.port(), "/attach");
    assert!(status_line(&answer).contains("403"), "a host outside 192.0.2.0/24 was served: {answer}");
    assert!(answer.contains(&remote.remote_addr()) && answer.contains("192.0.2.0/24"), "the 403 does not say why: {answer}");
    // Root on the node is served whatever the list says.
    assert_eq!(other.get("/attach").0, 200);
    assert_clean(&other);
    drop(remote);
    assert!(!ip(&["link", "show", &format!("iapi{}n", std::process::id())]).status.success(), "the veth pair is left");
}
