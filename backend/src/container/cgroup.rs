//! The cgroups of one container: finding this host's hierarchies (cgroup v1,
//! hybrid, or pure v2), making `imageapi/<name>/{supervisor,payload}` in the
//! ones the container joins, moving processes in and out, and freezing,
//! killing, emptying and removing them.
//!
//! Layout, per joined hierarchy `H` (a v1 mount such as
//! `/sys/fs/cgroup/freezer`, or the cgroup2 mount):
//!
//! ```text
//! H/imageapi/<name>/             the container: no processes of its own;
//!                                its device allow-list (v1 `devices`, the
//!                                cgroup2 device program)
//! H/imageapi/<name>/supervisor   v1: the shim (outside the server's cgroup,
//!                                so a stop of the server's unit does not kill it;
//!                                under the allow-list, which covers all it
//!                                opens: the console pty and /dev/null)
//! H/imageapi/shims               cgroup2: every shim, for the same reason
//! H/imageapi/<name>/payload      the init and everything below it; the root
//!                                of the container's cgroup namespace
//! ```
//!
//! The allow-list sits one level above the root of the container's cgroup
//! namespace, where nothing in the container can reach it: root in the
//! container may mount any hierarchy afresh, but a mount made in its
//! namespace shows the payload as the root, so it can neither move a
//! process above it nor write the rules of `<name>`; and what it writes to
//! the payload's own `devices.allow` cannot go beyond its parent's
//! (the kernel checks every v1 rule against the parent's, and runs a
//! cgroup2 device program attached with `BPF_F_ALLOW_MULTI` for every
//! cgroup below it, whatever those attach themselves). The v1 rules are
//! written before `<name>` has children: a v1 `devices` cgroup with
//! children refuses "deny all", and a child copies its parent's rules
//! when it is made.
//!
//! No process is ever moved by pid: that takes the kernel's global lock
//! against forks, whose first taking after a quiet while waits for an RCU
//! grace period (5-30 ms on a busy 2-core machine), twice per container. A
//! process moves itself on v1 ([`Cgroups::enter_v1`]), and is born in its
//! cgroup2 directory ([`Cgroups::open_shims`], clone3's CLONE_INTO_CGROUP);
//! so the shim, which could only leave a cgroup2 directory of its own by
//! such a move, shares one that it never leaves.
//!
//! `<name>` is `<id>-<hash of the container's state dir>` ([`name_for`]):
//! ids are per server, and two servers with different run directories (two
//! test servers, or a second instance on one node) hand out the same ids;
//! their containers must never share a cgroup, or pausing, killing or
//! removing one would reach the other.
//!
//! On v1 only the hierarchies in [`JOINED_V1`] are joined; the container
//! stays in the shim's own cgroup of every other controller (memory, cpu,
//! ...), so whatever accounting and limits the server runs under keep
//! covering it, and cpuset's per-cgroup setup is never needed.

use std::collections::BTreeSet;
use std::fs;
use std::io::{self, ErrorKind};
use std::path::{Path, PathBuf};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// The directory under each hierarchy's root that holds all containers.
pub const PARENT: &str = "imageapi";
/// The leaf cgroup of the shim (v1).
pub const SUPERVISOR: &str = "supervisor";
/// The cgroup2 leaf of every shim, beside the containers.
pub const SHIMS: &str = "shims";
/// The leaf cgroup of the container's processes.
pub const PAYLOAD: &str = "payload";

/// v1 hierarchies a container gets its own cgroup in: name=systemd (the
/// service manager's kill set and systemd-in-the-container's tree), freezer
/// (pause and kill), pids (counting, later limits) and devices (the
/// allow-list of [`super::devices`]).
pub const JOINED_V1: &[&str] = &["name=systemd", "freezer", "pids", "devices"];

/// How long freezing may take before it is given up (and undone).
pub const FREEZE_TIMEOUT: Duration = Duration::from_secs(10);

/// The cgroup name of container `id` whose state lives in `state_dir`:
/// the id (for people reading the tree) and a hash of the state dir, which
/// is unique per server run directory and container.
pub fn name_for(id: u64, state_dir: &Path) -> String {
    // FNV-1a, 64 bits: stable across builds and Rust versions, unlike std's hasher.
    let hash = state_dir.as_os_str().as_encoded_bytes().iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    });
    format!("{id}-{hash:016x}")
}

