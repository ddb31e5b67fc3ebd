//! A full disk loses nothing: with the state directory on a small tmpfs
//! that the test fills, every change the server acknowledges survives a
//! kill -9, every change it refuses (507, with a sentence) left nothing in
//! the kernel and nothing in the journal, no id is given out twice, a
//! delete is either recorded or refused with the object in place, and an
//! append cut by the full disk never spoils a later one.
//!
//! Also: a container that ends on a full run directory keeps its exit
//! status; a damaged journal record stops the start without unmounting
//! anything; a read-only store disk, and a store manifest whose read fails
//! with EIO (under `tests/full_disk/eiofs.c`, a FUSE passthrough built
//! here with gcc and libfuse3, which scripts/setup installs), never keep
//! the server from starting nor lose an image; and a store activation or
//! delete whose directory sync fails (eiofs again) is answered as what the
//! disk holds; and a journal whose failed append cannot be cut off (eiofs
//! failing its truncate) refuses every change with 503 until the cut
//! succeeds.
//!
//! Each filesystem is mounted under the test's temp dir (the harness's
//! cleanup unmounts it); the server gets it as `--state-dir`, `--run-dir`
//! or `--store-dir`.

mod common;

use common::*;
use serde_json::Value;
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn free(dir: &Path) {
    fs::remove_file(dir.join("filler")).expect("removing the filler");
}

/// The journal holds whole records only: each line is JSON and it ends
/// with a newline.
fn assert_whole_records(state: &Path) {
    let journal = fs::read(state.join("state.journal")).unwrap_or_default();
    assert!(journal.is_empty() || journal.ends_with(b"\n"), "the journal ends with part of a record: {:?}", String::from_utf8_lossy(&journal[journal.len().saturating_sub(200)..]));
    for line in journal.split(|b| *b == b'\n').filter(|l| !l.is_empty()) {
        assert!(serde_json::from_slice::<Value>(line).is_ok(), "a damaged journal line: {}", String::from_utf8_lossy(line));
    }
}

/// Create bind mounts until the server refuses `refusals` of them; the
/// refusals must be 507 with a sentence. Returns the ids it acknowledged.
fn mount_until_refused(s: &Server, src: &Path, refusals: usize) -> Vec<u64> {
    let mut accepted = Vec::new();
    let mut refused = 0;
    for _ in 0..1000 {
        let (status, body) = s.post("/mount", &bind(src));
        match status {
            201 => accepted.push(id_of(&body)),
            507 => {
                let message = body["message"].as_str().unwrap_or_default();
                assert!(message.contains("No space left on device") && message.contains("full"), "a 507 without the cause: {body}");
                refused += 1;
                if refused == refusals {
                    return accepted;
                }
            }
            other => panic!("POST /mount answered {other} {body}"),
        }
    }
    panic!("the server never refused a mount on a full state directory");
}

fn listed_mounts(s: &Server) -> BTreeSet<u64> {
    s.list("/mount").iter().map(id_of).collect()
}

/// Nothing listed, nothing in the kernel under the temp dir but the test's
/// own state tmpfs.
fn assert_clean_but_state(s: &Server, state: &Path) {
    assert_clean_but(s, &[state]);
}

/// Nothing listed, nothing in the kernel under the temp dir but the
/// filesystems the test mounted itself.
fn assert_clean_but(s: &Server, own: &[&Path]) {
    for m in s.list("/mount") {
        s.remove("mount", id_of(&m), true);
    }
    assert_eq!(s.list("/mount"), Vec::<Value>::new());
    assert_eq!(s.list("/attach"), Vec::<Value>::new());
    let left: Vec<PathBuf> = s.mounts_made(s.temp()).into_iter().filter(|m| !own.contains(&m.as_path())).collect();
    assert_eq!(left, Vec::<PathBuf>::new(), "mounts left in the kernel");
    assert_eq!(loops_backed_by(s.temp()), Vec::new(), "loop devices left");
}

