//! Which container holds which host id range, host-wide: two containers
//! with a user namespace must never share host ids (their roots would own
//! each other's files and could signal each other's processes), also when
//! they belong to different servers on one node.
//!
//! A range is held by a file in [`REGISTRY`] named after its first host id
//! and holding the state directory of its container. A container's range
//! starts at the slot its state directory hashes to ([`super::userns::shift_for`])
//! and moves to the next free slot on a collision. It is held from the
//! container's first start until its deletion, so files its root made in a
//! writable layer keep their owner across restarts of the container and
//! of the server. A file whose server's run directory is gone (a server
//! that crashed and was cleaned away) holds nothing.

use super::userns::{shift_for, FIRST_SHIFT, RANGE, SLOTS};
use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

/// On a node's tmpfs: ranges end with the containers at a reboot.
pub const REGISTRY: &str = "/run/imageapi-idranges";

/// The first host id of the range of the container whose state lives in
/// `state_dir`: the one it holds already, or a free one it now holds.
pub fn reserve(state_dir: &Path) -> io::Result<u32> {
    reserve_in(Path::new(REGISTRY), state_dir, shift_for(state_dir))
}

/// Give up the range of the container of `state_dir` (at its deletion).
pub fn release(state_dir: &Path) {
    release_in(Path::new(REGISTRY), state_dir)
}

fn reserve_in(registry: &Path, state_dir: &Path, preferred: u32) -> io::Result<u32> {
    if let Some((shift, _)) = held(registry, state_dir)?.into_iter().next() {
        return Ok(shift);
    }
    let first = (preferred - FIRST_SHIFT) / RANGE;
    for k in 0..SLOTS as u32 {
        let shift = FIRST_SHIFT + (first + k) % SLOTS as u32 * RANGE;
        let path = registry.join(shift.to_string());
        // Twice: once more after taking over a stale file.
        for _ in 0..2 {
            match create(registry, &path, state_dir) {
                Ok(()) => return Ok(shift),
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
                Err(e) => return Err(io::Error::new(e.kind(), format!("holding {}: {e}", path.display()))),
            }
            match fs::read(&path) {
                Ok(owner) if !server_gone(Path::new(std::ffi::OsStr::from_bytes(&owner))) => break,
                // Its server's run directory is gone: take it over.
                Ok(_) => {
                    log::info!("id range {shift}: the server of its container is gone; reusing it");
                    let _ = fs::remove_file(&path);
                }
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(io::Error::new(e.kind(), format!("reading {}: {e}", path.display()))),
            }
        }
    }
    Err(io::Error::other(format!("every one of the {SLOTS} id ranges is held by a container")))
}

/// Whether the server that holds a range for `owner` is gone: the
/// directory of its containers' state is. (The state directory itself
/// comes and goes with each start, so it cannot tell.)
fn server_gone(owner: &Path) -> bool {
    !owner.parent().is_some_and(Path::exists)
}

/// The file of a new hold, created only if nobody holds `path`; the
/// registry is made (again) as needed, since the last release removes it.
fn create(registry: &Path, path: &Path, state_dir: &Path) -> io::Result<()> {
    loop {
        match OpenOptions::new().write(true).create_new(true).mode(0o600).open(path) {
            Ok(mut f) => return f.write_all(state_dir.as_os_str().as_bytes()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => match fs::DirBuilder::new().mode(0o700).create(registry) {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
                Err(e) => return Err(e),
            },
            Err(e) => return Err(e),
        }
    }
}

/// The ranges held for `state_dir` (one, unless something went wrong).
fn held(registry: &Path, state_dir: &Path) -> io::Result<Vec<(u32, PathBuf)>> {
    let entries = match fs::read_dir(registry) {
        Ok(d) => d,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io::Error::new(e.kind(), format!("reading {}: {e}", registry.display()))),
    };
    let mine = state_dir.as_os_str().as_bytes();
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let Some(shift) = entry.file_name().to_str().and_then(|n| n.parse::<u32>().ok()) else { continue };
        if fs::read(entry.path()).is_ok_and(|owner| owner == mine) {
            out.push((shift, entry.path()));
        }
    }
    Ok(out)
}

fn release_in(registry: &Path, state_dir: &Path) {
    for (shift, path) in held(registry, state_dir).unwrap_or_default() {
        match fs::remove_file(&path) {
            Ok(()) => log::debug!("id range {shift} released by {}", state_dir.display()),
            Err(e) => log::warn!("releasing id range {shift} ({}): {e}", path.display()),
        }
    }
    // The last one out removes the registry (not empty: someone holds a range).
    let _ = fs::remove_dir(registry);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colliding_containers_get_different_ranges_and_keep_them() {
        let tmp = tempfile::tempdir().unwrap();
        let registry = tmp.path().join("registry");
        let (a, b) = (tmp.path().join("one/containers/1"), tmp.path().join("one/containers/2"));
        let c = tmp.path().join("two/containers/1");
        for d in [&a, &b, &c] {
            fs::create_dir_all(d).unwrap();
        }
        let last = FIRST_SHIFT + (SLOTS as u32 - 1) * RANGE;
        // All three hash to the last slot: the next ones wrap around.
        let ra = reserve_in(&registry, &a, last).unwrap();
        let rb = reserve_in(&registry, &b, last).unwrap();
        assert_eq!((ra, rb), (last, FIRST_SHIFT));
        assert_eq!(reserve_in(&registry, &a, last).unwrap(), ra, "a container keeps its range");
        // A freed slot ahead of b does not move b.
        release_in(&registry, &a);
        assert_eq!(reserve_in(&registry, &b, last).unwrap(), rb);
        assert_eq!(reserve_in(&registry, &c, last).unwrap(), last, "a released range is free again");
        // A container whose server's run directory is gone holds nothing.
        fs::remove_dir_all(tmp.path().join("two")).unwrap();
        assert_eq!(reserve_in(&registry, &a, last).unwrap(), last);
        release_in(&registry, &a);
        release_in(&registry, &b);
        assert!(!registry.exists(), "the last release removes the registry");
    }
}
