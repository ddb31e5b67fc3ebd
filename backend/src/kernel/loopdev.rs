//! Loop devices over the raw Linux ioctls. This module owns the loop ioctl
//! numbers and the `loop_info64` / `loop_config` layouts of linux/loop.h
//! (libc carries neither), the race-free choice of a free /dev/loopN, and the
//! open fd of every device it hands out. A device is either AUTOCLEAR (the
//! kernel unbinds it when its last opener, our fd or a mount, closes it) or
//! durable (it stays bound until detached, across a restart of the server);
//! a durable device carries a tag in its `lo_file_name` so that the one a
//! crashed server made but never recorded can be found and released.

use nix::errno::Errno;
use nix::sys::stat::{makedev, mknod, Mode, SFlag};
use std::ffi::OsStr;
use std::fmt;
use std::fs::{File, OpenOptions};
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

const LOOP_CONTROL: &str = "/dev/loop-control";
const ATTACH_TRIES: usize = 64;
const LO_FLAGS_READ_ONLY: u32 = 1;
const LO_FLAGS_AUTOCLEAR: u32 = 4;
const LO_FLAGS_PARTSCAN: u32 = 8;
const LO_FLAGS_DIRECT_IO: u32 = 16;

/// `struct loop_info64` of linux/loop.h.
#[repr(C)]
#[derive(Clone, Copy)]
struct LoopInfo64 {
    lo_device: u64,
    lo_inode: u64,
    lo_rdevice: u64,
    lo_offset: u64,
    lo_sizelimit: u64,
    lo_number: u32,
    lo_encrypt_type: u32,
    lo_encrypt_key_size: u32,
    lo_flags: u32,
    lo_file_name: [u8; 64],
    lo_crypt_name: [u8; 64],
    lo_encrypt_key: [u8; 32],
    lo_init: [u64; 2],
}

/// `struct loop_config` of linux/loop.h (LOOP_CONFIGURE, Linux 5.8).
#[repr(C)]
struct LoopConfig {
    fd: u32,
    block_size: u32,
    info: LoopInfo64,
    reserved: [u64; 8],
}

const _: () = assert!(std::mem::size_of::<LoopInfo64>() == 232 && std::mem::size_of::<LoopConfig>() == 304);

mod ioctl {
    use super::{LoopConfig, LoopInfo64};
    nix::ioctl_write_int_bad!(set_fd, 0x4C00);
    nix::ioctl_none_bad!(clr_fd, 0x4C01);
    nix::ioctl_write_ptr_bad!(set_status64, 0x4C04, LoopInfo64);
    nix::ioctl_read_bad!(get_status64, 0x4C05, LoopInfo64);
    nix::ioctl_write_int_bad!(set_direct_io, 0x4C08);
    nix::ioctl_write_ptr_bad!(configure, 0x4C0A, LoopConfig);
    nix::ioctl_none_bad!(ctl_get_free, 0x4C82);
}

pub struct LoopOptions {
    pub read_only: bool,
    pub partscan: bool,
    pub direct_io: bool,
    /// Unbind when the last opener closes (else the device is durable).
    pub autoclear: bool,
}

/// An attached loop device, held open by this process.
#[derive(Debug)]
pub struct LoopDevice {
    number: u32,
    fd: OwnedFd,
    read_only: bool,
}

/// A failed kernel step: the variant names the step, with the path it was about and the errno.
#[derive(Debug)]
pub enum LoopError {
    OpenControl { path: PathBuf, errno: Errno },
    GetFree { path: PathBuf, errno: Errno },
    NoFreeDevice { path: PathBuf, errno: Errno },
    MakeNode { path: PathBuf, errno: Errno },
    Open { path: PathBuf, errno: Errno },
    Configure { path: PathBuf, errno: Errno },
    SetFd { path: PathBuf, errno: Errno },
    SetStatus { path: PathBuf, errno: Errno },
    SetDirectIo { path: PathBuf, errno: Errno },
    GetStatus { path: PathBuf, errno: Errno },
    NotAttached { path: PathBuf, errno: Errno },
    Detach { path: PathBuf, errno: Errno },
}

