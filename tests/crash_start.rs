//! A crash of the server while a container's shim is still starting, held
//! at a known step: the container's log is a FIFO whose pipe has room for
//! the shim's first line only, so the shim blocks on its second (after it
//! made its cgroups and moved into them). The server is killed -9 there and
//! started again: the restart must leave nothing of that start (no process
//! with the shim's command line, no cgroup, no state dir) before it
//! answers, and the container is `created`, as it was saved.

mod common;

use common::*;
use nix::fcntl::{fcntl, FcntlArg, OFlag};
use nix::sys::stat::Mode;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::os::fd::AsRawFd;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

/// The pids whose command line is `<exe> container-shim <config>`.
fn shims_of(config: &Path) -> Vec<i32> {
    let want = config.as_os_str().as_encoded_bytes();
    let mut found = Vec::new();
    for e in fs::read_dir("/proc").unwrap().flatten() {
        let Some(pid) = e.file_name().to_str().and_then(|n| n.parse::<i32>().ok()) else { continue };
        let Ok(cmdline) = fs::read(e.path().join("cmdline")) else { continue };
        let args: Vec<&[u8]> = cmdline.split(|b| *b == 0).collect();
        if args.len() >= 3 && args[1] == b"container-shim" && args[2] == want {
            found.push(pid);
        }
    }
    found
}

/// Whether `pid` is blocked in write(2) (x86_64 and aarch64 numbers).
fn in_write(pid: i32) -> bool {
    let nr = if cfg!(target_arch = "aarch64") { "64 " } else { "1 " };
    fs::read_to_string(format!("/proc/{pid}/syscall")).is_ok_and(|s| s.starts_with(nr))
}

/// The log at `path` made a FIFO with `room` bytes free in its pipe; the
/// returned ends keep it open (a writer never blocks on opening it).
fn fifo_with_room(path: &Path, room: usize) -> (File, File) {
    fs::remove_file(path).unwrap();
    nix::unistd::mkfifo(path, Mode::from_bits_truncate(0o600)).unwrap();
    let reader = OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(path).unwrap();
    let mut writer = OpenOptions::new().write(true).custom_flags(libc::O_NONBLOCK).open(path).unwrap();
    let size = fcntl(writer.as_raw_fd(), FcntlArg::F_SETPIPE_SZ(4096)).unwrap() as usize;
    assert!(size > room, "pipe of {size} bytes");
    writer.write_all(&vec![b'.'; size - room]).unwrap();
    fcntl(writer.as_raw_fd(), FcntlArg::F_SETFL(OFlag::empty())).unwrap();
    (reader, writer)
}

#[test]
fn shim_still_starting_when_the_server_dies_is_gone_after_the_restart() {
    let mut s = Server::start();
    let image = busybox_image(&s.work());
    let mut body = container(overlay_stack(&image), "/bin/true");
    body["state"] = "created".into();
    let c = s.create("container", body);
    let id = id_of(&c);
    assert_eq!(c["state"], "created", "{c}");
    let state_dir = s.container_dir(id);
    let config = state_dir.join("config.json");
    let rootfs = mountpoint(&c["mount"]);
    // The shim's first line, its pid at its longest (7 digits): room for it
    // and not for the next, whatever the pid.
    let first = format!("2026-01-01T00:00:00.000Z imageapi-shim[1234567]: starting container {id} ([\"/bin/true\"] in {})\n", rootfs.display());
    let log = PathBuf::from(c["logfile"].as_str().expect("logfile"));
    let (reader, writer) = fifo_with_room(&log, first.len() + 8);

    let client = s.client();
    let request = std::thread::spawn(move || client.try_patch(&format!("/container?id={id}&state=running")));
    let mut held = None;
    eventually(30, || {
        held = shims_of(&config).into_iter().find(|pid| in_write(*pid) && Some(*pid as u32) != s.pid());
        held.is_some()
    });
    let shim = held.unwrap_or_else(|| panic!("no shim of container {id} blocked on its log: {:?}", shims_of(&config)));
    let own = fs::read_to_string(format!("/proc/{shim}/cgroup")).unwrap_or_default();
    assert!(own.contains(&format!("/{}/supervisor", imageapi_backend::container::cgroup::name_for(id, &state_dir))), "the shim {shim} blocked before it moved into its cgroups:\n{own}");

    s.crash();
    let answer = request.join().expect("the request thread panicked");
    assert!(answer.is_err(), "the start was answered although its shim was held: {answer:?}");
    s.respawn();
    // Already done when the server answers: the restart finished it.
    assert_eq!(shims_of(&config), Vec::<i32>::new(), "shim processes of container {id} left after the restart");
    let name = imageapi_backend::container::cgroup::name_for(id, &state_dir);
    let left: Vec<PathBuf> = ["pids", "freezer", "devices", "systemd", "unified", ""]
        .iter()
        .map(|h| Path::new("/sys/fs/cgroup").join(h).join("imageapi").join(&name))
        .filter(|c| c.exists())
        .collect();
    assert_eq!(left, Vec::<PathBuf>::new(), "cgroups of container {id} left after the restart");
    assert!(!state_dir.exists(), "{} left after the restart", state_dir.display());
    assert_eq!(s.get_one("container", id)["state"], "created");

    drop((reader, writer));
    s.remove("container", id, false);
    assert_clean(&s);
}