/// One mounted cgroup hierarchy of this host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hierarchy {
    /// Where it is mounted, e.g. `/sys/fs/cgroup/freezer`.
    pub mountpoint: PathBuf,
    /// For v1, the mount data that names it (`"cpu,cpuacct"`,
    /// `"name=systemd"`); empty for cgroup2.
    pub options: String,
    pub v2: bool,
}

impl Hierarchy {
    fn has(&self, controller: &str) -> bool {
        !self.v2 && self.options.split(',').any(|o| o == controller)
    }
}

/// The cgroup hierarchies of this host under `/sys/fs/cgroup`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub hierarchies: Vec<Hierarchy>,
    /// `/sys/fs/cgroup` itself is cgroup2: a pure v2 host.
    pub unified_root: bool,
}

impl Layout {
    /// Read this process's view of the mounted hierarchies.
    pub fn detect() -> io::Result<Layout> {
        let mountinfo = fs::read_to_string("/proc/self/mountinfo")?;
        let known = kernel_controllers();
        Ok(parse_mountinfo(&mountinfo, &known))
    }

    /// The cgroup2 mount, if any (`/sys/fs/cgroup` or `/sys/fs/cgroup/unified`).
    pub fn v2(&self) -> Option<&Hierarchy> {
        self.hierarchies.iter().find(|h| h.v2)
    }

    /// The v1 hierarchies, in mount order.
    pub fn v1(&self) -> impl Iterator<Item = &Hierarchy> {
        self.hierarchies.iter().filter(|h| !h.v2)
    }
}

/// The enabled controllers the kernel knows (first column of /proc/cgroups).
fn kernel_controllers() -> BTreeSet<String> {
    fs::read_to_string("/proc/cgroups")
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect()
}

pub fn parse_mountinfo(mountinfo: &str, known: &BTreeSet<String>) -> Layout {
    let mut layout = Layout { hierarchies: Vec::new(), unified_root: false };
    for line in mountinfo.lines() {
        let Some((left, right)) = line.split_once(" - ") else { continue };
        let mountpoint = match left.split(' ').nth(4) {
            Some(m) => PathBuf::from(crate::kernel::mount::unescape(m)),
            None => continue,
        };
        if !mountpoint.starts_with("/sys/fs/cgroup") {
            continue;
        }
        let mut r = right.split(' ');
        let (fstype, _source, superopts) = (r.next().unwrap_or(""), r.next(), r.next().unwrap_or(""));
        let h = match fstype {
            "cgroup2" => Hierarchy { mountpoint, options: String::new(), v2: true },
            "cgroup" => {
                let opts: Vec<&str> =
                    superopts.split(',').filter(|o| o.starts_with("name=") || known.contains(*o)).collect();
                if opts.is_empty() {
                    continue;
                }
                Hierarchy { mountpoint, options: opts.join(","), v2: false }
            }
            _ => continue,
        };
        // A hierarchy mounted twice (or a later mount over the first) counts once.
        if layout.hierarchies.iter().any(|o| o.v2 == h.v2 && o.options == h.options) {
            continue;
        }
        if h.v2 && h.mountpoint == Path::new("/sys/fs/cgroup") {
            layout.unified_root = true;
        }
        layout.hierarchies.push(h);
    }
    layout
}

/// One joined hierarchy of one container.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dir {
    pub hierarchy: Hierarchy,
    /// `<mountpoint>/imageapi/<name>`.
    pub path: PathBuf,
}

/// All the cgroups of one container.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cgroups {
    pub dirs: Vec<Dir>,
}

impl Cgroups {
    /// The cgroups of the container with cgroup name `name` (see
    /// [`name_for`]) on this layout.
    pub fn for_container(layout: &Layout, name: &str) -> Cgroups {
        let joined = |h: &Hierarchy| h.v2 || JOINED_V1.iter().any(|c| h.has(c));
        let dirs = layout
            .hierarchies
            .iter()
            .filter(|h| joined(h))
            .map(|h| Dir { path: h.mountpoint.join(PARENT).join(name), hierarchy: h.clone() })
            .collect();
        Cgroups { dirs }
    }

    /// The container's cgroups on this host as this process sees it.
    pub fn detect(name: &str) -> io::Result<Cgroups> {
        Ok(Self::for_container(&Layout::detect()?, name))
    }

    pub fn exists(&self) -> bool {
        self.dirs.iter().any(|d| d.path.exists())
    }