impl LoopError {
    /// (what failed, the path, the ioctl if one, the errno), for Display and the accessors.
    fn parts(&self) -> (&'static str, &Path, &'static str, Errno) {
        use LoopError::*;
        let (what, path, ioctl, errno) = match self {
            OpenControl { path, errno } => ("could not open the loop control device", path, "", errno),
            GetFree { path, errno } => ("could not get a free loop device from", path, " (LOOP_CTL_GET_FREE)", errno),
            NoFreeDevice { path, errno } => ("other processes took first each of 64 free loop devices offered by", path, "", errno),
            MakeNode { path, errno } => ("could not create the missing device node", path, "", errno),
            Open { path, errno } => ("could not open loop device", path, "", errno),
            Configure { path, errno } => ("could not bind the backing file to", path, " (LOOP_CONFIGURE)", errno),
            SetFd { path, errno } => ("could not bind the backing file to", path, " (LOOP_SET_FD)", errno),
            SetStatus { path, errno } => ("could not set the flags and file name of", path, " (LOOP_SET_STATUS64)", errno),
            SetDirectIo { path, errno } => ("could not turn on direct I/O for", path, " (LOOP_SET_DIRECT_IO)", errno),
            GetStatus { path, errno } => ("could not read the status of", path, " (LOOP_GET_STATUS64)", errno),
            NotAttached { path, errno } => ("no backing file is attached to loop device", path, "", errno),
            Detach { path, errno } => ("could not detach", path, " (LOOP_CLR_FD)", errno),
        };
        (what, path, ioctl, *errno)
    }
    pub fn path(&self) -> &Path {
        self.parts().1
    }
    pub fn errno(&self) -> Errno {
        self.parts().3
    }
}

impl fmt::Display for LoopError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let (what, path, ioctl, errno) = self.parts();
        write!(f, "{what} {}{ioctl}: {errno}", path.display())
    }
}

impl std::error::Error for LoopError {}

fn device_path(number: u32) -> PathBuf {
    PathBuf::from(format!("/dev/loop{number}"))
}

fn open_node(path: &Path, read_only: bool) -> Result<OwnedFd, Errno> {
    // std always adds O_CLOEXEC: a child we spawn must never hold a device open.
    let file = OpenOptions::new().read(true).write(!read_only).open(path);
    file.map(OwnedFd::from).map_err(|e| Errno::from_raw(e.raw_os_error().unwrap_or(libc::EIO)))
}

/// Opens /dev/loopN, first creating the node if the kernel has the device but /dev lacks it (no devtmpfs).
fn open_device(number: u32, read_only: bool) -> Result<OwnedFd, LoopError> {
    let path = device_path(number);
    match open_node(&path, read_only) {
        Err(Errno::ENOENT) if Path::new(&format!("/sys/block/loop{number}")).exists() => {
            make_node(&path, number).map_err(|errno| LoopError::MakeNode { path: path.clone(), errno })?;
            open_node(&path, read_only)
        }
        other => other,
    }
    .map_err(|errno| match errno {
        Errno::ENXIO => LoopError::NotAttached { path, errno }, // another opener is tearing it down
        _ => LoopError::Open { path, errno },
    })
}

/// Creates a block node at `path` for loop `number`: the kernel's "major:minor", else 7:N.
fn make_node(path: &Path, number: u32) -> Result<(), Errno> {
    let sysfs = std::fs::read_to_string(format!("/sys/block/loop{number}/dev")).unwrap_or_default();
    let (major, minor) = match sysfs.trim().split_once(':').map(|(a, b)| (a.parse(), b.parse())) {
        Some((Ok(major), Ok(minor))) => (major, minor), // differs from 7:N when max_part shifts minors
        _ => (7, u64::from(number)),
    };
    match mknod(path, SFlag::S_IFBLK, Mode::from_bits_truncate(0o660), makedev(major, minor)) {
        Ok(()) | Err(Errno::EEXIST) => Ok(()), // a concurrent attach made it first
        Err(e) => Err(e),
    }
}

/// Attach `backing` (an already opened regular file; its open mode must match read_only) to a free loop device.
pub fn attach(backing: &File, backing_name: &Path, opts: &LoopOptions) -> Result<LoopDevice, LoopError> {
    attach_with(backing, backing_name, opts, false)
}

