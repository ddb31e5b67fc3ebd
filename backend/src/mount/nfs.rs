//! `nfs` mounts: an NFS export mounted by the kernel NFS client.

use super::Mounted;
use crate::dirs::Dirs;
use crate::error::{Error, Result};
use crate::kernel::mount::kernel_has_filesystem;
use imageapi_generated::models;

pub fn mount(_id: u64, _spec: &models::MountNfs, _dirs: &Dirs) -> Result<Box<dyn Mounted>> {
    if !kernel_has_filesystem("nfs") && !kernel_has_filesystem("nfs4") {
        return Err(Error::unsupported(
            "nfs mounts need the kernel NFS client, which this kernel lacks (no nfs in /proc/filesystems): load the nfs module",
        ));
    }
    Err(Error::unsupported("nfs mounts are not implemented by this server yet"))
}