#[test]
fn acknowledged_changes_survive_a_crash_on_a_full_state_dir() {
    let (mut s, state) = start_on_small_state("4m");
    let src = s.work().join("src");
    fs::create_dir(&src).unwrap();

    // 1. Creates on an almost full disk: some acknowledged, then refusals.
    fill(&state, 16 * 1024);
    let mut accepted = mount_until_refused(&s, &src, 5);
    assert!(!accepted.is_empty(), "no mount fitted in 16 KiB");
    assert_whole_records(&state);
    assert_eq!(listed_mounts(&s), accepted.iter().copied().collect(), "what the API lists is not what it acknowledged");
    assert_graph_matches_kernel(&s);
    let (status, health) = s.get("/health");
    assert_eq!((status, health["status"].as_str()), (200, Some("degraded")), "{health}");
    let warnings = health["warnings"].to_string();
    assert!(warnings.contains("state directory") && warnings.contains(&state.display().to_string()), "{health}");
    let (_, metrics) = s.get("/metrics");
    let free_line = metrics.as_str().unwrap_or_default().lines().find(|l| l.starts_with("imageapi_disk_free_bytes{dir=\"state\"")).map(str::to_string);
    let free_bytes: f64 = free_line.as_deref().and_then(|l| l.rsplit(' ').next()).and_then(|v| v.parse().ok()).unwrap_or_else(|| panic!("no free bytes of the state dir in /metrics:\n{metrics}"));
    assert!(free_bytes < 64.0 * 1024.0, "{free_line:?}");

    // 2. A delete is still recorded (from the reserve), and creates stay
    //    refused: they do not eat what the reserve gave back.
    let deleted = accepted.pop().unwrap();
    let mountpoint = mountpoint(&s.get_one("mount", deleted));
    s.remove("mount", deleted, false);
    assert!(!is_mountpoint(&mountpoint));
    expect_error(s.post("/mount", &bind(&src)), 507);
    let highest = deleted.max(accepted.iter().copied().max().unwrap_or(0));

    // 3. A crash, and a start on the disk still full: all acknowledged
    //    changes are there, nothing refused or deleted came back, and the
    //    start had nothing of this run to clean up.
    s.crash_and_restart();
    assert_eq!(listed_mounts(&s), accepted.iter().copied().collect(), "after a crash on a full disk");
    assert!(!is_mountpoint(&mountpoint), "the deleted mount came back");
    assert_graph_matches_kernel(&s);
    assert!(!s.log().contains("left by an earlier run"), "the start found kernel objects no record owned:\n{}", s.log());
    // The first id of this run needs its reservation recorded: refused.
    expect_error(s.post("/mount", &bind(&src)), 507);

    // 4. Room again: the next id is new, and survives another crash.
    free(&state);
    let later = id_of(&s.create("mount", bind(&src)));
    assert!(later > highest, "id {later} given out again (ids up to {highest} were in use)");
    accepted.push(later);
    // The reserve is back in place with the room.
    let (_, health) = s.get("/health");
    assert_eq!(health["status"], "ok", "{health}");
    s.crash_and_restart();
    assert_eq!(listed_mounts(&s), accepted.iter().copied().collect(), "after a crash with room again");
    assert_graph_matches_kernel(&s);
    assert_clean_but_state(&s, &state);
}

#[test]
fn an_append_cut_by_a_full_disk_never_spoils_the_next() {
    let (mut s, state) = start_on_small_state("2m");
    let src = s.work().join("src");
    fs::create_dir(&src).unwrap();
    let first = id_of(&s.create("mount", bind(&src)));

    // Full to the last byte: the refused append was cut partway through
    // a page, and cut back off.
    fill(&state, 0);
    let mut accepted = mount_until_refused(&s, &src, 3);
    accepted.push(first);
    assert_whole_records(&state);

    // Room again: a later change lands on a clean line and survives.
    free(&state);
    let later = id_of(&s.create("mount", bind(&src)));
    accepted.push(later);
    assert_whole_records(&state);
    s.crash_and_restart();
    assert_eq!(listed_mounts(&s), accepted.iter().copied().collect());
    assert!(!s.log().contains("damaged record"), "{}", s.log());
    assert_graph_matches_kernel(&s);
    assert_clean_but_state(&s, &state);
}