fn attach_with(backing: &File, name: &Path, opts: &LoopOptions, legacy: bool) -> Result<LoopDevice, LoopError> {
    let control_path = PathBuf::from(LOOP_CONTROL);
    let control = open_node(&control_path, false).map_err(|errno| LoopError::OpenControl { path: control_path.clone(), errno })?;
    for _ in 0..ATTACH_TRIES {
        // The kernel names an unbound device, adding one if all are bound; it reserves nothing.
        // SAFETY: LOOP_CTL_GET_FREE takes no argument; `control` is an open loop-control fd.
        let number = unsafe { ioctl::ctl_get_free(control.as_raw_fd()) }
            .map_err(|errno| LoopError::GetFree { path: control_path.clone(), errno })? as u32;
        let fd = match open_device(number, opts.read_only) {
            Ok(fd) => fd,
            Err(LoopError::NotAttached { .. }) => continue, // its last user is unbinding it right now
            Err(e) => return Err(e),
        };
        match configure(&fd, backing, name, opts, &device_path(number), legacy) {
            // EBUSY: another process bound it between GET_FREE and our ioctl; ask again.
            Err(LoopError::Configure { errno: Errno::EBUSY, .. } | LoopError::SetFd { errno: Errno::EBUSY, .. }) => continue,
            Err(e) => return Err(e),
            Ok(()) => {}
        }
        // The kernel also makes it read-only on its own when the backing fd is not writable.
        let read_only = status(&fd, &device_path(number)).map_or(opts.read_only, |s| s.lo_flags & LO_FLAGS_READ_ONLY != 0);
        return Ok(LoopDevice { number, fd, read_only });
    }
    Err(LoopError::NoFreeDevice { path: control_path, errno: Errno::EBUSY })
}

fn configure(fd: &OwnedFd, backing: &File, name: &Path, opts: &LoopOptions, path: &Path, legacy: bool) -> Result<(), LoopError> {
    // SAFETY: LoopInfo64 is plain integers and byte arrays; all zeroes is the kernel's default.
    let mut info: LoopInfo64 = unsafe { std::mem::zeroed() };
    let name = name.as_os_str().as_bytes();
    let len = name.len().min(info.lo_file_name.len() - 1); // keep the closing NUL
    info.lo_file_name[..len].copy_from_slice(&name[..len]);
    let flag = |on: bool, flag: u32| if on { flag } else { 0 };
    info.lo_flags = flag(opts.autoclear, LO_FLAGS_AUTOCLEAR) | flag(opts.read_only, LO_FLAGS_READ_ONLY) | flag(opts.partscan, LO_FLAGS_PARTSCAN) | flag(opts.direct_io, LO_FLAGS_DIRECT_IO);
    if !legacy {
        let config = LoopConfig { fd: backing.as_raw_fd() as u32, block_size: 0, info, reserved: [0; 8] };
        // One step binds the file and sets every flag and the name: no moment half-configured.
        // SAFETY: `config` is a live, correctly laid out loop_config that the kernel only reads.
        match unsafe { ioctl::configure(fd.as_raw_fd(), &config) } {
            Ok(_) => return Ok(()),
            Err(Errno::EINVAL | Errno::ENOTTY) => {} // kernels before 5.8 do not know it (losetup's test too)
            Err(errno) => return Err(LoopError::Configure { path: path.into(), errno }),
        }
    }
    // The fallback binds first; read-only then follows the backing file's open mode.
    // SAFETY: LOOP_SET_FD takes the backing fd as its integer argument; both fds are open.
    unsafe { ioctl::set_fd(fd.as_raw_fd(), backing.as_raw_fd()) }.map_err(|errno| LoopError::SetFd { path: path.into(), errno })?;
    let undo = |e: LoopError| {
        // SAFETY: LOOP_CLR_FD takes no argument; it unbinds what we just bound, at our close.
        let _ = unsafe { ioctl::clr_fd(fd.as_raw_fd()) };
        e
    };
    // Then the name and the only flags LOOP_SET_STATUS64 may set (AUTOCLEAR, PARTSCAN).
    info.lo_flags &= LO_FLAGS_AUTOCLEAR | LO_FLAGS_PARTSCAN;
    // SAFETY: `info` is a live, correctly laid out loop_info64 that the kernel only reads.
    unsafe { ioctl::set_status64(fd.as_raw_fd(), &info) }.map_err(|errno| undo(LoopError::SetStatus { path: path.into(), errno }))?;
    if opts.direct_io {
        // Direct I/O has its own ioctl on this path.
        // SAFETY: LOOP_SET_DIRECT_IO takes a plain integer, 1 for on.
        unsafe { ioctl::set_direct_io(fd.as_raw_fd(), 1) }.map_err(|errno| undo(LoopError::SetDirectIo { path: path.into(), errno }))?;
    }
    Ok(())
}

