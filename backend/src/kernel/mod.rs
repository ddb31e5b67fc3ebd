//! The seam to the kernel: every mount, unmount, loop device, confined
//! path lookup, sysfs attribute, keyring key and external command the
//! drivers use goes through this module, so each kernel sequence is written
//! once and reads like a recipe.

pub mod command;
pub mod features;
pub mod keyring;
pub mod loopdev;
pub mod mount;
pub mod path;
pub mod sysfs;