#[test]
fn a_delete_is_recorded_or_refused_with_the_object_in_place() {
    let (mut s, state) = start_on_small_state("2m");
    let src = s.work().join("src");
    fs::create_dir(&src).unwrap();
    let mut ids: Vec<u64> = (0..20).map(|_| id_of(&s.create("mount", bind(&src)))).collect();

    // No reserve to fall back on, the disk full, and the journal's last
    // page as full as a create could make it.
    fs::remove_file(state.join("state.reserve")).expect("the server keeps a reserve in its state dir");
    fill(&state, 0);
    ids.extend(mount_until_refused(&s, &src, 1));

    // Deletes until one is refused: each one answered 200 is gone, the
    // refused one is still listed and mounted.
    let mut deleted = Vec::new();
    let mut kept = None;
    for &id in &ids {
        let mountpoint = mountpoint(&s.get_one("mount", id));
        let (status, body) = s.delete(&format!("/mount?id={id}"));
        match status {
            200 => {
                assert!(!is_mountpoint(&mountpoint));
                deleted.push(id);
            }
            507 => {
                assert!(body["message"].as_str().unwrap_or_default().contains("No space left on device"), "{body}");
                assert!(s.exists("mount", id) && is_mountpoint(&mountpoint), "a refused delete removed mount {id}");
                kept = Some(id);
                break;
            }
            other => panic!("DELETE /mount?id={id} answered {other} {body}"),
        }
    }
    let kept = kept.expect("no delete was refused on a full disk without a reserve");
    assert_whole_records(&state);

    // The same after a crash: the deletes answered 200 stay done, the
    // refused one stays in place.
    s.crash_and_restart();
    let remaining: BTreeSet<u64> = ids.iter().copied().filter(|id| !deleted.contains(id)).collect();
    assert!(remaining.contains(&kept));
    assert_eq!(listed_mounts(&s), remaining, "after a crash");
    assert_graph_matches_kernel(&s);
    free(&state);
    s.remove("mount", kept, false);
    s.crash_and_restart();
    assert!(!s.exists("mount", kept));
    assert_graph_matches_kernel(&s);
    assert_clean_but_state(&s, &state);
}

#[test]
fn a_read_only_store_disk_with_an_interrupted_download_never_keeps_the_server_from_starting() {
    const UUID: &str = "6de01e97-d7ec-4906-bd8b-cb4eafdb7c8b";
    let s = Server::start_prepared(&[], &[], |root| {
        // A store on its own filesystem: one image whose download a crash
        // cut short, then the filesystem turned read-only.
        let store = root.join("store");
        fs::create_dir(&store).unwrap();
        let mount = |flags: nix::mount::MsFlags| {
            nix::mount::mount(Some("tmpfs"), &store, Some("tmpfs"), flags, Some("size=1m"))
                .unwrap_or_else(|e| panic!("mounting a tmpfs on {}: {e}", store.display()))
        };
        mount(nix::mount::MsFlags::empty());
        fs::create_dir(store.join(UUID)).unwrap();
        let manifest = serde_json::json!({"uuid": UUID, "name": "cut", "version": "1", "type": "file",
            "state": "downloading", "created": "2026-01-01T00:00:00Z"});
        fs::write(store.join(UUID).join("manifest.json"), manifest.to_string()).unwrap();
        fs::write(store.join(UUID).join("file.partial"), b"half").unwrap();
        mount(nix::mount::MsFlags::MS_REMOUNT | nix::mount::MsFlags::MS_RDONLY);
        vec!["--store-dir".into(), store.display().to_string()]
    });
    // The node API serves, and the store lists the image as failed (it
    // cannot record that; the next start says so again).
    assert_eq!(s.list("/mount"), Vec::<Value>::new());
    let images = s.list("/images");
    assert_eq!(images.len(), 1, "{images:?}");
    assert_eq!(images[0]["state"], "failed", "{images:?}");
    // A change it cannot write is refused with the cause, and changes nothing.
    let (status, body) = s.post("/images", &serde_json::json!({"name": "new", "version": "1", "type": "file"}));
    assert_eq!(status, 500, "{body}");
    assert!(body["message"].as_str().unwrap_or_default().contains("Read-only file system"), "{body}");
    assert_eq!(s.list("/images").len(), 1);
    assert!(s.temp().join("store").join(UUID).join("file.partial").exists());
}