    /// Make `imageapi/<name>/{supervisor,payload}` in every joined hierarchy
    /// (cgroup2: `payload` only), with the device allow-list on
    /// `imageapi/<name>` unless `unconfined`: the v1 `devices` controller
    /// where there is one, and the device BPF program on the cgroup2
    /// hierarchy where there is one (both apply on a hybrid host).
    /// On cgroup2, hand down every controller the parent offers so that
    /// systemd in the container can manage its own subtree (best effort).
    pub fn create(&self, unconfined: bool) -> io::Result<()> {
        for d in &self.dirs {
            // 1. The container's cgroup, without children: a v1 `devices`
            //    cgroup that has some refuses "deny all". What a start that
            //    died left behind goes first (rmdir fails where processes remain).
            if d.path.exists() {
                let _ = remove_tree(&d.path);
            }
            make_dir(&d.path)?;
            // 2. Its allow-list, which every cgroup below copies or inherits.
            if !unconfined {
                if d.hierarchy.has("devices") {
                    super::devices::restrict_v1(&d.path).map_err(io::Error::other)?;
                }
                if d.hierarchy.v2 {
                    super::devices::restrict_v2(&d.path).map_err(io::Error::other)?;
                }
            }
            // 3. The leaves below it.
            let leaves: &[&str] = if d.hierarchy.v2 { &[PAYLOAD] } else { &[SUPERVISOR, PAYLOAD] };
            for leaf in leaves {
                make_dir(&d.path.join(leaf))?;
            }
            if d.hierarchy.v2 {
                if let Some(parent) = d.path.parent() {
                    delegate(parent);
                }
                delegate(&d.path);
            }
        }
        Ok(())
    }

    /// Hand the payload's cgroup2 directory to the container's root (host
    /// uid `uid`), so that an init in a user namespace can manage its own
    /// subtree: the directory and the files delegation needs.
    pub fn delegate_to(&self, uid: u32) -> io::Result<()> {
        for d in self.dirs.iter().filter(|d| d.hierarchy.v2) {
            let p = d.path.join(PAYLOAD);
            for f in [p.clone(), p.join("cgroup.procs"), p.join("cgroup.threads"), p.join("cgroup.subtree_control")] {
                std::os::unix::fs::chown(&f, Some(uid), Some(uid)).map_err(|e| ctx(e, format!("handing {} to uid {uid}", f.display())))?;
            }
        }
        Ok(())
    }

    /// Move the calling process into `leaf` (SUPERVISOR or PAYLOAD) of
    /// every joined v1 hierarchy. It writes 0 (the calling thread, the
    /// whole process when it has one thread) to `tasks`: moving a pid
    /// instead takes the kernel's global lock against forks, whose first
    /// taking after a quiet while waits for an RCU grace period (5-30 ms
    /// here). A cgroup2 hierarchy has no such move: a process enters it at
    /// its birth ([`Cgroups::open_v2`], clone3's CLONE_INTO_CGROUP).
    pub fn enter_v1(&self, leaf: &str) -> io::Result<()> {
        for d in self.dirs.iter().filter(|d| !d.hierarchy.v2) {
            let tasks = d.path.join(leaf).join("tasks");
            fs::write(&tasks, "0").map_err(|e| ctx(e, format!("moving into {}", tasks.display())))?;
        }
        Ok(())
    }

    /// Move the calling process back to the root of every joined v1
    /// hierarchy, the same way as [`Cgroups::enter_v1`].
    pub fn leave_v1(&self) -> io::Result<()> {
        for d in self.dirs.iter().filter(|d| !d.hierarchy.v2) {
            let tasks = d.hierarchy.mountpoint.join("tasks");
            fs::write(&tasks, "0").map_err(|e| ctx(e, format!("moving into {}", tasks.display())))?;
        }
        Ok(())
    }

    /// The container's cgroup2 payload, if there is a cgroup2 hierarchy,
    /// for the init to be born in (clone3's CLONE_INTO_CGROUP).
    pub fn open_payload_v2(&self) -> io::Result<Option<std::os::fd::OwnedFd>> {
        let Some(d) = self.dirs.iter().find(|d| d.hierarchy.v2) else { return Ok(None) };
        open_dir(&d.path.join(PAYLOAD)).map(Some)
    }

    /// `imageapi/shims` of the cgroup2 hierarchy, made if missing, for the
    /// shim to be born in.
    pub fn open_shims(&self) -> io::Result<Option<std::os::fd::OwnedFd>> {
        let Some(d) = self.dirs.iter().find(|d| d.hierarchy.v2) else { return Ok(None) };
        let p = d.hierarchy.mountpoint.join(PARENT).join(SHIMS);
        fs::create_dir_all(&p).map_err(|e| ctx(e, format!("creating cgroup {}", p.display())))?;
        open_dir(&p).map(Some)
    }

