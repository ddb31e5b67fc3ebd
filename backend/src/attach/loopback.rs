//! `loopback` attachments: a regular file attached to a loop device.
//!
//! The file is found first without being opened (`O_PATH`, confined to its
//! base mount) and must be a regular file; only then is that very file
//! opened through its descriptor, read-write where possible and read-only
//! where the file or its filesystem is read-only. The loop device is bound
//! to that open file, so the device always backs the file that was checked,
//! and no device node or FIFO is ever opened on the way.

use super::Attachment;
use crate::error::{Error, Result};
use crate::kernel::loopdev::{self, LoopDevice, LoopOptions};
use crate::kernel::path;
use nix::errno::Errno;
use std::path::{Path, PathBuf};

#[derive(Debug)]
struct Loopback {
    device: Option<LoopDevice>,
    device_file: PathBuf,
    read_only: bool,
}

pub fn attach(file: &str, base: Option<&Path>, read_partitions: bool, want_read_only: bool, tag: &str) -> Result<Box<dyn Attachment>> {
    let what = path::describe(base, file);
    // 1. Find the file without opening it (O_PATH: no open(2) of a device
    //    or FIFO runs, so none of their side effects), confined to its base.
    let found = match base {
        Some(root) => path::open_in_root(root, file, libc::O_PATH),
        None => path::open_on_root(file, libc::O_PATH),
    }
    .map_err(|e| path::open_error(&what, e))?;
    // 2. Only regular files: a directory or device node here is a mistake.
    let meta = found.metadata().map_err(|e| Error::io(format!("examining {what}"), &e))?;
    if !meta.is_file() {
        return Err(Error::invalid(format!("attach.loopback.path: {what} is not a regular file")));
    }
    if meta.len() == 0 {
        return Err(Error::invalid(format!("attach.loopback.path: {what} is empty")));
    }
    // 3. Open that very file for real, through its descriptor: read-write
    //    if asked and allowed; a read-only file or filesystem gives a
    //    read-only device.
    let open = |flags| path::reopen(&found, flags);
    let first = if want_read_only { libc::O_RDONLY } else { libc::O_RDWR };
    let (backing, read_only) = match open(first) {
        Ok(f) if want_read_only => (f, true),
        Ok(f) => (f, false),
        Err(Errno::EROFS | Errno::EACCES | Errno::EPERM | Errno::ETXTBSY) => {
            (open(libc::O_RDONLY).map_err(|e| path::open_error(&what, e))?, true)
        }
        Err(e) => return Err(path::open_error(&what, e)),
    };
    // 4. Bind a free loop device to the open file, durable (it outlives a
    //    restart of the server like every other object) and tagged, so
    //    that one a crashed request never recorded is released at start.
    let opts = LoopOptions { read_only, partscan: read_partitions, direct_io: false, autoclear: false };
    let device = loopdev::attach(&backing, Path::new(tag), &opts)
        .map_err(|e| Error::internal(format!("attaching {what} to a loop device: {e}")))?;
    let device_file = device.path();
    log::info!("attached {what} to {} ({})", device_file.display(), if read_only { "read-only" } else { "read-write" });
    Ok(Box::new(Loopback { read_only: device.read_only(), device: Some(device), device_file }))
}

/// Re-open the loop device a previous run attached, if it still backs the
/// same file (device and inode numbers).
pub fn adopt(identity: &serde_json::Value, tag: &str) -> Result<Box<dyn Attachment>> {
    let field = |k: &str| identity[k].as_u64().ok_or_else(|| Error::internal(format!("saved loopback attachment lacks {k}")));
    let (number, dev, ino) = (field("device")? as u32, field("dev")?, field("ino")?);
    let device = LoopDevice::open_existing(number)
        .map_err(|e| Error::not_found(format!("loop device {number} is gone: {e}")))?;
    let now = device.backing_inode().map_err(|e| Error::not_found(format!("loop device {number}: {e}")))?;
    if now != (dev, ino) {
        return Err(Error::not_found(format!("loop device {number} now backs another file")));
    }
    // The same file on the same device may be another attachment's now
    // (this one was removed, and its removal not recorded): the tag says
    // whose it is. A device without a tag of this server predates tags.
    let found = device.tag().map_err(|e| Error::not_found(format!("loop device {number}: {e}")))?;
    if found.starts_with("imageapi:") && found != tag {
        return Err(Error::not_found(format!("loop device {number} now belongs to another attachment ({found})")));
    }
    let device_file = device.path();
    Ok(Box::new(Loopback { read_only: device.read_only(), device: Some(device), device_file }))
}

impl Attachment for Loopback {
    fn identity(&self) -> serde_json::Value {
        let inode = self.device.as_ref().and_then(|d| d.backing_inode().ok());
        serde_json::json!({
            "device": self.device.as_ref().map(|d| d.number()),
            "dev": inode.map(|i| i.0),
            "ino": inode.map(|i| i.1),
        })
    }
    fn device_file(&self) -> &Path {
        &self.device_file
    }
    fn read_only(&self) -> bool {
        self.read_only
    }

    fn detach(&mut self, _force: bool) -> Result<()> {
        // A device still held by someone else (a mount) is released by the
        // kernel when they close it: LOOP_CLR_FD then turns on autoclear.
        if let Some(device) = self.device.take() {
            device
                .detach()
                .map_err(|e| Error::internal(format!("detaching {}: {e}", self.device_file.display())))?;
        }
        Ok(())
    }
}