#[test]
fn a_container_that_ends_on_a_full_run_dir_keeps_its_exit_status() {
    // The run directory (state, logs and container state) on a small tmpfs.
    let s = Server::start_prepared(&[], &[], |root| {
        let run = root.join("run");
        fs::create_dir(&run).unwrap();
        nix::mount::mount(Some("tmpfs"), &run, Some("tmpfs"), nix::mount::MsFlags::empty(), Some("size=8m,mode=0700"))
            .unwrap_or_else(|e| panic!("mounting a tmpfs on {}: {e}", run.display()));
        Vec::new()
    });
    let run = s.run_dir();
    let image = busybox_image(&s.work());
    let c = s.create("container", container(overlay_stack(&image), "/bin/sh -c 'sleep 2; exit 7'"));
    let id = id_of(&c);
    assert_eq!(c["state"], "running", "{c}");
    s.container_procs(id);
    fill(&run, 0);
    let ended = s.wait_state(id, "exited", 30);
    assert_eq!(ended["exit_status"], 7, "{ended}");
    assert!(!s.log().contains("its exit status is unknown"), "{}", s.log());
    free(&run);
    s.remove("container", id, false);
    for m in s.list("/mount") {
        s.remove("mount", id_of(&m), true);
    }
    assert_clean_but_state(&s, &run);
}

/// One start of the server on the run directory of `s` and `state`, on a
/// socket of its own, until it exits (a start that refuses to go on).
fn start_once(s: &Server, state: &Path) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_imageapi-server"))
        .arg("--run-dir")
        .arg(s.run_dir())
        .arg("--state-dir")
        .arg(state)
        .arg("--socket-path")
        .arg(s.temp().join("damaged.sock"))
        .output()
        .expect("running imageapi-server")
}

#[test]
fn a_damaged_journal_record_stops_the_start_and_leaves_the_kernel_as_it_was() {
    let (mut s, state) = start_on_small_state("2m");
    let src = s.work().join("src");
    fs::create_dir(&src).unwrap();
    let first = id_of(&s.create("mount", bind(&src)));
    let second = id_of(&s.create("mount", bind(&src)));
    let mountpoints = [mountpoint(&s.get_one("mount", first)), mountpoint(&s.get_one("mount", second))];
    s.crash();

    // A record in the middle that a failing disk garbled.
    let journal = state.join("state.journal");
    let good = fs::read_to_string(&journal).unwrap();
    let lines: Vec<&str> = good.lines().collect();
    assert!(lines.len() >= 2, "{good}");
    let damaged = format!("{}\n{{garbled\n{}\n", lines[..lines.len() - 1].join("\n"), lines[lines.len() - 1]);
    fs::write(&journal, &damaged).unwrap();
    let out = start_once(&s, &state);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "a start on a damaged journal went on: {stderr}");
    assert!(stderr.contains("damaged record") && stderr.contains(&format!("line {}", lines.len())), "{stderr}");
    for m in &mountpoints {
        assert!(is_mountpoint(m), "{} was unmounted by a start that could not read the journal", m.display());
    }

    // A whole record this server cannot read (an unknown kind of mount):
    // the same.
    let unknown = r#"{"put":{"id":99,"user_ref":true,"uses":[],"noun":"mount","model":{"kind":"warp"},"identity":{}}}"#;
    fs::write(&journal, format!("{good}{unknown}\n")).unwrap();
    let out = start_once(&s, &state);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && stderr.contains("the saved mount 99 cannot be read"), "{stderr}");
    for m in &mountpoints {
        assert!(is_mountpoint(m), "{} was unmounted by a start that could not read a record", m.display());
    }

    // Repaired, the next start adopts both.
    fs::write(&journal, &good).unwrap();
    s.respawn();
    assert_eq!(listed_mounts(&s), [first, second].into_iter().collect());
    assert_graph_matches_kernel(&s);
    assert_clean_but_state(&s, &state);
}

/// Build the failing filesystem of `tests/full_disk/eiofs.c` into `dir`.
fn build_eiofs(dir: &Path) -> PathBuf {
    let exe = dir.join("eiofs");
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/full_disk/eiofs.c");
    let flags = std::process::Command::new("pkg-config").args(["--cflags", "--libs", "fuse3"]).output().expect("running pkg-config (scripts/setup installs libfuse3-dev)");
    let flags = String::from_utf8_lossy(&flags.stdout).to_string();
    let out = std::process::Command::new("gcc").arg("-o").arg(&exe).arg(&source).args(flags.split_whitespace()).output().expect("running gcc");
    assert!(out.status.success(), "building eiofs: {}", String::from_utf8_lossy(&out.stderr));
    exe
}