fn status(fd: &OwnedFd, path: &Path) -> Result<LoopInfo64, LoopError> {
    // SAFETY: all zeroes is a valid LoopInfo64.
    let mut info: LoopInfo64 = unsafe { std::mem::zeroed() };
    // The kernel answers ENXIO for a device with no backing file.
    // SAFETY: `info` is a live, correctly laid out loop_info64 that the kernel fills in.
    match unsafe { ioctl::get_status64(fd.as_raw_fd(), &mut info) } {
        Ok(_) => Ok(info),
        Err(Errno::ENXIO) => Err(LoopError::NotAttached { path: path.into(), errno: Errno::ENXIO }),
        Err(errno) => Err(LoopError::GetStatus { path: path.into(), errno }),
    }
}

impl LoopDevice {
    pub fn number(&self) -> u32 {
        self.number
    }

    pub fn path(&self) -> PathBuf {
        device_path(self.number)
    }

    /// Whether the kernel made the device read-only (asked for, or forced by a read-only backing fd).
    pub fn read_only(&self) -> bool {
        self.read_only
    }

    /// The backing file's (st_dev, st_ino) as LOOP_GET_STATUS64 reports them; they compare equal to `MetadataExt`'s.
    pub fn backing_inode(&self) -> Result<(u64, u64), LoopError> {
        status(&self.fd, &self.path()).map(|s| (s.lo_device, s.lo_inode))
    }

    /// The name given at attach (`lo_file_name`): this server's tag, for its own devices.
    pub fn tag(&self) -> Result<String, LoopError> {
        let info = status(&self.fd, &self.path())?;
        let end = info.lo_file_name.iter().position(|b| *b == 0).unwrap_or(info.lo_file_name.len());
        Ok(String::from_utf8_lossy(&info.lo_file_name[..end]).into_owned())
    }

    /// Re-open an existing attached device (for re-adoption after a restart); fails if it is not attached.
    /// Mind AUTOCLEAR: dropping this handle unbinds such a device if nothing else (a mount) holds it.
    pub fn open_existing(number: u32) -> Result<LoopDevice, LoopError> {
        let fd = match open_device(number, false) {
            Err(LoopError::Open { errno: Errno::EROFS | Errno::EACCES, .. }) => open_device(number, true)?, // a kernel that refuses to open a read-only device for writing
            other => other?,
        };
        let read_only = status(&fd, &device_path(number))?.lo_flags & LO_FLAGS_READ_ONLY != 0;
        Ok(LoopDevice { number, fd, read_only })
    }

    /// Detach: LOOP_CLR_FD then close. Idempotent-friendly: a device that is already cleared (ENXIO) is Ok.
    /// A device still held elsewhere (a mount) is unbound by the kernel when that holder lets go.
    pub fn detach(self) -> Result<(), LoopError> {
        let path = self.path();
        // CLR_FD only marks the device (and bars new openers if ours is the last); unbinding happens at the last close.
        // SAFETY: LOOP_CLR_FD takes no argument; `self.fd` is an open loop device fd.
        match unsafe { ioctl::clr_fd(self.fd.as_raw_fd()) } {
            // Returning drops (closes) our fd: as the last opener, that is what unbinds the device.
            Ok(_) | Err(Errno::ENXIO) => Ok(()),
            Err(errno) => Err(LoopError::Detach { path, errno }),
        }
    }
}