    /// Every process in `leaf` or below it, in any joined hierarchy.
    pub fn procs(&self, leaf: &str) -> Vec<i32> {
        let mut all = BTreeSet::new();
        for d in &self.dirs {
            walk(&d.path.join(leaf), &mut |dir| {
                if let Ok(s) = fs::read_to_string(dir.join("cgroup.procs")) {
                    all.extend(s.lines().filter_map(|l| l.trim().parse::<i32>().ok()).filter(|p| *p > 0));
                }
            });
        }
        all.into_iter().collect()
    }

    fn freezer(&self) -> Option<&Dir> {
        self.dirs.iter().find(|d| d.hierarchy.has("freezer")).or_else(|| self.dirs.iter().find(|d| d.hierarchy.v2))
    }

    /// Freeze the payload and wait until the kernel says it is frozen; on a
    /// timeout the payload is thawed again and the error returned.
    pub fn freeze(&self) -> io::Result<()> {
        let d = self.freezer().ok_or_else(|| io::Error::new(ErrorKind::Unsupported, "no freezer hierarchy"))?;
        let p = d.path.join(PAYLOAD);
        let frozen = || -> io::Result<bool> {
            if d.hierarchy.v2 {
                Ok(fs::read_to_string(p.join("cgroup.events"))?.lines().any(|l| l == "frozen 1"))
            } else {
                Ok(fs::read_to_string(p.join("freezer.state"))?.trim() == "FROZEN")
            }
        };
        self.set_frozen(true)?;
        let deadline = Instant::now() + FREEZE_TIMEOUT;
        loop {
            if frozen()? {
                return Ok(());
            }
            if Instant::now() > deadline {
                let _ = self.set_frozen(false);
                return Err(io::Error::new(ErrorKind::TimedOut, format!("{} did not freeze within {FREEZE_TIMEOUT:?}", p.display())));
            }
            sleep(Duration::from_millis(10));
        }
    }

    pub fn thaw(&self) -> io::Result<()> {
        self.set_frozen(false)
    }

    /// Whether the payload is frozen (or freezing).
    pub fn is_frozen(&self) -> io::Result<bool> {
        let d = self.freezer().ok_or_else(|| io::Error::new(ErrorKind::Unsupported, "no freezer hierarchy"))?;
        let p = d.path.join(PAYLOAD);
        if d.hierarchy.v2 {
            Ok(fs::read_to_string(p.join("cgroup.freeze"))?.trim() == "1")
        } else {
            Ok(fs::read_to_string(p.join("freezer.state"))?.trim() != "THAWED")
        }
    }

    fn set_frozen(&self, on: bool) -> io::Result<()> {
        let d = self.freezer().ok_or_else(|| io::Error::new(ErrorKind::Unsupported, "no freezer hierarchy"))?;
        let p = d.path.join(PAYLOAD);
        let (file, value) = match (d.hierarchy.v2, on) {
            (true, on) => ("cgroup.freeze", if on { "1" } else { "0" }),
            (false, true) => ("freezer.state", "FROZEN"),
            (false, false) => ("freezer.state", "THAWED"),
        };
        fs::write(p.join(file), value).map_err(|e| ctx(e, format!("writing {value} to {}", p.join(file).display())))
    }

    /// SIGKILL every process of the payload. With a v1 freezer: freeze, kill
    /// each listed process, thaw (nothing can fork while frozen, so the list
    /// is complete). Without: cgroup2's cgroup.kill, which does the same in
    /// the kernel. Missing cgroups mean nothing is left to kill.
    pub fn kill(&self) -> io::Result<()> {
        if !self.dirs.iter().any(|d| d.path.join(PAYLOAD).exists()) {
            return Ok(());
        }
        let v1_freezer = self.dirs.iter().any(|d| d.hierarchy.has("freezer"));
        let v2 = self.dirs.iter().find(|d| d.hierarchy.v2);
        if !v1_freezer {
            if let Some(d) = v2 {
                let kill = d.path.join(PAYLOAD).join("cgroup.kill");
                if kill.exists() {
                    return fs::write(&kill, "1").map_err(|e| ctx(e, format!("writing 1 to {}", kill.display())));
                }
            }
        }
        // Frozen tasks cannot fork, so one pass over the list gets them all.
        let froze = self.freeze();
        for pid in self.procs(PAYLOAD) {
            // SAFETY: kill(2) has no memory effects; pid is from the payload cgroup.
            unsafe { libc::kill(pid, libc::SIGKILL) };
        }
        let thawed = self.thaw();
        froze.and(thawed)
    }

