//! `uri` mounts: a file downloaded into a ramdisk.

use super::Mounted;
use crate::dirs::Dirs;
use crate::error::{Error, Result};
use imageapi_generated::models;

pub fn check(_at: &str, _spec: &models::MountUri) -> Result<()> {
    Ok(())
}

pub fn mount(_id: u64, _spec: &models::MountUri, _dirs: &Dirs) -> Result<Box<dyn Mounted>> {
    Err(Error::unsupported("uri mounts are not implemented by this server yet"))
}
