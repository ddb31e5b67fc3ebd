//! `rbd` attachments: a Ceph RBD image mapped by the kernel rbd driver.

use super::Attachment;
use crate::error::{Error, Result};
use imageapi_generated::models;
use std::path::Path;

pub fn attach(_spec: &models::AttachRbd) -> Result<Box<dyn Attachment>> {
    if !Path::new("/sys/bus/rbd").exists() {
        return Err(Error::unsupported(
            "rbd attachments need the kernel rbd driver, which this kernel lacks (/sys/bus/rbd is missing): load the rbd module",
        ));
    }
    Err(Error::unsupported("rbd attachments are not implemented by this server yet"))
}