/// Mount `backing` on `mountpoint` through eiofs, failing as `control`
/// says (see [`fail`]); the filesystem ends when it is unmounted (then
/// wait for the process returned).
fn mount_eiofs(exe: &Path, backing: &Path, mountpoint: &Path, control: &Path) -> std::process::Child {
    let child = std::process::Command::new(exe)
        .arg(backing)
        .arg(mountpoint)
        .arg(control)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("starting eiofs");
    assert!(eventually(5, || is_mountpoint(mountpoint)), "eiofs did not mount {}", mountpoint.display());
    child
}

/// From now on, reads of files whose path (in the eiofs) contains
/// `reads` fail with EIO, and so do fsyncs of the directory `fsyncdir`
/// ("/" for the top); "" for none.
fn fail(control: &Path, reads: &str, fsyncdir: &str) {
    fail_truncates(control, reads, fsyncdir, "");
}

/// As [`fail`], and truncates of files whose path contains `truncates`.
fn fail_truncates(control: &Path, reads: &str, fsyncdir: &str, truncates: &str) {
    fs::write(control, format!("{reads}\n{fsyncdir}\n{truncates}\n")).expect("writing the eiofs control file");
}

/// Unmount an eiofs and wait for its process to end.
fn unmount_eiofs(mountpoint: &Path, mut child: std::process::Child) {
    nix::mount::umount2(mountpoint, nix::mount::MntFlags::empty()).expect("unmounting eiofs");
    child.wait().expect("waiting for eiofs");
}

#[test]
fn a_manifest_that_fails_with_eio_at_start_is_reported_and_left_alone() {
    const FAILING: &str = "0b0c6c1e-7f0e-4f57-9f44-1f1c1d0e8a11";
    const READABLE: &str = "6de01e97-d7ec-4906-bd8b-cb4eafdb7c8b";
    let mut eiofs = PathBuf::new();
    let mut failing_fs = None;
    let mut s = Server::start_prepared(&[], &[], |root| {
        // Two images on a store whose disk fails to read one manifest.
        let backing = root.join("store-disk");
        for (uuid, name) in [(FAILING, "failing"), (READABLE, "readable")] {
            let dir = backing.join(uuid);
            fs::create_dir_all(&dir).unwrap();
            let data = format!("the file of {name}");
            fs::write(dir.join("file"), &data).unwrap();
            let sha256: String = sha2::Digest::finalize(<sha2::Sha256 as sha2::Digest>::new_with_prefix(&data)).iter().map(|b| format!("{b:02x}")).collect();
            let manifest = serde_json::json!({"uuid": uuid, "name": name, "version": "1", "type": "file", "state": "active",
                "size": data.len(), "sha256": sha256, "sha1": "0".repeat(40), "created": "2026-01-01T00:00:00Z"});
            fs::write(dir.join("manifest.json"), manifest.to_string()).unwrap();
        }
        eiofs = build_eiofs(root);
        let store = root.join("store");
        fs::create_dir(&store).unwrap();
        fail(&root.join("eiofs.control"), &format!("{FAILING}/manifest.json"), "");
        failing_fs = Some(mount_eiofs(&eiofs, &backing, &store, &root.join("eiofs.control")));
        vec!["--store-dir".into(), store.display().to_string()]
    });
    let (backing, store) = (s.temp().join("store-disk"), s.temp().join("store"));

    // The readable image is served; the other is unlisted, reported with
    // its cause, and everything of it is still on the disk.
    let listed: Vec<String> = s.list("/images").iter().map(|m| m["uuid"].as_str().unwrap_or_default().to_string()).collect();
    assert_eq!(listed, vec![READABLE.to_string()]);
    let log = s.log();
    assert!(log.contains(FAILING) && log.contains("Input/output error") && log.contains("left alone"), "{log}");
    assert!(backing.join(FAILING).join("manifest.json").exists() && backing.join(FAILING).join("file").exists());

    // Once the disk reads again, the next start lists it, file and all.
    s.terminate();
    fail(&s.temp().join("eiofs.control"), "", "");
    s.respawn();
    let images = s.list(&format!("/images?uuid={FAILING}"));
    assert_eq!(images.len(), 1, "{images:?}");
    assert_eq!(images[0]["state"], "active", "{images:?}");
    assert_eq!(fs::read_to_string(backing.join(FAILING).join("file")).unwrap(), "the file of failing");
    s.terminate();
    unmount_eiofs(&store, failing_fs.take().unwrap());
}

