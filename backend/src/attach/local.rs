//! `local` attachments: a block device that already exists on the node.
//! Nothing is created; the attachment only holds the device for its users.

use super::Attachment;
use crate::error::{Error, Result};
use std::os::unix::fs::FileTypeExt;
use std::path::{Path, PathBuf};

#[derive(Debug)]
struct Local {
    path: PathBuf,
}

pub fn attach(path: &str) -> Result<Box<dyn Attachment>> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::invalid(format!("attach.local.path: \"{path}\" does not exist")),
        _ => Error::io(format!("examining \"{path}\""), &e),
    })?;
    if !meta.file_type().is_block_device() {
        return Err(Error::invalid(format!("attach.local.path: \"{path}\" is not a block device")));
    }
    Ok(Box::new(Local { path: PathBuf::from(path) }))
}

pub fn adopt(identity: &serde_json::Value) -> Result<Box<dyn Attachment>> {
    let path = identity["path"].as_str().ok_or_else(|| Error::internal("saved local attachment has no path"))?;
    attach(path)
}

impl Attachment for Local {
    fn identity(&self) -> serde_json::Value {
        serde_json::json!({ "path": self.path })
    }
    fn device_file(&self) -> &Path {
        &self.path
    }
    fn detach(&mut self, _force: bool) -> Result<()> {
        Ok(())
    }
}
