//! The seam to the kernel: every mount, unmount, loop device and confined
//! path lookup the drivers make goes through this module, so each kernel
//! sequence is written once and reads like a recipe.

pub mod loopdev;
pub mod mount;
pub mod path;
