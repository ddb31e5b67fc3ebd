//! Container processes as the kernel shows them: the init and the shim a
//! container's state dir records (always checked against their start times,
//! so a reused pid is never taken for them), their namespaces, cgroups and
//! freezer; and the harness's last-resort search for processes tied to a
//! test's temp dir.
//!
//! Nothing here finds or signals a process by its name.

use serde_json::Value;
use std::collections::BTreeSet;
use std::fs;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::path::{Path, PathBuf};

/// The processes of one started container, from `<state_dir>/state.json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Started {
    /// Host pid of the init and its start time (field 22 of /proc/<pid>/stat).
    pub pid: i32,
    pub start_time: u64,
    /// The shim that runs it.
    pub shim_pid: i32,
    pub shim_start_time: u64,
}

impl Started {
    pub fn init_alive(&self) -> bool {
        is_alive(self.pid, self.start_time)
    }
    pub fn shim_alive(&self) -> bool {
        is_alive(self.shim_pid, self.shim_start_time)
    }
}

/// What the shim recorded in `state_dir/state.json`, if it did.
pub fn started(state_dir: &Path) -> Option<Started> {
    let v: Value = serde_json::from_slice(&fs::read(state_dir.join("state.json")).ok()?).ok()?;
    let int = |k: &str| v[k].as_i64();
    Some(Started {
        pid: int("pid")? as i32,
        start_time: int("start_time")? as u64,
        shim_pid: int("shim_pid")? as i32,
        shim_start_time: int("shim_start_time")? as u64,
    })
}

/// (state letter, start time) of `pid` from /proc/<pid>/stat.
fn proc_stat(pid: i32) -> Option<(char, u64)> {
    if pid <= 0 {
        return None;
    }
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // comm may hold spaces and ')': the fields resume after the last ')'.
    let fields: Vec<&str> = stat[stat.rfind(')')? + 1..].split_whitespace().collect();
    Some((fields.first()?.chars().next()?, fields.get(19)?.parse().ok()?))
}

pub fn start_time(pid: i32) -> Option<u64> {
    proc_stat(pid).map(|(_, t)| t)
}

/// The state letter of `pid` (R, S, D, Z, ...).
pub fn proc_state(pid: i32) -> Option<char> {
    proc_stat(pid).map(|(s, _)| s)
}

/// `pid` is still the process that started at `start_time` and has not
/// exited (a zombie counts as gone).
pub fn is_alive(pid: i32, start_time: u64) -> bool {
    matches!(proc_stat(pid), Some((s, t)) if t == start_time && s != 'Z' && s != 'X')
}

/// The namespace link of `pid` (`/proc/<pid>/ns/<ns>`), e.g. "uts:[4026531838]".
pub fn ns_link(pid: &str, ns: &str) -> String {
    fs::read_link(format!("/proc/{pid}/ns/{ns}"))
        .unwrap_or_else(|e| panic!("reading /proc/{pid}/ns/{ns}: {e}"))
        .to_string_lossy()
        .into_owned()
}

/// Send `signal` to `pid` only if it is still the process that started at
/// `start_time` (through a pidfd, which pins it while we check).
pub fn signal_verified(pid: i32, start_time: u64, signal: i32) -> bool {
    if pid <= 0 {
        return false;
    }
    // SAFETY: pidfd_open takes two integers and returns a new fd or -1.
    let fd = unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) };
    if fd < 0 {
        return false;
    }
    // SAFETY: the kernel just gave us this fd; nothing else owns it.
    let fd = unsafe { OwnedFd::from_raw_fd(fd as i32) };
    if start_time_of_live(pid) != Some(start_time) {
        return false;
    }
    // SAFETY: a valid pidfd, a signal number, no siginfo, no flags.
    unsafe { libc::syscall(libc::SYS_pidfd_send_signal, fd.as_raw_fd(), signal, std::ptr::null::<libc::siginfo_t>(), 0) == 0 }
}

fn start_time_of_live(pid: i32) -> Option<u64> {
    proc_stat(pid).filter(|(s, _)| *s != 'Z' && *s != 'X').map(|(_, t)| t)
}

/// The container cgroups (`<hierarchy mountpoint>/imageapi/<name>`) that
/// `pid` is in, one per hierarchy that puts it under `imageapi/`.
pub fn container_cgroups(pid: i32) -> Vec<PathBuf> {
    let Ok(text) = fs::read_to_string(format!("/proc/{pid}/cgroup")) else { return vec![] };
    let table = super::mount_table();
    let mut out = Vec::new();
    for line in text.lines() {
        let mut parts = line.splitn(3, ':');
        let (Some(_), Some(controllers), Some(path)) = (parts.next(), parts.next(), parts.next()) else { continue };
        let mut components = path.trim_start_matches('/').split('/');
        if components.next() != Some("imageapi") {
            continue;
        }
        let Some(name) = components.next() else { continue };
        let hierarchy = table.iter().find(|m| {
            if controllers.is_empty() {
                m.fs_type == "cgroup2" && m.mountpoint.starts_with("/sys/fs/cgroup")
            } else {
                m.fs_type == "cgroup" && controllers.split(',').all(|c| m.super_options.iter().any(|o| o == c))
            }
        });
        if let Some(h) = hierarchy {
            out.push(h.mountpoint.join("imageapi").join(name));
        }
    }
    out
}

