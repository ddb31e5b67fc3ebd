//! `iscsi` attachments: a LUN of an iSCSI target logged in through open-iscsi.

use super::Attachment;
use crate::error::{Error, Result};
use imageapi_generated::models;
use std::path::Path;

pub fn attach(_spec: &models::AttachIscsi) -> Result<Box<dyn Attachment>> {
    if !Path::new("/sys/class/iscsi_transport").exists() && !Path::new("/sys/module/iscsi_tcp").exists() {
        return Err(Error::unsupported(
            "iscsi attachments need the kernel iSCSI initiator, which this kernel lacks: load the iscsi_tcp module",
        ));
    }
    Err(Error::unsupported("iscsi attachments are not implemented by this server yet"))
}
