//! `attach` mounts: a filesystem on an attachment's block device.

use super::{make_mountpoint, remove_mountpoint, Inputs, Mounted, Simple};
use crate::dirs::Dirs;
use crate::error::{Error, Result};
use crate::kernel::mount::{self as km, kernel_has_filesystem, parse_options};
use nix::errno::Errno;

pub fn mount(id: u64, fs_type: &str, options: &[String], inputs: &Inputs, dirs: &Dirs) -> Result<Box<dyn Mounted>> {
    let device = inputs.device.expect("the graph resolves the attachment of an attach mount");
    let opts = parse_options(options)?;
    let target = dirs.mountpoint(id);
    make_mountpoint(&target, true)?;
    let data = (!opts.data.is_empty()).then_some(opts.data.as_str());
    // A read-only device can only be mounted read-only; say so instead of
    // letting the kernel answer EACCES.
    let read_only_device = std::fs::read_to_string(format!(
        "/sys/class/block/{}/ro",
        device.file_name().unwrap_or_default().to_string_lossy()
    ))
    .map(|s| s.trim() == "1")
    .unwrap_or(false);
    let mut flags = opts.flags;
    if read_only_device {
        flags |= nix::mount::MsFlags::MS_RDONLY;
    }
    if let Err(errno) = km::mount(device, &target, Some(fs_type), flags, data) {
        remove_mountpoint(&target);
        let step = format!("mounting {} as {fs_type}", device.display());
        return Err(match errno {
            Errno::ENODEV => Error::unsupported(format!("{step}: this kernel has no {fs_type} filesystem")),
            Errno::EINVAL => Error::new(
                crate::error::Kind::Unprocessable,
                format!("{step}: the kernel refused it (Invalid argument): is the device a {fs_type} filesystem, and are the options [{}] valid for it?", options.join(",")),
            ),
            e => Error::kernel(step, e),
        });
    }
    log::info!("mounted {} ({fs_type}) on {}", device.display(), target.display());
    Ok(Box::new(Simple { mountpoint: target }))
}

/// Checked before anything is created: an unknown filesystem type is a 501.
pub fn check_fs_type(fs_type: &str) -> Result<()> {
    if !kernel_has_filesystem(fs_type) {
        return Err(Error::unsupported(format!(
            "filesystem type \"{fs_type}\" is not supported by this kernel (it is not in /proc/filesystems, and no module of this kernel provides it)"
        )));
    }
    Ok(())
}
