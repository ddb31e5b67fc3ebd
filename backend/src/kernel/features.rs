//! What the running kernel offers of the system calls newer than Linux 4.18
//! that the server uses, found once by calling each (never by reading the
//! version string: distribution kernels carry backports), and what the
//! server does where one is missing.

use std::sync::OnceLock;

/// One system call the server uses where the kernel has it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Feature {
    /// The system call, as the log and `/health` name it.
    pub name: &'static str,
    /// The kernel release that brought it.
    pub since: &'static str,
    /// What the server does without it.
    pub without: &'static str,
    pub available: bool,
}

/// Every system call of [`Feature`], in the order of [`ALL`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Features {
    pub list: Vec<Feature>,
}

/// (name, since, what the server does without it, how to try it)
const ALL: &[(&str, &str, &str, fn() -> bool)] = &[
    ("clone3", "5.3", "clone(2), the init moved into its cgroup by the shim", || tried(probe_clone3())),
    ("pidfd_open", "5.3", "processes followed by pid and start time", || tried(probe_pidfd_open())),
    ("open_tree", "5.2", "no user namespaces (they need idmapped mounts)", || tried(probe_open_tree())),
    ("openat2", "5.6", "confined paths walked one component at a time", || tried(probe_openat2())),
    ("close_range", "5.9", "descriptors closed one by one from /proc/self/fd", || tried(probe_close_range())),
    ("mount_setattr", "5.12", "read-only mounts by remount; no user namespaces (idmapped mounts)", || tried(probe_mount_setattr())),
];

static FEATURES: OnceLock<Features> = OnceLock::new();

/// The kernel's features, probed on the first call.
pub fn get() -> &'static Features {
    FEATURES.get_or_init(|| Features { list: ALL.iter().map(|(name, since, without, probe)| Feature { name, since, without, available: probe() }).collect() })
}

impl Features {
    /// Whether the kernel has system call `name` (one of the list).
    pub fn has(&self, name: &str) -> bool {
        self.list.iter().any(|f| f.name == name && f.available)
    }

    /// Idmapped mounts: what a container with a user namespace needs.
    pub fn idmapped_mounts(&self) -> bool {
        self.has("open_tree") && self.has("mount_setattr")
    }

    /// One line for the log: what is used, and what is not there and what
    /// takes its place.
    pub fn summary(&self) -> String {
        let used: Vec<&str> = self.list.iter().filter(|f| f.available).map(|f| f.name).collect();
        let missing: Vec<String> =
            self.list.iter().filter(|f| !f.available).map(|f| format!("{} (Linux {}; instead: {})", f.name, f.since, f.without)).collect();
        if missing.is_empty() {
            format!("kernel: using {}", used.join(", "))
        } else {
            format!("kernel: using {}; unavailable: {}", if used.is_empty() { "none of the newer calls".to_string() } else { used.join(", ") }, missing.join("; "))
        }
    }
}

/// A probe's answer: anything but ENOSYS means the call exists.
fn tried(result: libc::c_long) -> bool {
    !(result < 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::ENOSYS))
}

// Each probe makes a call the kernel refuses for its arguments (EINVAL,
// EBADF, EFAULT) where it has the call, and ENOSYS where it has not; none
// of them changes anything.

fn probe_clone3() -> libc::c_long {
    // SAFETY: a size below the smallest clone_args: refused before anything is read.
    unsafe { libc::syscall(libc::SYS_clone3, std::ptr::null::<u8>(), 0usize) }
}

fn probe_pidfd_open() -> libc::c_long {
    // SAFETY: flags the call does not know: EINVAL before a descriptor is made.
    unsafe { libc::syscall(libc::SYS_pidfd_open, std::process::id() as libc::c_long, !0u32 as libc::c_long) }
}

fn probe_open_tree() -> libc::c_long {
    // SAFETY: a bad descriptor and an empty path: EBADF (or ENOENT), nothing opened.
    unsafe { libc::syscall(libc::SYS_open_tree, -1 as libc::c_long, c"".as_ptr(), 0 as libc::c_long) }
}

fn probe_openat2() -> libc::c_long {
    // SAFETY: a zero-sized open_how: EINVAL before the path is read.
    unsafe { libc::syscall(libc::SYS_openat2, libc::AT_FDCWD as libc::c_long, c"/".as_ptr(), std::ptr::null::<u8>(), 0usize) }
}

fn probe_close_range() -> libc::c_long {
    // SAFETY: first above last: EINVAL, nothing closed.
    unsafe { libc::syscall(libc::SYS_close_range, 2 as libc::c_long, 1 as libc::c_long, 0 as libc::c_long) }
}

fn probe_mount_setattr() -> libc::c_long {
    // SAFETY: a bad descriptor and a zero-sized attribute: EINVAL or EBADF, nothing changed.
    unsafe { libc::syscall(libc::SYS_mount_setattr, -1 as libc::c_long, c"".as_ptr(), 0 as libc::c_long, std::ptr::null::<u8>(), 0usize) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_call_is_probed_once_without_leaving_a_descriptor_and_named_in_the_line() {
        let fds = || std::fs::read_dir("/proc/self/fd").unwrap().count();
        let before = fds();
        for (_, _, _, probe) in ALL {
            probe();
        }
        assert_eq!(fds(), before, "a probe left a descriptor open");
        let f = get();
        assert_eq!(f.list.len(), ALL.len());
        let line = f.summary();
        for feature in &f.list {
            assert!(line.contains(feature.name), "{line}");
        }
        assert_eq!(f.idmapped_mounts(), f.has("open_tree") && f.has("mount_setattr"));
    }

    #[test]
    fn a_missing_call_is_named_with_what_replaces_it() {
        let mut f = get().clone();
        f.list[5].available = false;
        assert!(!f.idmapped_mounts());
        let line = f.summary();
        assert!(line.contains("unavailable: mount_setattr (Linux 5.12; instead: read-only mounts by remount"), "{line}");
    }
}