    /// Wait until no process is left in the payload; true if it emptied.
    pub fn wait_empty(&self, timeout: Duration) -> bool {
        let deadline = Instant::now() + timeout;
        loop {
            if self.procs(PAYLOAD).is_empty() {
                return true;
            }
            if Instant::now() > deadline {
                return false;
            }
            sleep(Duration::from_millis(20));
        }
    }

    /// Remove every cgroup of the container, deepest first (systemd in the
    /// container leaves its own below payload). Idempotent; fails with
    /// EBUSY while processes remain. The shared `imageapi` parent (and
    /// cgroup2's `shims`) is removed too when this was the last container
    /// in it and no shim is left.
    pub fn remove(&self) -> io::Result<()> {
        let mut first_err = None;
        for d in &self.dirs {
            if let Err(e) = remove_tree(&d.path) {
                first_err.get_or_insert(e);
            }
            if let Some(parent) = d.path.parent() {
                // Other containers and shims may still live there: that is fine.
                if d.hierarchy.v2 {
                    match fs::remove_dir(parent.join(SHIMS)) {
                        Err(e) if e.kind() != ErrorKind::NotFound => continue,
                        _ => {}
                    }
                }
                let _ = fs::remove_dir(parent);
            }
        }
        first_err.map_or(Ok(()), Err)
    }
}

/// Enable for `dir`'s children every controller `dir` itself has (cgroup2
/// delegation, best effort: a controller that cannot be enabled is left out).
fn delegate(dir: &Path) {
    let Ok(offered) = fs::read_to_string(dir.join("cgroup.controllers")) else { return };
    // Each write re-applies the controllers to the whole subtree: only
    // those not enabled yet (the shared parent has them after the first).
    let enabled = fs::read_to_string(dir.join("cgroup.subtree_control")).unwrap_or_default();
    for c in offered.split_whitespace().filter(|c| !enabled.split_whitespace().any(|e| e == *c)) {
        let _ = fs::write(dir.join("cgroup.subtree_control"), format!("+{c}"));
    }
}

/// The calling process's cgroup2 directory: where [`enter_v2`] takes it
/// back after a clone without clone3 (see `shim.rs`).
pub fn current_v2_dir() -> io::Result<std::os::fd::OwnedFd> {
    let own = fs::read_to_string("/proc/self/cgroup")?;
    let rel = own.lines().find_map(|l| l.strip_prefix("0::")).ok_or_else(|| io::Error::other("no cgroup2 line in /proc/self/cgroup"))?;
    let layout = Layout::detect()?;
    let v2 = layout.v2().ok_or_else(|| io::Error::other("no cgroup2 hierarchy is mounted"))?;
    open_dir(&v2.mountpoint.join(rel.trim_start_matches('/')))
}

/// Move the calling process into the cgroup2 directory `dir` (by writing 0
/// to its `cgroup.procs`: a move by pid, which only kernels without
/// clone3's CLONE_INTO_CGROUP need).
pub fn enter_v2(dir: &std::os::fd::OwnedFd) -> io::Result<()> {
    use std::os::fd::AsRawFd;
    // SAFETY: a NUL-terminated name relative to a directory we hold.
    let fd = unsafe { libc::openat(dir.as_raw_fd(), c"cgroup.procs".as_ptr(), libc::O_WRONLY | libc::O_CLOEXEC) };
    if fd < 0 {
        return Err(ctx(io::Error::last_os_error(), "opening cgroup.procs to move into it".to_string()));
    }
    // SAFETY: openat returned a fresh descriptor that nothing else owns.
    let mut f = unsafe { <fs::File as std::os::fd::FromRawFd>::from_raw_fd(fd) };
    io::Write::write_all(&mut f, b"0").map_err(|e| ctx(e, "moving into a cgroup2 directory".to_string()))
}

/// Make the cgroup `p` and its parents, if missing. A concurrent cleanup
/// of another container may remove the shared parent between the mkdirs:
/// then once more.
fn make_dir(p: &Path) -> io::Result<()> {
    match fs::create_dir_all(p) {
        Err(e) if e.kind() == ErrorKind::NotFound => fs::create_dir_all(p),
        other => other,
    }
    .map_err(|e| ctx(e, format!("creating cgroup {}", p.display())))
}

