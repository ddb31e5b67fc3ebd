//! `overlay` mounts: several read-only lowers (topmost first) under a
//! writable upper directory. Upper and work directories live under the run
//! directory and are removed with the mount.

use super::{make_mountpoint, remove_mountpoint, Inputs, Mounted};
use crate::dirs::Dirs;
use crate::error::{Error, Result};
use crate::kernel::mount as km;
use imageapi_generated::models;
use nix::mount::MsFlags;
use std::path::{Path, PathBuf};

#[derive(Debug)]
struct Overlay {
    mountpoint: PathBuf,
    layers: PathBuf,
}

pub fn mount(id: u64, inputs: &Inputs, dirs: &Dirs) -> Result<Box<dyn Mounted>> {
    let layers = dirs.overlay(id);
    let (upper, work) = (layers.join("upper"), layers.join("work"));
    // 1. Fresh upper and work directories on one filesystem (overlayfs needs that).
    let _ = std::fs::remove_dir_all(&layers);
    for dir in [&upper, &work] {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(format!("creating {}", dir.display()), &e))?;
    }
    let target = dirs.mountpoint(id);
    if let Err(e) = make_mountpoint(&target, true) {
        let _ = std::fs::remove_dir_all(&layers);
        return Err(e);
    }
    // 2. lowerdir lists the lowers topmost first, as the API does.
    let lower: Vec<String> = inputs.lowers.iter().map(|p| p.display().to_string()).collect();
    let data = format!("lowerdir={},upperdir={},workdir={}", lower.join(":"), upper.display(), work.display());
    if let Err(errno) = km::mount(Path::new("overlay"), &target, Some("overlay"), MsFlags::empty(), Some(&data)) {
        remove_mountpoint(&target);
        let _ = std::fs::remove_dir_all(&layers);
        let step = format!("mounting an overlay of {} on {}", lower.join(", "), target.display());
        return Err(match errno {
            // overlayfs answers ELOOP when one layer lies inside another.
            nix::errno::Errno::ELOOP => Error::new(
                crate::error::Kind::Unprocessable,
                format!("{step}: overlayfs refuses layers that overlap (one lower lies inside another)"),
            ),
            e => Error::kernel(step, e),
        });
    }
    log::info!("mounted an overlay of {} on {}", lower.join(", "), target.display());
    Ok(Box::new(Overlay { mountpoint: target, layers }))
}

pub fn adopt(mountpoint: PathBuf, identity: &serde_json::Value) -> Result<Box<dyn Mounted>> {
    let layers = identity["layers"].as_str().ok_or_else(|| Error::internal("saved overlay lacks its layers"))?;
    Ok(Box::new(Overlay { mountpoint, layers: PathBuf::from(layers) }))
}

impl Mounted for Overlay {
    fn identity(&self) -> serde_json::Value {
        serde_json::json!({ "mountpoint": self.mountpoint, "layers": self.layers })
    }
    fn mountpoint(&self) -> &Path {
        &self.mountpoint
    }
    fn describe(&self, model: &mut models::Mount) {
        if let Some(o) = model.overlay.as_mut() {
            o.upperdir = Some(self.layers.join("upper").display().to_string());
            o.workdir = Some(self.layers.join("work").display().to_string());
        }
    }
    fn unmount(&mut self, force: bool) -> Result<()> {
        km::unmount(&self.mountpoint, force)?;
        remove_mountpoint(&self.mountpoint);
        if let Err(e) = std::fs::remove_dir_all(&self.layers) {
            if e.kind() != std::io::ErrorKind::NotFound {
                log::warn!("could not remove {}: {e}", self.layers.display());
            }
        }
        Ok(())
    }
}