/// The freezer state of a container cgroup's payload: "FROZEN", "THAWED" or
/// "FREEZING", from the v1 freezer hierarchy among `cgroups`, or else from
/// cgroup2's `cgroup.freeze` and `cgroup.events` (a pure v2 node).
pub fn freezer_state(cgroups: &[PathBuf]) -> String {
    if let Some(dir) = cgroups.iter().find(|c| c.join("payload/freezer.state").exists()) {
        return fs::read_to_string(dir.join("payload/freezer.state")).unwrap_or_default().trim().to_string();
    }
    let dir = cgroups
        .iter()
        .find(|c| c.join("payload/cgroup.freeze").exists())
        .unwrap_or_else(|| panic!("no freezer cgroup among {cgroups:?}"));
    let asked = fs::read_to_string(dir.join("payload/cgroup.freeze")).unwrap_or_default().trim() == "1";
    let frozen = fs::read_to_string(dir.join("payload/cgroup.events")).unwrap_or_default().lines().any(|l| l == "frozen 1");
    match (asked, frozen) {
        (true, true) => "FROZEN",
        (true, false) => "FREEZING",
        _ => "THAWED",
    }
    .to_string()
}

/// Every process in `cgroup` or below it.
pub fn cgroup_procs(cgroup: &Path) -> Vec<i32> {
    let mut out = BTreeSet::new();
    let mut stack = vec![cgroup.to_path_buf()];
    while let Some(dir) = stack.pop() {
        if let Ok(text) = fs::read_to_string(dir.join("cgroup.procs")) {
            out.extend(text.lines().filter_map(|l| l.trim().parse::<i32>().ok()));
        }
        if let Ok(entries) = fs::read_dir(&dir) {
            stack.extend(entries.flatten().filter(|e| e.file_type().map(|t| t.is_dir()).unwrap_or(false)).map(|e| e.path()));
        }
    }
    out.into_iter().collect()
}

/// Remove `cgroup` and the cgroups below it, deepest first (fails quietly
/// where processes remain).
pub fn remove_cgroup(cgroup: &Path) -> bool {
    let mut dirs = Vec::new();
    let mut stack = vec![cgroup.to_path_buf()];
    while let Some(dir) = stack.pop() {
        if let Ok(entries) = fs::read_dir(&dir) {
            stack.extend(entries.flatten().filter(|e| e.file_type().map(|t| t.is_dir()).unwrap_or(false)).map(|e| e.path()));
        }
        dirs.push(dir);
    }
    for d in dirs.iter().rev() {
        let _ = fs::remove_dir(d);
    }
    !cgroup.exists()
}

/// Processes (pid, start time) tied to `dir`: their root or working
/// directory is at or below it, or their command line or environment names
/// a path below it (a shim is `imageapi-server container-shim
/// <run-dir>/containers/<id>/config.json`). Never this process.
pub fn processes_tied_to(dir: &Path) -> Vec<(i32, u64)> {
    let me = std::process::id() as i32;
    let needle = dir.as_os_str().as_encoded_bytes().to_vec();
    let mentions = |bytes: &[u8]| bytes.split(|b| *b == 0).any(|arg| arg.windows(needle.len()).any(|w| w == needle.as_slice()));
    let Ok(entries) = fs::read_dir("/proc") else { return vec![] };
    let mut out = Vec::new();
    for e in entries.flatten() {
        let Some(pid) = e.file_name().to_str().and_then(|n| n.parse::<i32>().ok()) else { continue };
        if pid == me {
            continue;
        }
        let Some(start) = start_time_of_live(pid) else { continue };
        let under = |link: &str| fs::read_link(format!("/proc/{pid}/{link}")).is_ok_and(|p| p.starts_with(dir));
        let tied = under("root")
            || under("cwd")
            || fs::read(format!("/proc/{pid}/cmdline")).is_ok_and(|b| mentions(&b))
            || fs::read(format!("/proc/{pid}/environ")).is_ok_and(|b| mentions(&b));
        // Checked again: the pid may have been reused while we looked.
        if tied && start_time_of_live(pid) == Some(start) {
            out.push((pid, start));
        }
    }
    out
}