#[test]
fn store_answers_follow_the_disk_when_a_directory_sync_fails() {
    let mut eiofs_fs = None;
    let mut s = Server::start_prepared(&[], &[], |root| {
        let (backing, store) = (root.join("store-disk"), root.join("store"));
        fs::create_dir(&backing).unwrap();
        fs::create_dir(&store).unwrap();
        fail(&root.join("eiofs.control"), "", "");
        eiofs_fs = Some(mount_eiofs(&build_eiofs(root), &backing, &store, &root.join("eiofs.control")));
        vec!["--store-dir".into(), store.display().to_string()]
    });
    let control = s.temp().join("eiofs.control");
    let (status, image) = s.post("/images", &serde_json::json!({"name": "synced", "version": "1", "type": "file"}));
    assert_eq!(status, 201, "{image}");
    let uuid = image["uuid"].as_str().unwrap().to_string();
    let (status, body) = s.send_raw("PUT", &format!("{BASE_PATH}/images/file?uuid={uuid}"), Some("application/octet-stream"), b"the file");
    assert_eq!(status, 200, "{body}");

    // The new manifest took its place, then the directory's sync failed:
    // the activation stands, in the answer, the listing and after a restart.
    fail(&control, "", &format!("/{uuid}"));
    let (status, body) = s.patch(&format!("/images?uuid={uuid}&action=activate"));
    assert_eq!((status, body["state"].as_str()), (200, Some("active")), "{body}");
    assert!(s.log().contains("Input/output error (os error 5); the new manifest is in place all the same"), "the sync did not fail:\n{}", s.log());
    assert_eq!(s.list(&format!("/images?uuid={uuid}"))[0]["state"], "active");
    fail(&control, "", "");
    s.restart();
    assert_eq!(s.list(&format!("/images?uuid={uuid}"))[0]["state"], "active");

    // The directory was renamed away, then the store's sync failed: the
    // delete stands, and the image does not come back.
    fail(&control, "", "/");
    let (status, body) = s.delete(&format!("/images?uuid={uuid}"));
    assert_eq!(status, 200, "{body}");
    assert!(s.log().contains(&format!("deleting image {uuid}: syncing the directory")), "the sync did not fail:\n{}", s.log());
    assert_eq!(s.list("/images"), Vec::<Value>::new());
    fail(&control, "", "");
    s.restart();
    assert_eq!(s.list("/images"), Vec::<Value>::new());
    s.terminate();
    unmount_eiofs(&s.temp().join("store"), eiofs_fs.take().unwrap());
}

#[test]
fn a_container_start_that_cannot_be_recorded_is_refused_and_leaves_nothing_running() {
    let (mut s, state) = start_on_small_state("2m");
    let image = busybox_image(&s.work());
    const RUNS: &str = r#"/bin/sh -c 'trap "exit 0" TERM; while :; do sleep 0.2; done'"#;

    // Created while there is room, started on a full disk: refused, and
    // stopped again, so a restart finds nothing it did not know of.
    let mut definition = container(overlay_stack(&image), RUNS);
    definition.as_object_mut().unwrap().remove("state");
    let created = id_of(&s.create("container", definition));
    fs::remove_file(state.join("state.reserve")).unwrap();
    fill(&state, 0);
    // The journal's last page as full as a small create could make it.
    let src = s.work().join("src");
    fs::create_dir(&src).unwrap();
    mount_until_refused(&s, &src, 1);
    let message = expect_error(s.patch(&format!("/container?id={created}&state=running")), 507);
    assert!(message.contains("No space left on device"), "{message}");
    let c = s.get_one("container", created);
    assert_eq!(c["state"], "dead", "{c}");
    assert!(c["reason"].as_str().unwrap_or_default().contains("could not be recorded"), "{c}");
    assert!(started(&s.container_dir(created)).is_none_or(|st| !st.init_alive()), "the init of a start answered 507 still runs");

    // A create with a start on the full disk is refused whole.
    let (status, body) = s.post("/container", &container(overlay_stack(&image), RUNS));
    assert_eq!(status, 507, "{body}");
    assert_eq!(s.list("/container").len(), 1);
    assert_graph_matches_kernel(&s);

    // Room again: a container started now survives a crash, still running.
    free(&state);
    let running = id_of(&s.create("container", container(overlay_stack(&image), RUNS)));
    let (before, _) = s.container_procs(running);
    s.crash_and_restart();
    assert_eq!(s.get_one("container", running)["state"], "running");
    assert!(before.init_alive(), "the container started with room again did not survive the crash");
    assert_graph_matches_kernel(&s);
    s.remove("container", running, true);
    s.remove("container", created, false);
    for m in s.list("/mount") {
        s.remove("mount", id_of(&m), true);
    }
    assert_clean_but_state(&s, &state);
}

