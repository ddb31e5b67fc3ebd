//! Mount providers: each turns a definition into a mounted directory.
//!
//! One driver per file; [`create`] is the one place that dispatches on the
//! kind. The graph resolves what a definition stands on (the device of an
//! attachment, a base mount, the lowers of an overlay) and hands the driver
//! plain paths in [`Inputs`].

mod attach;
mod bind;
mod nfs;
mod overlay;
mod uri;

pub use attach::check_fs_type;
pub use nfs::check as check_nfs;
pub use uri::check as check_uri;
pub(crate) use uri::{fetch as uri_fetch, DEFAULT_SIZE_LIMIT as URI_SIZE_LIMIT};

use crate::dirs::Dirs;
use crate::error::{Error, Result};
use crate::kernel;
use crate::spec::MountDef;
use imageapi_generated::models;
use std::path::{Path, PathBuf};

/// What a mount definition stands on, resolved by the graph.
pub struct Inputs<'a> {
    /// The device file of the attachment (`attach` mounts).
    pub device: Option<&'a Path>,
    /// The mountpoint of the base mount (`bind` with base `mount`).
    pub base: Option<&'a Path>,
    /// The mountpoints of the lowers, topmost first (`overlay`).
    pub lowers: Vec<&'a Path>,
}

/// A directory the server mounted.
pub trait Mounted: Send + Sync + std::fmt::Debug {
    fn mountpoint(&self) -> &Path;
    /// Fill in the read-only, kind-specific fields of the model.
    fn describe(&self, _model: &mut models::Mount) {}
    /// Unmount and remove what was created. Idempotent.
    fn unmount(&mut self, force: bool) -> Result<()>;
    /// What identifies the mount in the kernel, saved so that a restarted
    /// server can find it again with [`adopt`].
    fn identity(&self) -> serde_json::Value {
        serde_json::json!({ "mountpoint": self.mountpoint() })
    }
}

/// Find a mount a previous run of the server made, from the identity it
/// saved; fails when the kernel no longer has it.
/// `mounted` holds every mountpoint of the mount table, read once for all
/// the objects a restart re-adopts.
pub fn adopt(kind: &str, identity: &serde_json::Value, mounted: &std::collections::HashSet<PathBuf>) -> Result<Box<dyn Mounted>> {
    let mountpoint = PathBuf::from(identity["mountpoint"].as_str().unwrap_or_default());
    if !mounted.contains(&mountpoint) {
        return Err(Error::not_found(format!("{} is no longer mounted", mountpoint.display())));
    }
    match kind {
        // nfs and uri mounts are plain mounts once made (a uri tmpfs is read-only).
        "attach" | "bind" | "nfs" | "uri" => Ok(Box::new(Simple { mountpoint })),
        "overlay" => overlay::adopt(mountpoint, identity),
        _ => Err(Error::unsupported(format!("{kind} mounts cannot be re-adopted after a restart"))),
    }
}

/// Mount `def` as mount `id`.
pub fn create(id: u64, def: &MountDef, inputs: &Inputs, dirs: &Dirs) -> Result<Box<dyn Mounted>> {
    match def {
        MountDef::Attach { fs_type, options, .. } => attach::mount(id, fs_type, options, inputs, dirs),
        MountDef::Bind { path, recursive, ro, .. } => bind::mount(id, path, *recursive, *ro, inputs, dirs),
        MountDef::Overlay { .. } => overlay::mount(id, inputs, dirs),
        MountDef::Nfs(spec) => nfs::mount(id, spec, dirs),
        MountDef::Uri(spec) => uri::mount(id, spec, dirs),
    }
}

/// Create an empty mountpoint: a directory, or a file for a file bind.
fn make_mountpoint(path: &Path, directory: bool) -> Result<()> {
    let made = if directory {
        std::fs::create_dir(path)
    } else {
        std::fs::OpenOptions::new().write(true).create_new(true).open(path).map(drop)
    };
    match made {
        Ok(()) => Ok(()),
        // A leftover of an earlier run that is not mounted is reused.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && !kernel::mount::is_mountpoint(path) => Ok(()),
        Err(e) => Err(Error::io(format!("creating mountpoint {}", path.display()), &e)),
    }
}

/// Remove a mountpoint made by [`make_mountpoint`]; a missing one is fine.
fn remove_mountpoint(path: &Path) {
    let removed = std::fs::remove_dir(path).or_else(|_| std::fs::remove_file(path));
    if let Err(e) = removed {
        if e.kind() != std::io::ErrorKind::NotFound {
            log::warn!("could not remove mountpoint {}: {e}", path.display());
        }
    }
}

/// A plain mount at a mountpoint of ours: unmount, then remove the mountpoint.
#[derive(Debug)]
struct Simple {
    mountpoint: PathBuf,
}

impl Mounted for Simple {
    fn mountpoint(&self) -> &Path {
        &self.mountpoint
    }
    fn unmount(&mut self, force: bool) -> Result<()> {
        kernel::mount::unmount(&self.mountpoint, force)?;
        remove_mountpoint(&self.mountpoint);
        Ok(())
    }
}
