//! Attach providers: each turns a definition into a block device file.
//!
//! One driver per file; [`create`] is the one place that dispatches on the
//! kind. The graph resolves what a definition stands on (the base mount of a
//! loopback file) and hands the driver plain paths.

mod iscsi;
mod local;
mod loopback;
mod rbd;

use crate::error::Result;
use crate::spec::AttachDef;
use imageapi_generated::models;
use std::path::Path;

pub use iscsi::check as check_iscsi;
pub use rbd::check as check_rbd;

/// A block device the server made available.
pub trait Attachment: Send + Sync + std::fmt::Debug {
    /// The block device file, e.g. `/dev/loop3`.
    fn device_file(&self) -> &Path;
    /// Whether the device is read-only (for the model's read-back).
    fn read_only(&self) -> bool {
        false
    }
    /// Fill in the read-only, kind-specific fields of the model.
    fn describe(&self, _model: &mut models::Attach) {}
    /// Release the device. Idempotent; `force` may leave the kernel to finish
    /// the release once its last user is gone.
    fn detach(&mut self, force: bool) -> Result<()>;
    /// What identifies the device in the kernel, saved so that a restarted
    /// server can find it again with [`adopt`].
    fn identity(&self) -> serde_json::Value {
        serde_json::Value::Null
    }
}

/// Find an attachment a previous run of the server made, from the identity
/// it saved; fails when the kernel no longer has it. `tag` is the one its
/// loop device must carry, if it is a loopback attachment.
pub fn adopt(kind: &str, identity: &serde_json::Value, tag: &str) -> Result<Box<dyn Attachment>> {
    match kind {
        "loopback" => loopback::adopt(identity, tag),
        "local" => local::adopt(identity),
        "rbd" => rbd::adopt(identity),
        "iscsi" => iscsi::adopt(identity),
        _ => Err(crate::error::Error::unsupported(format!("{kind} attachments cannot be re-adopted after a restart"))),
    }
}

/// Attach `def`; `base` is the mountpoint of its base mount, if it has one;
/// `tag` marks a loop device as this server's attachment.
pub fn create(def: &AttachDef, base: Option<&Path>, tag: &str) -> Result<Box<dyn Attachment>> {
    match def {
        AttachDef::Loopback { path, read_partitions, read_only, .. } => {
            loopback::attach(path, base, *read_partitions, *read_only, tag)
        }
        AttachDef::Local { path } => local::attach(path),
        AttachDef::Rbd(spec) => rbd::attach(spec),
        AttachDef::Iscsi(spec) => iscsi::attach(spec),
    }
}