/// Remove the cgroup `dir` and every cgroup below it, deepest first;
/// the first error, if any (a missing cgroup is none).
fn remove_tree(dir: &Path) -> io::Result<()> {
    let mut dirs = Vec::new();
    walk(dir, &mut |p| dirs.push(p.to_path_buf()));
    let mut first_err = None;
    for p in dirs.iter().rev() {
        match fs::remove_dir(p) {
            Ok(()) => {}
            Err(e) if e.kind() == ErrorKind::NotFound => {}
            Err(e) => {
                first_err.get_or_insert(ctx(e, format!("removing cgroup {}", p.display())));
            }
        }
    }
    first_err.map_or(Ok(()), Err)
}

fn open_dir(p: &Path) -> io::Result<std::os::fd::OwnedFd> {
    fs::File::open(p).map(Into::into).map_err(|e| ctx(e, format!("opening {}", p.display())))
}

/// Call `f` on `dir` and every directory below it, parents first.
fn walk(dir: &Path, f: &mut dyn FnMut(&Path)) {
    if !dir.is_dir() {
        return;
    }
    f(dir);
    if let Ok(entries) = fs::read_dir(dir) {
        for e in entries.flatten() {
            if e.file_type().map(|t| t.is_dir()).unwrap_or(false) {
                walk(&e.path(), f);
            }
        }
    }
}

fn ctx(e: io::Error, what: String) -> io::Error {
    io::Error::new(e.kind(), format!("{what}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const HYBRID: &str = "\
30 25 0:26 / /sys/fs/cgroup ro,nosuid,nodev,noexec shared:9 - tmpfs tmpfs ro,mode=755
31 30 0:27 / /sys/fs/cgroup/unified rw,nosuid,nodev,noexec,relatime shared:10 - cgroup2 cgroup2 rw,nsdelegate
32 30 0:28 / /sys/fs/cgroup/systemd rw,nosuid,nodev,noexec,relatime shared:11 - cgroup cgroup rw,xattr,name=systemd
35 30 0:31 / /sys/fs/cgroup/cpu,cpuacct rw,nosuid,nodev,noexec,relatime shared:15 - cgroup cgroup rw,cpu,cpuacct
36 30 0:32 / /sys/fs/cgroup/freezer rw,nosuid,nodev,noexec,relatime shared:16 - cgroup cgroup rw,freezer
37 30 0:33 / /sys/fs/cgroup/memory rw,nosuid,nodev,noexec,relatime shared:17 - cgroup cgroup rw,memory
";

    fn known() -> BTreeSet<String> {
        ["cpu", "cpuacct", "freezer", "memory", "pids"].iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn hybrid_layout_joins_systemd_freezer_and_unified() {
        let l = parse_mountinfo(HYBRID, &known());
        assert!(!l.unified_root);
        assert_eq!(l.v1().map(|h| h.options.as_str()).collect::<Vec<_>>(), ["name=systemd", "cpu,cpuacct", "freezer", "memory"]);
        let c = Cgroups::for_container(&l, "7");
        let paths: Vec<_> = c.dirs.iter().map(|d| d.path.clone()).collect();
        assert_eq!(
            paths,
            [
                PathBuf::from("/sys/fs/cgroup/unified/imageapi/7"),
                PathBuf::from("/sys/fs/cgroup/systemd/imageapi/7"),
                PathBuf::from("/sys/fs/cgroup/freezer/imageapi/7"),
            ]
        );
    }

    #[test]
    fn pure_v2_layout() {
        let mi = "30 25 0:26 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:4 - cgroup2 cgroup2 rw,nsdelegate,memory_recursiveprot\n";
        let l = parse_mountinfo(mi, &known());
        assert!(l.unified_root);
        let c = Cgroups::for_container(&l, "3");
        assert_eq!(c.dirs.len(), 1);
        assert_eq!(c.dirs[0].path, PathBuf::from("/sys/fs/cgroup/imageapi/3"));
    }

    #[test]
    fn names_differ_across_run_dirs_and_ids() {
        let a = name_for(1, Path::new("/run/a/containers/1"));
        assert!(a.starts_with("1-") && a.len() == 18, "{a}");
        assert_eq!(a, name_for(1, Path::new("/run/a/containers/1")));
        assert_ne!(a, name_for(1, Path::new("/run/b/containers/1")));
        assert_ne!(a, name_for(2, Path::new("/run/a/containers/1")));
    }
}