/// The bound loop devices whose `lo_file_name` (the name given at attach)
/// starts with `prefix`, with that name.
pub fn tagged(prefix: &str) -> Vec<(u32, String)> {
    let Ok(entries) = std::fs::read_dir("/sys/block") else { return Vec::new() };
    let mut found = Vec::new();
    for e in entries.flatten() {
        let name = e.file_name();
        let Some(number) = name.to_str().and_then(|n| n.strip_prefix("loop")).and_then(|n| n.parse::<u32>().ok()) else { continue };
        // Only bound devices have a backing file; skip the others unopened.
        if !e.path().join("loop/backing_file").exists() {
            continue;
        }
        let Ok(fd) = open_node(&device_path(number), true) else { continue };
        let Ok(info) = status(&fd, &device_path(number)) else { continue };
        let end = info.lo_file_name.iter().position(|b| *b == 0).unwrap_or(info.lo_file_name.len());
        let tag = String::from_utf8_lossy(&info.lo_file_name[..end]).into_owned();
        if tag.starts_with(prefix) {
            found.push((number, tag));
        }
    }
    found
}

/// The backing file the kernel reports in /sys/block/loopN/loop/backing_file, if attached.
pub fn sysfs_backing_file(number: u32) -> Option<PathBuf> {
    let mut raw = std::fs::read(format!("/sys/block/loop{number}/loop/backing_file")).ok()?;
    if raw.last() == Some(&b'\n') {
        raw.pop();
    }
    (!raw.is_empty()).then(|| PathBuf::from(OsStr::from_bytes(&raw)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    use std::time::{Duration, Instant};

    /// Detaches what a test attached, also when one of its assertions fails.
    struct Guard(Option<LoopDevice>, PathBuf);
    impl Guard {
        fn dev(&self) -> &LoopDevice {
            self.0.as_ref().unwrap()
        }
        /// Detaches, then waits until the kernel no longer names our file (poll up to 2 s: it may finish later).
        fn detach(mut self) {
            let (n, start) = (self.dev().number(), Instant::now());
            let dev = self.0.take().unwrap();
            dev.detach().expect("detach");
            while sysfs_backing_file(n).as_deref() == Some(self.1.as_path()) {
                assert!(start.elapsed() < Duration::from_secs(2), "loop{n} still backs {}", self.1.display());
                std::thread::sleep(Duration::from_millis(10));
            }
        }
    }
    impl Drop for Guard {
        fn drop(&mut self) {
            if let Some(dev) = self.0.take() {
                let _ = dev.detach();
            }
        }
    }

    /// Attaches a fresh 4 MiB sparse file in `dir` (opened read-only for a read-only device).
    fn attach_sparse(dir: &Path, name: &str, opts: LoopOptions, legacy: bool) -> Guard {
        let path = dir.join(name);
        File::create(&path).unwrap().set_len(4 << 20).unwrap();
        let file = OpenOptions::new().read(true).write(!opts.read_only).open(&path).unwrap();
        let path = path.canonicalize().unwrap(); // sysfs names the resolved path
        Guard(Some(attach_with(&file, &path, &opts, legacy).expect("attach")), path)
    }

    fn opts(read_only: bool) -> LoopOptions {
        LoopOptions { read_only, partscan: false, direct_io: false, autoclear: true }
    }

    fn sysfs(number: u32, entry: &str) -> String {
        std::fs::read_to_string(format!("/sys/block/loop{number}/{entry}")).unwrap().trim().to_string()
    }

    #[test]
    fn attach_names_the_file_and_detach_releases_it() {
        let dir = tempfile::tempdir().unwrap();
        let g = attach_sparse(dir.path(), "disk.img", opts(false), false);
        let n = g.dev().number();
        assert_eq!(g.dev().path(), PathBuf::from(format!("/dev/loop{n}")));
        assert!(std::fs::metadata(g.dev().path()).unwrap().file_type().is_block_device());
        assert_eq!(sysfs_backing_file(n).as_ref(), Some(&g.1));
        assert_eq!((sysfs(n, "ro"), sysfs(n, "loop/autoclear"), sysfs(n, "size")), ("0".into(), "1".into(), "8192".into()));
        assert!(!g.dev().read_only());
        let meta = std::fs::metadata(&g.1).unwrap();
        assert_eq!(g.dev().backing_inode().unwrap(), (meta.dev(), meta.ino()));
        g.detach();
    }

    #[test]
    fn read_only_attach_with_and_without_loop_configure() {
        let dir = tempfile::tempdir().unwrap();
        for legacy in [false, true] {
            let g = attach_sparse(dir.path(), &format!("ro-{legacy}.img"), opts(true), legacy);
            assert!(g.dev().read_only(), "legacy: {legacy}");
            assert_eq!(sysfs(g.dev().number(), "ro"), "1", "legacy: {legacy}");
            assert_eq!(sysfs_backing_file(g.dev().number()).as_ref(), Some(&g.1));
            g.detach();
        }
    }

    #[test]
    fn all_flags_reach_the_kernel_with_and_without_loop_configure() {
        let dir = tempfile::tempdir().unwrap();
        for legacy in [false, true] {
            let all = LoopOptions { read_only: false, partscan: true, direct_io: true, autoclear: true };
            let g = attach_sparse(dir.path(), &format!("flags-{legacy}.img"), all, legacy);
            let n = g.dev().number();
            let got = ["loop/autoclear", "loop/partscan", "loop/dio", "ro"].map(|e| sysfs(n, e));
            assert_eq!(got, ["1", "1", "1", "0"].map(String::from), "legacy: {legacy}");
            assert_eq!(sysfs_backing_file(n).as_ref(), Some(&g.1));
            g.detach();
        }
    }

    #[test]
    fn eight_threads_get_eight_devices() {
        let dir = tempfile::tempdir().unwrap();
        let threads: Vec<_> = (0..8)
            .map(|i| {
                let dir = dir.path().to_owned();
                std::thread::spawn(move || attach_sparse(&dir, &format!("t{i}.img"), opts(false), false))
            })
            .collect();
        // Join every thread before asserting, so every guard that was made also detaches.
        let joined: Vec<_> = threads.into_iter().map(|t| t.join()).collect();
        let guards: Vec<Guard> = joined.into_iter().map(|r| r.expect("attach in a thread")).collect();
        let numbers: std::collections::HashSet<u32> = guards.iter().map(|g| g.dev().number()).collect();
        assert_eq!(numbers.len(), 8);
        for g in &guards {
            assert_eq!(sysfs_backing_file(g.dev().number()).as_ref(), Some(&g.1));
        }
        guards.into_iter().for_each(Guard::detach);
    }

    #[test]
    fn open_existing_needs_an_attached_device() {
        let dir = tempfile::tempdir().unwrap();
        let g = attach_sparse(dir.path(), "again.img", opts(false), false);
        let (n, ours) = (g.dev().number(), g.dev().backing_inode().unwrap());
        // A second handle on the same device, not a second attachment: it is only closed.
        let again = LoopDevice::open_existing(n).expect("open_existing");
        assert_eq!((again.backing_inode().unwrap(), again.read_only()), (ours, false));
        drop(again);
        assert_eq!(sysfs_backing_file(n).as_ref(), Some(&g.1), "the first handle still holds it");
        g.detach();
        // A test running alongside may have taken the number since: then it must not be ours.
        match LoopDevice::open_existing(n) {
            Err(e) => assert!(matches!(e, LoopError::NotAttached { .. }), "{e}"),
            Ok(other) => assert_ne!(other.backing_inode().ok(), Some(ours)),
        }
    }

    #[test]
    fn make_node_makes_a_loop_block_node() {
        let dir = tempfile::tempdir().unwrap();
        let node = dir.path().join("loop5");
        make_node(&node, 5).unwrap();
        make_node(&node, 5).unwrap(); // EEXIST is fine
        let meta = std::fs::metadata(&node).unwrap();
        assert!(meta.file_type().is_block_device());
        assert_eq!(meta.rdev(), std::fs::metadata("/dev/loop5").map_or(makedev(7, 5), |m| m.rdev()));
    }
}
