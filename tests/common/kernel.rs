//! What the kernel says, read where the tests need it: mounts from
//! `/proc/self/mountinfo`, loop devices from `/sys/block/loop*`; and the
//! harness's own cleanup and test-made devices (a loop device for `local`
//! attachments, a tmpfs for submounts).

use nix::mount::{umount2, MntFlags};
use std::ffi::OsString;
use std::fs::{self, File};
use std::os::fd::AsRawFd;
use std::os::unix::ffi::OsStringExt;
use std::path::{Path, PathBuf};
use std::process::Command;

const LOOP_CLR_FD: u64 = 0x4C01;

/// One line of /proc/self/mountinfo.
#[derive(Debug, Clone)]
pub struct MountEntry {
    pub mountpoint: PathBuf,
    pub root: PathBuf,
    pub options: Vec<String>,
    pub fs_type: String,
    pub source: String,
    pub super_options: Vec<String>,
}

pub fn mount_table() -> Vec<MountEntry> {
    let text = fs::read_to_string("/proc/self/mountinfo").expect("reading /proc/self/mountinfo");
    let split = |s: &str| s.split(',').map(str::to_string).collect::<Vec<_>>();
    text.lines()
        .filter_map(|line| {
            let fields: Vec<&str> = line.split(' ').collect();
            let dash = fields.iter().position(|f| *f == "-")?;
            Some(MountEntry {
                root: unescape(fields.get(3)?),
                mountpoint: unescape(fields.get(4)?),
                options: split(fields.get(5)?),
                fs_type: fields.get(dash + 1)?.to_string(),
                source: unescape(fields.get(dash + 2)?).to_string_lossy().into_owned(),
                super_options: split(fields.get(dash + 3).unwrap_or(&"")),
            })
        })
        .collect()
}

/// Decode mountinfo's octal escapes (`\040` is a space).
fn unescape(field: &str) -> PathBuf {
    let b = field.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let octal = b[i] == b'\\' && i + 3 < b.len() && b[i + 1..i + 4].iter().all(|c| (b'0'..=b'7').contains(c));
        if octal {
            out.push(b[i + 1..i + 4].iter().fold(0u32, |n, c| n * 8 + u32::from(c - b'0')) as u8);
            i += 4;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    PathBuf::from(OsString::from_vec(out))
}

/// Every mountpoint at or below `path`, in mountinfo order.
pub fn mounts_under(path: &Path) -> Vec<PathBuf> {
    mount_table().into_iter().map(|m| m.mountpoint).filter(|m| m.starts_with(path)).collect()
}
/// The topmost mount on `mountpoint`.
pub fn mount_entry(mountpoint: &Path) -> Option<MountEntry> {
    mount_table().into_iter().rev().find(|m| m.mountpoint == mountpoint)
}
pub fn is_mountpoint(path: &Path) -> bool {
    mount_entry(path).is_some()
}
/// The per-mount options (`ro`, `noatime`, ...) of the topmost mount there.
pub fn mount_options(mountpoint: &Path) -> Vec<String> {
    mount_entry(mountpoint).map(|m| m.options).unwrap_or_default()
}

/// Loop devices bound to a file at or below `prefix`: (N of loopN, file).
pub fn loops_backed_by(prefix: &Path) -> Vec<(u32, PathBuf)> {
    let Ok(entries) = fs::read_dir("/sys/block") else { return vec![] };
    let mut loops: Vec<(u32, PathBuf)> = entries
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.strip_prefix("loop")?.parse().ok())
        .filter_map(|n| Some((n, loop_backing_file(n)?)))
        .filter(|(_, file)| file.starts_with(prefix))
        .collect();
    loops.sort();
    loops
}
/// The file bound to /dev/loopN, if any (" (deleted)" stripped).
pub fn loop_backing_file(n: u32) -> Option<PathBuf> {
    let text = fs::read_to_string(format!("/sys/block/loop{n}/loop/backing_file")).ok()?;
    let text = text.trim_end_matches('\n');
    Some(PathBuf::from(text.strip_suffix(" (deleted)").unwrap_or(text)))
}
pub fn loop_read_only(n: u32) -> bool {
    fs::read_to_string(format!("/sys/block/loop{n}/ro")).map(|s| s.trim() == "1").unwrap_or(false)
}
/// N of a `/dev/loopN` device file.
pub fn loop_number(device_file: &str) -> u32 {
    device_file.strip_prefix("/dev/loop").and_then(|n| n.parse().ok()).unwrap_or_else(|| panic!("not a loop device: {device_file}"))
}

/// Remove every loop device and mount under `prefix`.
///
/// Loop devices go first, while their files are still reachable under
/// `prefix` (a file inside a mount shows another path once the mount is
/// detached): an unused device is cleared at once, one still mounted gets
/// autoclear and goes with its mount. Then the mounts, deepest first.
pub fn cleanup_kernel(prefix: &Path) -> Vec<String> {
    let mut cleaned = detach_loops(prefix);
    for _ in 0..20 {
        let mut mounts = mounts_under(prefix);
        if mounts.is_empty() {
            break;
        }
        mounts.reverse(); // later (stacked) mounts first among equals
        mounts.sort_by_key(|m| std::cmp::Reverse(m.components().count()));
        for mountpoint in mounts {
            if umount2(&mountpoint, MntFlags::MNT_DETACH).is_ok() {
                cleaned.push(format!("umount {}", mountpoint.display()));
            }
        }
    }
    cleaned.extend(detach_loops(prefix));
    cleaned
}

fn detach_loops(prefix: &Path) -> Vec<String> {
    let mut cleaned = Vec::new();
    for (n, file) in loops_backed_by(prefix) {
        let Ok(device) = File::open(format!("/dev/loop{n}")) else { continue };
        // Our descriptor keeps the device from being released and reused by
        // another test meanwhile: check it still backs our file.
        if loop_backing_file(n).as_deref() != Some(file.as_path()) {
            continue;
        }
        // SAFETY: LOOP_CLR_FD takes no argument; the descriptor is open for the call.
        if unsafe { libc::ioctl(device.as_raw_fd(), LOOP_CLR_FD as _, 0) } == 0 {
            cleaned.push(format!("detach /dev/loop{n} ({})", file.display()));
        }
    }
    cleaned
}

/// A loop device the test sets up itself (for `local` attachments).
pub struct TestLoop {
    pub device: String,
}

impl TestLoop {
    pub fn new(file: &Path) -> TestLoop {
        let out = Command::new("losetup").args(["--find", "--show"]).arg(file).output().expect("running losetup");
        assert!(out.status.success(), "losetup: {}", String::from_utf8_lossy(&out.stderr));
        TestLoop { device: String::from_utf8_lossy(&out.stdout).trim().to_string() }
    }
}

impl Drop for TestLoop {
    fn drop(&mut self) {
        let _ = Command::new("losetup").arg("-d").arg(&self.device).status();
    }
}

/// A tmpfs the test mounts itself (for submounts under a bind source).
pub struct TestMount {
    pub path: PathBuf,
}

impl TestMount {
    pub fn tmpfs(path: &Path) -> TestMount {
        fs::create_dir_all(path).unwrap();
        nix::mount::mount(Some("tmpfs"), path, Some("tmpfs"), nix::mount::MsFlags::empty(), None::<&str>)
            .unwrap_or_else(|e| panic!("mounting tmpfs on {}: {e}", path.display()));
        TestMount { path: path.to_path_buf() }
    }
}

impl Drop for TestMount {
    fn drop(&mut self) {
        let _ = umount2(&self.path, MntFlags::MNT_DETACH);
    }
}
