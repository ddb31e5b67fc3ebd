//! The `imageapi` command against the real server and kernel, over the
//! unix socket and over http: run an image (loop device, squashfs mount and
//! overlay in one request), `logs -f` until the container ends, `ls` tables
//! and `--json`, `get`, `stop` waiting for `exited`, `pause`/`resume`,
//! `start`, `rm` taking the stack down, `attach`/`mount`, and errors that
//! print the server's sentence and exit 1.
//!
//! The command is the workspace's `imageapi` binary, found next to the
//! server's (`cargo build` builds both; scripts/test does).

mod common;

use common::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn cli_binary() -> PathBuf {
    let bin = Path::new(env!("CARGO_BIN_EXE_imageapi-server")).with_file_name("imageapi");
    assert!(bin.exists(), "{} is missing: build the workspace first (cargo build --workspace)", bin.display());
    bin
}

/// How the test reaches the server: `--socket S` or `--url U`.
struct Cli {
    how: Vec<String>,
}

impl Cli {
    fn run(&self, args: &[&str]) -> Output {
        Command::new(cli_binary()).args(&self.how).args(args).output().expect("running imageapi")
    }
    /// Run and expect success; returns stdout.
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(out.status.success(), "imageapi {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }
    /// Run and expect status 1; returns stderr.
    fn fails(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(out.status.code(), Some(1), "imageapi {args:?}: {out:?}");
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(err.starts_with("imageapi: "), "{err}");
        err
    }
    fn json(&self, args: &[&str]) -> Value {
        let mut all = vec!["--json"];
        all.extend_from_slice(args);
        serde_json::from_str(&self.ok(&all)).unwrap_or_else(|e| panic!("imageapi {args:?} --json: {e}"))
    }
}

/// Rows of an `ls` table, as (id, kind, state), header checked.
fn rows(table: &str) -> Vec<(String, String, String)> {
    let mut lines = table.lines();
    assert_eq!(lines.next().map(|h| h.split_whitespace().collect::<Vec<_>>()), Some(vec!["ID", "KIND", "WHAT", "REFS", "STATE"]), "{table}");
    lines
        .map(|l| {
            let cells: Vec<&str> = l.split_whitespace().collect();
            (cells[0].to_string(), cells[1].to_string(), cells[cells.len() - 1].to_string())
        })
        .collect()
}

#[test]
fn walk_through_over_the_unix_socket() {
    let sockdir = tempfile::Builder::new().prefix("imageapi-cli.").tempdir().unwrap();
    let socket = sockdir.path().join("imageapi.sock");
    let s = Server::start_with_flags(&["--scheme", "unix", "--scheme", "http", "--socket-path", socket.to_str().unwrap()]);
    let cli = Cli { how: vec!["--socket".into(), socket.display().to_string()] };
    let image = busybox_image(&s.work());
    let img = image.to_str().unwrap();

    // run: one request makes the whole stack, and logs -f ends with the container.
    let out = cli.ok(&["run", img, "--name", "hello", "--", "/bin/sh", "-c", "echo hello from the image; exit 3"]);
    assert!(out.starts_with("container hello ("), "{out}");
    let log = cli.ok(&["logs", "-f", "hello"]);
    assert!(log.lines().any(|l| l.ends_with(" hello from the image")), "{log}");
    let table = cli.ok(&["ls"]);
    let kinds: Vec<String> = rows(&table).into_iter().map(|(_, k, _)| k).collect();
    assert_eq!(kinds, ["container", "mount/overlay", "mount/attach", "attach/loopback"], "{table}");
    assert_eq!(rows(&table)[0].2, "(3)", "{table}");
    let c = cli.json(&["get", "hello"]);
    assert_eq!(c["exit_status"], 3);
    assert_eq!(c, s.get_one("container", id_of(&c)), "get prints the server's object");
    let listed = cli.json(&["ls"]);
    assert_eq!(listed["mounts"].as_array().map(Vec::len), Some(2));
    assert_eq!(cli.ok(&["logs", "--tail", "1", "hello"]).lines().count(), 1);

    // A long-running one: pause, resume, stop (waits until exited), start, stop again.
    let out = cli.ok(&["run", img, "--name", "svc", "--stop-timeout", "20", "--", "/bin/sh", "-c", "trap 'exit 0' TERM; while :; do sleep 0.1; done"]);
    assert!(out.contains("running"), "{out}");
    assert!(cli.ok(&["pause", "svc"]).contains("paused"));
    assert!(cli.ok(&["resume", "svc"]).contains("running"));
    let stopped = cli.ok(&["stop", "svc"]);
    assert!(stopped.contains("exited (0)"), "stop did not wait for exited: {stopped}");
    assert_eq!(s.list("/container?name=svc")[0]["state"], "exited");
    assert!(cli.ok(&["start", "svc"]).contains("running"));
    let killed = cli.ok(&["stop", "--timeout", "0", "svc"]);
    assert!(killed.contains("exited"), "{killed}");

    // Errors: the server's sentence, status 1.
    let err = cli.fails(&["get", "999"]);
    assert!(err.contains("999"), "{err}");
    let err = cli.fails(&["stop", "nobody"]);
    assert!(err.contains("there is no container named \"nobody\""), "{err}");
    let err = cli.fails(&["run", "/etc/hostname"]);
    assert!(err.contains("not a squashfs, ext4 or erofs image"), "{err}");
    let err = cli.fails(&["run", img, "--name", "hello"]);
    assert!(err.contains("exists already"), "{err}");

    // rm takes each container down with its whole stack.
    let out = cli.ok(&["rm", "hello", "svc"]);
    assert_eq!(out.lines().count(), 2, "{out}");
    assert!(rows(&cli.ok(&["ls"])).is_empty());

    // attach and mount, then rm -f of the attachment takes the mount too.
    let out = cli.ok(&["attach", img]);
    let attach_id: String = out.trim_start_matches("attachment ").split(':').next().unwrap().to_string();
    let out = cli.ok(&["mount", "--attach", &attach_id, "--type", "squashfs", "-o", "ro"]);
    assert!(out.starts_with("mount "), "{out}");
    let err = cli.fails(&["rm", &attach_id]);
    assert!(err.contains("used by"), "{err}");
    cli.ok(&["rm", "-f", &attach_id]);
    assert!(rows(&cli.ok(&["ls"])).is_empty());
    assert_clean(&s);
}

#[test]
fn over_http_with_url() {
    let s = Server::start();
    let url = s.url("").replace(BASE_PATH, "");
    let cli = Cli { how: vec!["--url".into(), url] };
    let image = busybox_image(&s.work());
    let out = cli.ok(&["mount", "--image", image.to_str().unwrap()]);
    let id: u64 = out.trim_start_matches("mount ").split(':').next().unwrap().parse().unwrap();
    let listed = cli.json(&["ls", "mount"]);
    assert_eq!(listed["mounts"], Value::Array(s.list("/mount")), "ls --json is not the server's list");
    assert_eq!(listed["attachments"], Value::Array(vec![]), "ls mount lists only mounts");
    let out = cli.ok(&["rm", &id.to_string()]);
    assert_eq!(out.trim(), format!("removed mount {id}"));
    assert_clean(&s);
}

#[test]
fn logs_show_a_terminal_the_control_characters_a_container_prints() {
    let s = Server::start();
    let url = s.url("").replace(BASE_PATH, "");
    let cli = Cli { how: vec!["--url".into(), url.clone()] };
    let image = busybox_image(&s.work());
    // Clear the screen (ESC and C1 CSI, as a character and as a lone
    // byte), back up, return, set the title; then UTF-8 text.
    let noise = r"printf 'A\033[2JB\233C\302\2332JD\010E\rF\033]0;owned\007G\n'; printf 'gr\303\274\303\237e\n'";
    cli.ok(&["run", image.to_str().unwrap(), "--name", "noisy", "--", "/bin/sh", "-c", noise]);
    // Into a pipe: the bytes as logged, controls included.
    let piped = cli.run(&["logs", "-f", "noisy"]).stdout;
    assert!(piped.contains(&0x9b) && piped.contains(&0x08), "the controls never reached the command: {piped:?}");
    // Onto a terminal (script(1) runs the command on a pty and copies
    // what the pty received).
    let command = format!("'{}' --url '{url}' logs noisy", cli_binary().display());
    let out = Command::new("script").args(["-q", "-e", "-c", &command, "/dev/null"]).stdin(std::process::Stdio::null()).output().expect("running script (util-linux)");
    assert!(out.status.success(), "{out:?}");
    // The pty itself turns each \n into \r\n.
    let seen = out.stdout.iter().copied().collect::<Vec<u8>>();
    let seen = String::from_utf8(seen).unwrap_or_else(|e| panic!("the terminal got bytes that are not UTF-8: {e}")).replace("\r\n", "\n");
    for (bad, what) in [('\x1b', "ESC"), ('\u{9b}', "CSI"), ('\x08', "backspace"), ('\r', "carriage return"), ('\x07', "BEL")] {
        assert!(!seen.contains(bad), "a {what} reached the terminal: {seen:?}");
    }
    assert!(seen.contains("B\\x9bC\\x9b2JD^HE"), "{seen:?}");
    assert!(seen.contains(" grüße\n"), "{seen:?}");
    cli.ok(&["rm", "noisy"]);
    assert_clean(&s);
}

#[test]
fn images_of_the_store_and_a_container_run_from_one() {
    let s = Server::start();
    let url = s.url("").replace(BASE_PATH, "");
    let cli = Cli { how: vec!["--url".into(), url] };
    let image = busybox_image(&s.work());
    let img = image.to_str().unwrap();

    // add uploads (streamed, with progress), import copies on the node.
    let out = cli.run(&["images", "add", img, "--name", "busybox", "--image-version", "1", "--activate"]);
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("(100%)"), "no upload progress: {out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).ends_with("active\n"), "{out:?}");
    let imported = cli.json(&["images", "import", img, "--name", "busybox", "--image-version", "2"]);
    assert_eq!(imported["state"], "unactivated");
    let uuid = imported["uuid"].as_str().unwrap().to_string();
    let listed = cli.json(&["images", "ls"]);
    assert_eq!(listed.as_array().map(Vec::len), Some(2), "{listed}");
    assert!(listed.as_array().unwrap().iter().all(|i| i["sha256"] == listed[0]["sha256"] && i["size"] == listed[0]["size"]), "{listed}");
    let table = cli.ok(&["images", "ls"]);
    assert!(table.lines().next().is_some_and(|h| h.starts_with("UUID")) && table.contains("unactivated"), "{table}");
    assert!(cli.ok(&["images", "activate", &uuid]).contains("active"));

    // run by name:version: the loop device is over the stored file.
    let out = cli.ok(&["run", "busybox:2", "--name", "stored", "--", "/bin/sh", "-c", "echo from the store"]);
    assert!(out.contains("container stored"), "{out}");
    let log = cli.ok(&["logs", "-f", "stored"]);
    assert!(log.lines().any(|l| l.ends_with(" from the store")), "{log}");
    let err = cli.fails(&["images", "rm", &uuid]);
    assert!(!err.is_empty());
    cli.ok(&["rm", "stored"]);
    assert_eq!(cli.ok(&["images", "rm", &uuid]).trim(), format!("removed image {uuid}"));
    let err = cli.fails(&["run", "nosuchimage"]);
    assert!(err.contains("neither an image file nor an active image"), "{err}");
    for i in cli.json(&["images", "ls"]).as_array().unwrap() {
        cli.ok(&["images", "rm", i["uuid"].as_str().unwrap()]);
    }
    assert_clean(&s);
}

#[test]
fn an_oci_image_is_imported_from_the_node_and_run() {
    let s = Server::start();
    let cli = Cli { how: vec!["--url".into(), s.origin()] };
    let (layout, bundle) = busybox_oci_layout(&s.work(), "1.0", |rootfs| write_tree(rootfs, &[("etc/motd", "an OCI image\n")]));
    std::fs::remove_dir_all(bundle).unwrap();
    let l = layout.to_str().unwrap();
    let err = cli.fails(&["images", "import-oci", l, "--tag", "2.0", "--name", "oci", "--image-version", "1"]);
    assert!(err.contains("no image tagged \"2.0\"") && err.contains("\"1.0\""), "{err}");
    assert_eq!(cli.json(&["images", "ls"]), Value::Array(vec![]), "a failed import leaves no image");
    let imported = cli.json(&["images", "import-oci", l, "--name", "oci", "--image-version", "1", "--activate"]);
    assert_eq!((imported["state"].as_str(), imported["type"].as_str()), (Some("active"), Some("squashfs")), "{imported}");
    assert_eq!(imported["oci"]["tag"], "1.0", "{imported}");
    cli.ok(&["run", "oci:1", "--name", "from-oci", "--", "/bin/cat", "/etc/motd"]);
    let log = cli.ok(&["logs", "-f", "from-oci"]);
    assert!(log.lines().any(|l| l.ends_with(" an OCI image")), "{log}");
    cli.ok(&["rm", "from-oci"]);
    cli.ok(&["images", "rm", imported["uuid"].as_str().unwrap()]);
    assert_clean(&s);
}
