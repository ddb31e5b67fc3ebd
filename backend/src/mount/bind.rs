//! `bind` mounts: a directory or file of the node or of another mount,
//! made visible at a mountpoint of ours, optionally read-only.

use super::{make_mountpoint, remove_mountpoint, Inputs, Mounted, Simple};
use crate::dirs::Dirs;
use crate::error::{Error, Result};
use crate::kernel::{mount as km, path};
use nix::mount::MsFlags;

pub fn mount(id: u64, source: &str, recursive: bool, ro: bool, inputs: &Inputs, dirs: &Dirs) -> Result<Box<dyn Mounted>> {
    let what = path::describe(inputs.base, source);
    // 1. Open the source (confined to the base mount) and bind from the
    //    open file, so a symlink swapped in afterwards cannot redirect it.
    let src = match inputs.base {
        Some(root) => path::open_in_root(root, source, libc::O_PATH),
        None => path::open_on_root(source, libc::O_PATH),
    }
    .map_err(|e| path::open_error(&what, e))?;
    let is_dir = src.metadata().map_err(|e| Error::io(format!("examining {what}"), &e))?.is_dir();
    let target = dirs.mountpoint(id);
    make_mountpoint(&target, is_dir)?;
    let mut flags = MsFlags::MS_BIND;
    if recursive {
        flags |= MsFlags::MS_REC;
    }
    let fail = |step: String, e| {
        let _ = km::unmount(&target, true);
        remove_mountpoint(&target);
        Error::kernel(step, e)
    };
    // 2. The bind itself.
    km::mount(&path::fd_path(&src), &target, None, flags, None)
        .map_err(|e| fail(format!("bind-mounting {what} on {}", target.display()), e))?;
    // 3. Private, with its submounts: a bind of a shared tree joins the
    //    tree's peer group, and unmounting a submount here (or the node
    //    mounting something there) would then happen on both sides.
    km::make_private(&target, recursive).map_err(|e| fail(format!("making {} private", target.display()), e))?;
    // 4. Read-only needs a remount: MS_RDONLY is ignored by the bind itself.
    if ro {
        let ro_flags = MsFlags::MS_BIND | MsFlags::MS_REMOUNT | MsFlags::MS_RDONLY;
        km::mount(std::path::Path::new("none"), &target, None, ro_flags, None)
            .map_err(|e| fail(format!("making {} read-only", target.display()), e))?;
    }
    log::info!("bound {what} on {}{}", target.display(), if ro { " (read-only)" } else { "" });
    Ok(Box::new(Simple { mountpoint: target }))
}