#[test]
fn a_store_that_cannot_be_opened_answers_503_while_the_node_api_serves() {
    let s = Server::start_prepared(&[], &[], |root| {
        // Not a directory: the store cannot be opened at all.
        let store = root.join("store");
        fs::write(&store, b"not a directory").unwrap();
        vec!["--store-dir".into(), store.display().to_string()]
    });
    let src = s.work().join("src");
    fs::create_dir(&src).unwrap();
    let id = id_of(&s.create("mount", bind(&src)));
    let message = expect_error(s.get("/images"), 503);
    assert!(message.contains("could not be opened"), "{message}");
    let message = expect_error(s.post("/images", &serde_json::json!({"name": "n", "version": "1", "type": "file"})), 503);
    assert!(message.contains("could not be opened"), "{message}");
    s.remove("mount", id, false);
    assert_clean(&s);
}

#[test]
fn a_journal_whose_failed_append_cannot_be_cut_takes_nothing_until_it_is() {
    let mut eiofs_fs = None;
    let mut s = Server::start_prepared(&[], &[], |root| {
        // The state directory: eiofs over a small tmpfs, so the test can
        // make the journal's truncate fail.
        let (disk, state) = (root.join("state-disk"), root.join("state"));
        for d in [&disk, &state] {
            fs::create_dir(d).unwrap();
        }
        nix::mount::mount(Some("tmpfs"), &disk, Some("tmpfs"), nix::mount::MsFlags::empty(), Some("size=2m,mode=0700"))
            .unwrap_or_else(|e| panic!("mounting a tmpfs on {}: {e}", disk.display()));
        fail(&root.join("eiofs.control"), "", "");
        eiofs_fs = Some(mount_eiofs(&build_eiofs(root), &disk, &state, &root.join("eiofs.control")));
        vec!["--state-dir".into(), state.display().to_string()]
    });
    let (disk, state, control) = (s.temp().join("state-disk"), s.temp().join("state"), s.temp().join("eiofs.control"));
    let src = s.work().join("src");
    fs::create_dir(&src).unwrap();
    let mut accepted = vec![id_of(&s.create("mount", bind(&src)))];

    // The disk full and the journal's truncate failing: the append that
    // fails cannot be cut off, so that change and every one after it
    // (deletes too) is refused with 503, and nothing of them stays.
    fill(&disk, 0);
    fail_truncates(&control, "", "", "state.journal");
    let refused = loop {
        let (status, body) = s.post("/mount", &bind(&src));
        match status {
            201 => accepted.push(id_of(&body)),
            _ => break (status, body),
        }
        assert!(accepted.len() < 1000, "the server never refused a mount on a full state directory");
    };
    assert_eq!(refused.0, 503, "{}", refused.1);
    assert!(refused.1["message"].as_str().unwrap_or_default().contains("could not be cut off"), "{}", refused.1);
    expect_error(s.post("/mount", &bind(&src)), 503);
    expect_error(s.delete(&format!("/mount?id={}", accepted[0])), 503);
    assert_eq!(listed_mounts(&s), accepted.iter().copied().collect());
    assert_graph_matches_kernel(&s);

    // The truncate works again: the next change cuts the partial record
    // off first, then is refused for the full disk (507); with room it
    // is recorded, and everything survives a crash.
    fail(&control, "", "");
    expect_error(s.post("/mount", &bind(&src)), 507);
    assert_whole_records(&state);
    free(&disk);
    accepted.push(id_of(&s.create("mount", bind(&src))));
    s.crash_and_restart();
    assert_eq!(listed_mounts(&s), accepted.iter().copied().collect());
    assert_whole_records(&state);
    assert_graph_matches_kernel(&s);
    assert_clean_but(&s, &[&state, &disk]);
    s.terminate();
    unmount_eiofs(&state, eiofs_fs.take().unwrap());
}
